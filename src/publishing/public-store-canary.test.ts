import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import type { StaffActor } from "../auth/auth.types.ts";
import { organisationSpec } from "../organisations/organisation.schema.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import { buildOrganisation } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import {
  canaryFields,
  runPublication,
  seedDocument,
  seedFullCase,
  type FullCaseOptions,
} from "./case-bundle.factories.ts";
import { dumpPublicStore } from "./public-store.repository.ts";
import {
  approvePublication,
  publishApproved,
  requestPublication,
  type PublicationProps,
  type PublishableType,
} from "./publication.commands.ts";

// Protected values seedCase writes besides the canaries.
const FIXED_PROTECTED = ["+995 500 000 099", "Fictional street 1", "1911-11"];

for (const dialect of DIALECTS) {
  describe(`public store holds no protected value (${dialect})`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    const run = <T>(actor: StaffActor, fn: (p: PublicationProps) => Promise<T>) =>
      runPublication(t, actor, fn);

    /** Request, approve (second editor), publish. */
    async function publish(
      staff: { editor: StaffActor; second: StaffActor },
      recordType: PublishableType,
      recordId: string,
    ) {
      const req = await run(staff.editor, (p) =>
        requestPublication({ ...p, recordType, recordId }),
      );
      await run(staff.second, (p) => approvePublication({ ...p, publicationId: req.id }));
      await run(staff.editor, (p) => publishApproved({ ...p, publicationId: req.id }));
    }

    async function publishCase(o: FullCaseOptions) {
      const c = await seedFullCase(t, o);
      const coAuthor = await saveNewRecord({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        spec: organisationSpec,
        data: { ...buildOrganisation(), ...canaryFields(organisationSpec, c.canary) },
      });
      await publish(c.staff, "incident", c.incident.id);
      const doc = await seedDocument(t, String(c.incident.org_id), {
        body: "{{figure incidents host=GE}} incidents; {{figure reached stage=registered}} registered.",
        cited: [c.incident.id],
        coAuthor,
      });
      await publish(c.staff, "document", doc.id);
      return c;
    }

    it("after publishing cases whose every protected field is a canary", async () => {
      const scenario = fc.record({
        canary: fc
          .tuple(fc.constantFrom("", "Əli", "Афган", "აფგან"), fc.stringMatching(/^[A-Z0-9]{10}$/))
          .map(([u, s]) => `CANARY${u}${s}`),
        consent: fc.constantFrom("anonymised_case", "named_case"),
        namedCase: fc.boolean(),
        sourceProtected: fc.boolean(),
        confidence: fc.constantFrom("almost_certain", "likely", "roughly_even", "unknown"),
        statuses: fc.subarray(["filed", "registered", "investigation_opened", "charged"]),
        exact: fc.constantFrom("exact", "approximate_day", "week", "month", "year"),
      });
      await fc.assert(
        fc.asyncProperty(scenario, async (s) => {
          // A named case with a named-case consent publishes the name by design; tested below.
          const namedCase = s.consent === "named_case" ? false : s.namedCase;
          await publishCase({
            canary: s.canary,
            consent: s.consent,
            namedCase,
            sourceProtected: s.sourceProtected,
            attribution: { confidence: s.confidence },
            statuses: s.statuses,
            incident: { start_precision: s.exact },
          });
          const dump = await dumpPublicStore(t.vault.stores.publicDb);
          assert.ok(dump.includes("public_incidents"));
          for (const needle of ["CANARY", s.canary, ...FIXED_PROTECTED])
            assert.ok(!dump.includes(needle), `found ${needle} in the public store`);
        }),
        { numRuns: 6, includeErrorInReport: true },
      );
    });

    it("shows a consented name in a named case, and nothing else protected", async () => {
      const c = await publishCase({ consent: "named_case", namedCase: true });
      const dump = await dumpPublicStore(t.vault.stores.publicDb);
      assert.ok(dump.includes(`${c.canary}-name`));
      const rest = dump.split(`${c.canary}-name`).join("");
      for (const needle of ["CANARY", ...FIXED_PROTECTED])
        assert.ok(!rest.includes(needle), needle);
    });
  });
}
