import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { renderToString } from "preact-render-to-string";
import { incidentSpec } from "../incidents/incident.schema.ts";
import { saveChanges } from "../records/record.commands.ts";
import { DIALECTS } from "../test-support/test-vault.ts";
import { seedFullCase } from "./case-bundle.factories.ts";
import { PublicIncidentPreview } from "./public-incident.preview.tsx";
import type { PublicIncident } from "./public-incident.types.ts";
import { location, publishingHarness } from "./publishing-http.fixture.ts";

for (const dialect of DIALECTS) {
  describe(`incident publication pages on ${dialect}`, () => {
    let h: Awaited<ReturnType<typeof publishingHarness>>;
    before(async () => {
      h = await publishingHarness(dialect);
    });
    after(async () => h.close());

    const publicRows = () =>
      h.t.vault.stores.publicDb.selectFrom("public_incidents").selectAll().execute();

    /** Every staff page fetched in a test, to search for canaries at the end. */
    const seen: string[] = [];
    const keep = <T extends { body: string }>(res: T) => (seen.push(res.body), res);

    it("runs the two-person flow: request, refused self-approval, step-up, approve, publish, withdraw", async () => {
      const c = await seedFullCase(h.t, { orgId: h.orgId });
      const a = await h.signedIn("editor");
      const b = await h.signedIn("editor");
      const page = `/staff/incidents/${c.incident.id}/publication`;

      const first = keep(await a.client.get(page));
      assert.equal(first.statusCode, 200);
      assert.match(first.body, /Preview of what will be public/);
      assert.match(first.body, /Nothing blocks publication/);
      assert.match(first.body, /name="_csrf"/);

      const requested = await a.client.post(page);
      assert.equal(requested.statusCode, 303);
      const review = location(requested).split("?")[0]!;
      assert.match(review, /^\/staff\/publications\/[0-9a-f-]{36}$/);
      const shown = keep(await a.client.get(location(requested)));
      assert.match(shown.body, /Publication requested/);
      assert.match(shown.body, /Another editor must review and approve it/);
      assert.doesNotMatch(shown.body, /Approve publication/);

      const again = keep(await a.client.post(page));
      assert.equal(again.statusCode, 422, "one open request at a time");
      assert.match(again.body, /already waiting for approval/);

      const self = keep(await a.client.post(`${review}/approve`));
      assert.equal(self.statusCode, 403);
      assert.match(self.body, /you cannot approve it\. Another editor must approve it/);

      const pending = keep(await b.client.get("/staff/publications"));
      assert.equal(pending.statusCode, 200);
      assert.ok(pending.body.includes(`href="${review}"`), "the second editor finds the request");

      h.expireStepUp();
      const gate = await b.client.post(`${review}/approve`);
      assert.equal(gate.statusCode, 303);
      assert.equal(location(gate), `/staff/step-up?next=${encodeURIComponent(review)}`);
      await h.stepUp(b, review);
      const previewPage = keep(await b.client.get(review));
      assert.match(previewPage.body, /Approve publication/);
      const approved = await b.client.post(`${review}/approve`);
      assert.equal(approved.statusCode, 303);
      assert.equal(location(approved), `${review}?done=approved`);
      assert.equal((await publicRows()).length, 0, "approval alone publishes nothing");

      const published = await a.client.post(`${review}/publish`);
      assert.equal(published.statusCode, 303);
      const rows = await publicRows();
      assert.equal(rows.length, 1);
      const payload = JSON.parse(String(rows[0]!.payload)) as PublicIncident;
      // What the second editor approved is, byte for byte, the rendering of what went public.
      const rendered = renderToString(<PublicIncidentPreview lang="en" value={payload} />);
      assert.ok(previewPage.body.includes(rendered), "the preview equals the published payload");
      const after = keep(await a.client.get(page));
      assert.ok(after.body.includes(payload.publicId));
      assert.match(after.body, /Current publication: Published/);
      const publicUrl = `/en/incidents/${payload.publicId}/`;
      assert.ok(after.body.includes(`href="${publicUrl}"`), "links to the public page");
      assert.equal((await h.app.inject({ url: publicUrl })).statusCode, 200);

      const noReason = keep(await a.client.post(`${review}/withdraw`, { reason: " " }));
      assert.equal(noReason.statusCode, 422);
      assert.match(noReason.body, /href="#reason"/);
      assert.equal((await publicRows()).length, 1);
      const withdrawn = await a.client.post(`${review}/withdraw`, { reason: "Consent review." });
      assert.equal(withdrawn.statusCode, 303);
      assert.equal((await publicRows()).length, 0, "withdrawing removes it from the public store");
      assert.equal((await h.app.inject({ url: publicUrl })).statusCode, 404);
      const history = keep(await a.client.get(page));
      assert.match(history.body, /Consent review\./);
      assert.match(history.body, /Withdrawn/);
    });

    it("refuses to approve a request when the incident changed afterwards", async () => {
      const c = await seedFullCase(h.t, { orgId: h.orgId });
      const a = await h.signedIn("editor");
      const b = await h.signedIn("editor");
      const requested = await a.client.post(`/staff/incidents/${c.incident.id}/publication`);
      const review = location(requested).split("?")[0]!;
      const incident = await h.t.vault
        .db()
        .selectFrom("incidents")
        .select("version")
        .where("id", "=", c.incident.id)
        .executeTakeFirstOrThrow();
      await saveChanges({
        db: h.t.vault.db(),
        keys: h.t.vault.keys(),
        actor: h.t.actor,
        spec: incidentSpec,
        id: c.incident.id,
        expectedVersion: Number(incident.version),
        changes: { public_summary: "Rewritten after the request." },
      });
      const stale = keep(await b.client.get(review));
      assert.match(stale.body, /The record has changed since publication was requested/);
      const refused = keep(await b.client.post(`${review}/approve`));
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /changed after publication was requested/);
      assert.equal((await publicRows()).length, 0);
    });

    it("answers researchers, caseworkers and other organisations with 404", async () => {
      const c = await seedFullCase(h.t, { orgId: h.orgId });
      const page = `/staff/incidents/${c.incident.id}/publication`;
      for (const [role, org] of [
        ["researcher", h.orgId],
        ["caseworker", h.orgId],
        ["editor", h.otherOrgId],
      ] as const) {
        const who = await h.signedIn(role, org);
        assert.equal((await who.client.get(page)).statusCode, 404, `${role} GET`);
        assert.equal((await who.client.post(page)).statusCode, 404, `${role} POST`);
        if (role !== "editor")
          assert.equal((await who.client.get("/staff/publications")).statusCode, 404);
      }
      const a = await h.signedIn("editor");
      const requested = await a.client.post(page);
      const review = location(requested).split("?")[0]!;
      const other = await h.signedIn("editor", h.otherOrgId);
      assert.equal((await other.client.get(review)).statusCode, 404);
      assert.equal(
        (await other.client.post(`${review}/withdraw`, { reason: "x" })).statusCode,
        404,
      );
      const forged = await a.client.post(`${review}/withdraw`, { reason: "x", _csrf: "forged" });
      assert.equal(forged.statusCode, 403, "no state change without the form token");
    });

    it("shows no protected value on any staff publishing page", () => {
      assert.ok(seen.length > 5);
      for (const body of seen) assert.doesNotMatch(body, /CANARY/);
    });
  });
}
