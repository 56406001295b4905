import { sql } from "kysely";
import type { Issue } from "../errors.ts";
import type { Db } from "../records/record.repository.ts";
import { RECORD_SPECS } from "../records/registry.ts";

/** Every single-valued reference that points nowhere (checked before an import commits). */
export async function findDanglingReferences(db: Db, limitPerRef = 20): Promise<Issue[]> {
  const issues: Issue[] = [];
  const tables = new Map(RECORD_SPECS.map((s) => [s.type, s.table]));
  for (const spec of RECORD_SPECS) {
    for (const ref of spec.refs) {
      if (ref.many) continue;
      const target = tables.get(ref.type)!;
      const rows = await sql<{
        id: string;
        ref: string;
      }>`select c.id as id, c.${sql.ref(ref.field)} as ref from ${sql.table(spec.table)} c
        where c.${sql.ref(ref.field)} is not null and not exists (select 1 from ${sql.table(target)} p where p.id = c.${sql.ref(ref.field)})
        limit ${limitPerRef}`.execute(db);
      for (const r of rows.rows)
        issues.push({
          path: `${spec.type}/${r.id}/${ref.field}`,
          message: `refers to ${ref.type} ${r.ref}, which does not exist`,
        });
    }
    if (spec.orgScoped) {
      const rows = await sql<{
        id: string;
        ref: string;
      }>`select c.id as id, c.org_id as ref from ${sql.table(spec.table)} c
        where not exists (select 1 from organisations p where p.id = c.org_id) limit ${limitPerRef}`.execute(
        db,
      );
      for (const r of rows.rows)
        issues.push({
          path: `${spec.type}/${r.id}/org_id`,
          message: `refers to organisation ${r.ref}, which does not exist`,
        });
    }
  }
  return issues;
}
