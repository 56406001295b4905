import {
  PostgresAdapter,
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
} from "kysely";

/** True when the migration runs on PostgreSQL (migrations are shared by both dialects). */
export async function isPostgres(db: Kysely<any>): Promise<boolean> {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

type Col = [
  name: string,
  type: "text" | "integer",
  nullable?: boolean,
  defaultValue?: string | number,
];

/** Adds the columns every record carries: id, optional org, version and the stamps. */
export function withRecordMeta(
  t: CreateTableBuilder<any, any>,
  orgScoped: boolean,
  table = "t",
): CreateTableBuilder<any, any> {
  let b = t.addColumn("id", "text", (c) => c.primaryKey());
  if (orgScoped) {
    // Deferred like every reference: a bulk import may write children before their parents.
    b = b
      .addColumn("org_id", "text", (c) => c.notNull())
      .addForeignKeyConstraint(`${table}_org_fk`, ["org_id"], "organisations", ["id"], (c) =>
        c.deferrable().initiallyDeferred(),
      );
  }
  return b
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull());
}

/** Adds plain columns; `true` in third place means nullable. */
export function withColumns(
  t: CreateTableBuilder<any, any>,
  cols: Col[],
): CreateTableBuilder<any, any> {
  for (const [name, type, nullable, defaultValue] of cols) {
    t = t.addColumn(name, type, (c: ColumnDefinitionBuilder) => {
      const d = defaultValue === undefined ? c : c.defaultTo(defaultValue);
      return nullable ? d : d.notNull();
    });
  }
  return t;
}
