import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { StaffActor } from "../auth/auth.types.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { seedDocument, seedFullCase } from "./case-bundle.factories.ts";
import {
  approvePublication,
  publishApproved,
  requestPublication,
  type PublicationProps,
} from "./publication.commands.ts";

for (const dialect of DIALECTS) {
  describe(`publishing a document queues its announcement (${dialect})`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    const run = <T>(actor: StaffActor, fn: (p: PublicationProps) => Promise<T>) =>
      t.vault
        .db()
        .transaction()
        .execute((trx) =>
          fn({ trx, keys: t.vault.keys(), actor, publicDb: t.vault.stores.publicDb }),
        );

    it("queues the slug once, in the publication's transaction; incidents queue nothing", async () => {
      const c = await seedFullCase(t, { consent: "anonymised_case" });
      const doc = await seedDocument(t, String(c.incident.org_id), { body: "Text." });
      for (const [type, id] of [
        ["incident", c.incident.id],
        ["document", doc.id],
      ] as const) {
        const req = await run(c.staff.editor, (p) =>
          requestPublication({ ...p, recordType: type, recordId: id }),
        );
        await run(c.staff.second, (p) => approvePublication({ ...p, publicationId: req.id }));
        await run(c.staff.editor, (p) => publishApproved({ ...p, publicationId: req.id }));
      }
      const queued = await t.vault
        .db()
        .selectFrom("subscription_announcements")
        .selectAll()
        .execute();
      assert.equal(queued.length, 1);
      assert.equal(queued[0]!.slug, String(doc.slug));
    });
  });
}
