import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { listAudit } from "../../audit/audit.repository.ts";
import { createGrant, revokeGrant } from "../../auth/grant.repository.ts";
import { DIALECTS } from "../../test-support/test-vault.ts";
import { API_RESOURCES, type ApiResource } from "./api-resources.ts";
import { apiWorld, call, resourceOf, type ApiWorld, type Caller } from "./api-test.fixture.ts";

const META = [
  "id",
  "org_id",
  "version",
  "created_at",
  "created_by",
  "updated_at",
  "updated_by",
  "redacted",
];

for (const dialect of DIALECTS) {
  describe(`JSON API writes on ${dialect}`, () => {
    let w: ApiWorld;
    before(async () => {
      w = await apiWorld(dialect);
    });
    after(async () => w?.close());

    /** A demo record of org A as its fields only (revealed), to post again as a new record. */
    async function template(r: ApiResource): Promise<Record<string, unknown>> {
      const id = w.ids.get(r.spec.type)!.a[0]!;
      const res = await call(w, w.callers.editorA, "GET", `${r.path}/${id}?reveal=identity`);
      assert.equal(res.statusCode, 200, res.body);
      const out = { ...res.json().data };
      for (const m of META) delete out[m];
      // A joint report may cite the co-authors' incidents; citing needs view, which needs a grant.
      if (Array.isArray(out.cited_incident_ids))
        out.cited_incident_ids = out.cited_incident_ids.filter((i: string) =>
          w.ids.get("incident")!.a.includes(i),
        );
      return out;
    }

    async function post(as: Caller, type: string, body: unknown) {
      return call(w, as, "POST", resourceOf(type).path, body);
    }

    /** Fields made fresh where the tables hold them unique (pseudonyms, slugs, one identity per person). */
    async function freshData(r: ApiResource): Promise<Record<string, unknown>> {
      const data = await template(r);
      const type = r.spec.type;
      if (type === "person") data.pseudonym = `T-${randomUUID().slice(0, 8)}`;
      if (type === "document") data.slug = `t-${randomUUID().slice(0, 8)}`;
      if (type === "person_identity") {
        const person = await post(w.callers.editorA, "person", {
          pseudonym: `T-${randomUUID().slice(0, 8)}`,
          kind: "individual",
        });
        data.person_id = person.json().data.id;
      }
      if (type === "document_translation") {
        const doc = await post(w.callers.editorA, "document", {
          ...(await template(resourceOf("document"))),
          slug: `t-${randomUUID().slice(0, 8)}`,
        });
        data.document_id = doc.json().data.id;
      }
      return data;
    }

    it("creates and changes records of every case-data type, audited, with optimistic locking", async () => {
      const E = w.callers.editorA;
      for (const r of API_RESOURCES) {
        if (!r.creatable) {
          assert.equal(
            (await call(w, E, "POST", r.path, {})).statusCode,
            404,
            `${r.spec.type} is read-only`,
          );
          continue;
        }
        const data = await freshData(r);
        const created = await call(w, E, "POST", r.path, data);
        assert.equal(created.statusCode, 201, `${r.spec.type}: ${created.body}`);
        const rec = created.json().data;
        assert.equal(created.headers.location, `${r.path}/${rec.id}`);
        assert.equal(rec.org_id, w.orgs.a);
        assert.equal(rec.version, 1);
        assert.deepEqual(rec.redacted, r.spec.protectedFields);
        for (const f of r.spec.protectedFields)
          assert.ok(!(f in rec), `${r.spec.type}.${f} not echoed`);
        const back = (await call(w, E, "GET", `${r.path}/${rec.id}?reveal=identity`)).json().data;
        for (const [k, v] of Object.entries(data))
          assert.deepEqual(back[k], v, `${r.spec.type}.${k}`);
        const audit = await listAudit(w.t.vault.db(), { recordId: rec.id });
        assert.equal(audit[0]!.action, "create");

        const url = `${r.path}/${rec.id}`;
        if (!r.patchable) {
          assert.equal(
            (await call(w, E, "PATCH", url, { version: 1 })).statusCode,
            404,
            `${r.spec.type} is append-only`,
          );
          continue;
        }
        const field = r.spec.fields.find(
          (f) => !["person_id", "incident_id", "document_id"].includes(f),
        )!;
        const changed = await call(w, E, "PATCH", url, { version: 1, [field]: data[field] });
        assert.equal(changed.statusCode, 200, `${r.spec.type}: ${changed.body}`);
        assert.equal(changed.json().data.version, 2);
        const stale = await call(w, E, "PATCH", url, { version: 1, [field]: data[field] });
        assert.equal(stale.statusCode, 409, r.spec.type);
        assert.equal(stale.json().error, "conflict");
      }
    });

    it("lets researchers write nothing, and other organisations write nothing of ours", async () => {
      const incident = w.ids.get("incident")!.a[0]!;
      const act = await template(resourceOf("act"));
      const researcher = await post(
        w.callers.researcherA,
        "incident",
        await template(resourceOf("incident")),
      );
      assert.equal(researcher.statusCode, 403);
      const patch = await call(w, w.callers.researcherA, "PATCH", `/api/v1/incidents/${incident}`, {
        version: 1,
        title: "x",
      });
      assert.equal(patch.statusCode, 404);

      const foreign = await post(w.callers.caseworkerB, "act", { ...act, incident_id: incident });
      const missing = await post(w.callers.caseworkerB, "act", {
        ...act,
        incident_id: randomUUID(),
      });
      assert.equal(foreign.statusCode, 422);
      assert.deepEqual(foreign.json().issues, missing.json().issues, "no existence oracle");
      const other = await call(w, w.callers.caseworkerB, "PATCH", `/api/v1/incidents/${incident}`, {
        version: 1,
        title: "x",
      });
      const nothing = await call(
        w,
        w.callers.caseworkerB,
        "PATCH",
        `/api/v1/incidents/${randomUUID()}`,
        { version: 1, title: "x" },
      );
      assert.equal(other.statusCode, 404);
      assert.deepEqual(
        [other.json().error, other.json().message],
        [nothing.json().error, nothing.json().message],
      );
    });

    it("lets a write grant add to and change the case, without identities", async () => {
      const db = w.t.vault.db();
      const B = w.callers.caseworkerB;
      const act = await db
        .selectFrom("acts")
        .selectAll()
        .where("org_id", "=", w.orgs.a)
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const incident = (
        await call(w, w.callers.editorA, "GET", `/api/v1/incidents/${act.incident_id}`)
      ).json().data;
      const grant = await createGrant({
        db,
        actor: w.t.actor,
        incidentId: act.incident_id,
        grantee: { orgId: w.orgs.b },
        level: "write",
        now: w.clock.now(),
      });
      try {
        const ownPerson = w.ids.get("person")!.b[0]!;
        const body = {
          ...(await template(resourceOf("act"))),
          incident_id: act.incident_id,
          victim_id: ownPerson,
          description: null,
        };
        const added = await post(B, "act", body);
        assert.equal(added.statusCode, 201, added.body);
        assert.equal(added.json().data.org_id, w.orgs.b);
        // A victim B can see but not reveal: linking would share that person further.
        const theirs = await post(B, "act", { ...body, victim_id: act.victim_id });
        assert.equal(theirs.statusCode, 422);
        assert.deepEqual(
          theirs.json().issues.map((i: any) => i.path),
          ["/victim_id"],
        );
        const secret = await post(B, "act", { ...body, description: "what happened" });
        assert.equal(secret.statusCode, 403);

        const url = `/api/v1/incidents/${act.incident_id}`;
        const titled = await call(w, B, "PATCH", url, {
          version: incident.version,
          title: "Renamed by a partner",
        });
        assert.equal(titled.statusCode, 200, titled.body);
        const notes = await call(w, B, "PATCH", url, {
          version: incident.version + 1,
          internal_summary: null,
        });
        assert.equal(notes.statusCode, 403);

        // Moving a record into a case one may not edit is refused on the field that moves it.
        const otherIncident = w.ids.get("incident")!.a.find((id) => id !== act.incident_id)!;
        const actOfB = added.json().data;
        const moved = await call(w, B, "PATCH", `/api/v1/acts/${actOfB.id}`, {
          version: 1,
          incident_id: otherIncident,
        });
        assert.equal(moved.statusCode, 422);
        assert.deepEqual(
          moved.json().issues.map((i: any) => i.path),
          ["/incident_id"],
        );
      } finally {
        await revokeGrant({ db, actor: w.t.actor, grantId: grant.id, now: w.clock.now() });
      }
    });

    it("answers malformed bodies with 400/422 and a clash with 409, never 500", async () => {
      const E = w.callers.editorA;
      const incident = await template(resourceOf("incident"));
      const identity = await template(resourceOf("person_identity"));
      const cases: [string, string | unknown, number][] = [
        ["incident", "{not json", 400],
        ["incident", [], 422],
        ["incident", "null", 422],
        ["incident", { ...incident, colour: "red" }, 422],
        ["incident", { ...incident, countable: "yes" }, 422],
        ["incident", { ...incident, title: "a\u0000b" }, 422],
        ["incident", { ...incident, sensitivity: "no-such-term" }, 422],
        ["act", { ...(await template(resourceOf("act"))), consequences: 5 }, 422],
        [
          "evidence_item",
          { ...(await template(resourceOf("evidence_item"))), size_bytes: 1e12 },
          422,
        ],
        ["person_identity", identity, 409],
        ["evidence_item", { ...(await template(resourceOf("evidence_item"))), file_key: "k" }, 422],
      ];
      for (const [type, body, status] of cases) {
        const res = await post(E, type, body);
        assert.equal(
          res.statusCode,
          status,
          `${type} ${JSON.stringify(body).slice(0, 80)}: ${res.body}`,
        );
        assert.equal(typeof res.json().error, "string");
      }
      const id = w.ids.get("incident")!.a[0]!;
      for (const body of [
        { title: "no version" },
        { version: 1 },
        { version: "1", title: "x" },
        { version: 1, id: "x" },
      ]) {
        const res = await call(w, E, "PATCH", `/api/v1/incidents/${id}`, body);
        assert.equal(res.statusCode, 422, JSON.stringify(body));
      }
    });

    it("needs the CSRF header when a browser session writes", async () => {
      const res = await w.app.inject({
        method: "POST",
        url: "/api/v1/persons",
        cookies: { tnr_session: w.sessionCookieA },
        payload: { pseudonym: "T-csrf", kind: "individual" },
      });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error, "csrf");
    });
  });
}
