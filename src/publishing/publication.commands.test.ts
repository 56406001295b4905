import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { listAudit } from "../audit/audit.repository.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { incidentSpec } from "../incidents/incident.schema.ts";
import { saveChanges } from "../records/record.commands.ts";
import { getRecord } from "../records/record.repository.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { runPublication, seedDocument, seedFullCase } from "./case-bundle.factories.ts";
import {
  approvePublication,
  preview,
  publishApproved,
  requestPublication,
  withdrawPublication,
  type PublicationProps,
} from "./publication.commands.ts";
import type { StaffActor } from "../auth/auth.types.ts";

for (const dialect of DIALECTS) {
  describe(`publication commands on ${dialect}`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    /** Runs a command in one vault transaction, as a handler would. */
    const run = <T>(actor: StaffActor, fn: (p: PublicationProps) => Promise<T>) =>
      runPublication(t, actor, fn);
    const publicRow = (id: string) =>
      t.vault.stores.publicDb
        .selectFrom("public_incidents")
        .selectAll()
        .where("public_id", "=", id)
        .executeTakeFirst();

    it("publishes only after a second editor approves, and withdraws", async () => {
      const c = await seedFullCase(t);
      const { editor, second } = c.staff;
      const req = await run(editor, (p) =>
        requestPublication({ ...p, recordType: "incident", recordId: c.incident.id }),
      );
      await assert.rejects(
        run(editor, (p) => approvePublication({ ...p, publicationId: req.id })),
        ForbiddenError,
      );
      await assert.rejects(
        run(editor, (p) => publishApproved({ ...p, publicationId: req.id })),
        ValidationError,
      );
      const approved = await run(second, (p) =>
        approvePublication({ ...p, publicationId: req.id }),
      );
      assert.equal(approved.approved_by, `user:${second.id}`);
      const shown = await run(editor, (p) =>
        preview({ ...p, recordType: "incident", recordId: c.incident.id }),
      );
      assert.equal(shown.type, "incident");
      const publicId = shown.type === "incident" ? shown.value.publicId : "";
      const published = await run(editor, (p) => publishApproved({ ...p, publicationId: req.id }));
      assert.ok(published.published_at);
      assert.equal(published.record_version, c.incident.version);
      const row = await publicRow(publicId);
      assert.ok(row, "the public store holds the incident");
      assert.deepEqual(
        JSON.parse(row.payload),
        shown.value,
        "the preview is exactly what was published",
      );
      assert.ok(!String(row.public_id).includes(c.incident.id));
      const actions = (await listAudit(t.vault.db(), { recordId: c.incident.id })).map(
        (e) => e.action,
      );
      for (const a of ["publication.request", "publication.approve", "publication.publish"])
        assert.ok(actions.includes(a), a);

      const withdrawn = await run(second, (p) =>
        withdrawPublication({ ...p, publicationId: req.id, reason: "Victim asked." }),
      );
      assert.ok(withdrawn.withdrawn_at);
      assert.equal(await publicRow(publicId), undefined);
      const kept = await getRecord(
        t.vault.db(),
        t.vault.keys(),
        (await import("./publication-record.schema.ts")).publicationRecordSpec,
        req.id,
      );
      assert.equal(kept.withdrawal_reason, "Victim asked.");
    });

    it("answers not found to a researcher and to another organisation's editor", async () => {
      const c = await seedFullCase(t);
      const other = await seedFullCase(t);
      await assert.rejects(
        run(c.staff.researcher, (p) =>
          requestPublication({ ...p, recordType: "incident", recordId: c.incident.id }),
        ),
        NotFoundError,
      );
      await assert.rejects(
        run(other.staff.editor, (p) =>
          requestPublication({ ...p, recordType: "incident", recordId: c.incident.id }),
        ),
        NotFoundError,
      );
    });

    it("refuses to approve when the case changed after the request", async () => {
      const c = await seedFullCase(t);
      const req = await run(c.staff.editor, (p) =>
        requestPublication({ ...p, recordType: "incident", recordId: c.incident.id }),
      );
      await new Promise((r) => setTimeout(r, 5));
      const current = await getRecord(t.vault.db(), t.vault.keys(), incidentSpec, c.incident.id);
      await saveChanges({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        spec: incidentSpec,
        id: c.incident.id,
        expectedVersion: current.version,
        changes: { public_summary: "Changed later." },
      });
      await assert.rejects(
        run(c.staff.second, (p) => approvePublication({ ...p, publicationId: req.id })),
        ConflictError,
      );
    });

    it("refuses a victim who consented to aggregate use only", async () => {
      const c = await seedFullCase(t, { consent: "aggregate_only" });
      const req = await run(c.staff.editor, (p) =>
        requestPublication({ ...p, recordType: "incident", recordId: c.incident.id }),
      );
      await assert.rejects(
        run(c.staff.second, (p) => approvePublication({ ...p, publicationId: req.id })),
        ValidationError,
      );
    });

    it("publishes a document with live figures and citations of public incidents only", async () => {
      const c = await seedFullCase(t);
      const hidden = await seedFullCase(t, { orgId: String(c.incident.org_id) });
      const doc = await seedDocument(t, String(c.incident.org_id), {
        body: "Since 2016: {{figure incidents host=GE since=2016}}.",
        cited: [c.incident.id, hidden.incident.id],
      });
      const req = await run(c.staff.editor, (p) =>
        requestPublication({ ...p, recordType: "document", recordId: doc.id }),
      );
      await run(c.staff.second, (p) => approvePublication({ ...p, publicationId: req.id }));
      await run(c.staff.editor, (p) => publishApproved({ ...p, publicationId: req.id }));
      const pdb = t.vault.stores.publicDb;
      const tr = await pdb
        .selectFrom("public_document_translations")
        .selectAll()
        .where("slug", "=", doc.slug)
        .executeTakeFirstOrThrow();
      assert.match(tr.body_markdown, /^Since 2016: (\d+|\[withheld\])\.$/);
      const d = await pdb
        .selectFrom("public_documents")
        .selectAll()
        .where("slug", "=", doc.slug)
        .executeTakeFirstOrThrow();
      const cited = JSON.parse(d.cited_incident_ids);
      assert.ok(cited.every((id: string) => /^i[0-9a-f]{20}$/.test(id)));
      assert.ok(!d.cited_incident_ids.includes(hidden.incident.id));
    });

    if (dialect === "postgres") {
      it("lets the public reader role select the new tables", async () => {
        const role = `${t.config.pgSchemaPrefix}_public_reader`;
        for (const table of ["public_incidents", "public_documents", "public_aggregate_cells"]) {
          const r = await sql<{
            ok: boolean;
          }>`select has_table_privilege(${role}, ${table}, 'SELECT') as ok`.execute(
            t.vault.stores.publicDb,
          );
          assert.equal(r.rows[0]?.ok, true, table);
        }
      });
    }
  });
}
