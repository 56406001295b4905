import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { publishThroughTwoEditors, seedDocument, seedFullCase } from "./case-bundle.factories.ts";

for (const dialect of DIALECTS) {
  describe(`publishing a document queues its announcement (${dialect})`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    it("queues the slug once, in the publication's transaction; incidents queue nothing", async () => {
      const c = await seedFullCase(t, { consent: "anonymised_case" });
      const doc = await seedDocument(t, String(c.incident.org_id), { body: "Text." });
      for (const [type, id] of [
        ["incident", c.incident.id],
        ["document", doc.id],
      ] as const) {
        await publishThroughTwoEditors(t, c.staff, type, id);
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
