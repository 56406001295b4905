import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import type { Dialect } from "../db/stores.ts";
import { fileComplaint, seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import type { Db } from "./record.repository.ts";
import { RECORD_SPECS } from "./registry.ts";

/** Columns every record table carries besides its spec's fields. */
const META = ["id", "version", "created_at", "created_by", "updated_at", "updated_by"];

/** Column names of a table as the database catalogue reports them. */
async function columnsOf(db: Db, dialect: Dialect, table: string): Promise<Set<string>> {
  if (dialect === "sqlite") {
    const r = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
    return new Set(r.rows.map((c) => c.name));
  }
  const r = await sql<{ column_name: string }>`select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}`.execute(db);
  return new Set(r.rows.map((c) => c.column_name));
}

for (const dialect of DIALECTS) {
  describe(`record tables match their specs on ${dialect}`, () => {
    let t: TestVault;
    const columns = new Map<string, Set<string>>();
    before(async () => {
      t = await createTestVault(dialect);
      const { incident } = await seedCase(t);
      await fileComplaint(t, incident, ["filed", "registered"]);
      for (const spec of RECORD_SPECS)
        columns.set(spec.table, await columnsOf(t.vault.db(), dialect, spec.table));
    });
    after(async () => t.close());

    it("every spec has a table, and each table belongs to one spec", () => {
      const tables = RECORD_SPECS.map((s) => s.table);
      assert.equal(new Set(tables).size, tables.length, "no two specs share a table");
      for (const spec of RECORD_SPECS)
        assert.ok(columns.get(spec.table)!.size > 0, `table ${spec.table} of ${spec.type} exists`);
    });

    for (const spec of RECORD_SPECS) {
      it(`${spec.type}: every field is a column of ${spec.table}`, () => {
        const cols = columns.get(spec.table)!;
        const missing = spec.fields.filter((f) => !cols.has(f));
        assert.deepEqual(missing, [], `fields of ${spec.type} without a column in ${spec.table}`);
        const meta = spec.orgScoped ? [...META, "org_id"] : META;
        assert.deepEqual(
          meta.filter((m) => !cols.has(m)),
          [],
          `record columns missing in ${spec.table}`,
        );
        if (!spec.orgScoped) assert.equal(cols.has("org_id"), false, `${spec.table} has org_id`);
      });

      it(`${spec.type}: a dek column exactly when it has protected fields`, () => {
        const cols = columns.get(spec.table)!;
        assert.equal(
          cols.has("dek"),
          spec.protectedFields.length > 0,
          `${spec.table}: dek column ${cols.has("dek") ? "present" : "absent"}, ` +
            `protected fields [${spec.protectedFields.join(", ")}]`,
        );
      });
    }

    it("the catalogue agrees with the columns of a stored row", async () => {
      const db = t.vault.db();
      const checked: string[] = [];
      for (const spec of RECORD_SPECS) {
        const row = await db.selectFrom(spec.table).selectAll().limit(1).executeTakeFirst();
        if (!row) continue; // tables the seeded case does not reach
        checked.push(spec.table);
        assert.deepEqual(
          Object.keys(row).sort(),
          [...columns.get(spec.table)!].sort(),
          `columns of a ${spec.table} row`,
        );
        for (const f of spec.fields) assert.ok(f in row, `${spec.table}.${f} in a stored row`);
      }
      for (const table of ["vocabulary_terms", "person_identities", "incidents", "interventions"])
        assert.ok(checked.includes(table), `${table} was checked against a stored row`);
    });
  });
}
