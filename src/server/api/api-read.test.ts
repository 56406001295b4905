import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { listAudit } from "../../audit/audit.repository.ts";
import { createGrant, revokeGrant } from "../../auth/grant.repository.ts";
import { DIALECTS } from "../../test-support/test-vault.ts";
import { API_RESOURCES } from "./api-resources.ts";
import { apiWorld, call, resourceOf, type ApiWorld, type Caller } from "./api-test.fixture.ts";

for (const dialect of DIALECTS) {
  describe(`JSON API reads on ${dialect}`, () => {
    let w: ApiWorld;
    before(async () => {
      w = await apiWorld(dialect);
    });
    after(async () => w?.close());

    /** What a record that does not exist gets: compared on status, error and message. */
    async function assertLikeMissing(as: Caller, path: string, id: string, query = "") {
      const missing = await call(w, as, "GET", `${path}/${randomUUID()}${query}`);
      const res = await call(w, as, "GET", `${path}/${id}${query}`);
      assert.equal(missing.statusCode, 404);
      assert.equal(res.statusCode, 404, `${path}/${id}${query}`);
      assert.deepEqual(
        { error: res.json().error, message: res.json().message },
        { error: missing.json().error, message: missing.json().message },
      );
      assert.ok(!res.body.includes(id), "the body never echoes the id");
    }

    it("lists, pages and filters every record type, returning only what the caller may view, redacted", async () => {
      const A = w.callers.caseworkerA;
      for (const r of API_RESOURCES) {
        const ids = w.ids.get(r.spec.type)!;
        const expected = r.spec.orgScoped ? ids.a : ids.all;
        const seen: string[] = [];
        let url: string | null = `${r.path}?limit=7`;
        let pages = 0;
        while (url) {
          const res = await call(w, A, "GET", url);
          assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
          const body = res.json();
          for (const rec of body.data) {
            for (const f of r.spec.protectedFields)
              assert.ok(!(f in rec), `${r.spec.type}.${f} redacted`);
            assert.deepEqual(rec.redacted, r.spec.protectedFields);
            seen.push(rec.id);
          }
          url = body.next;
          pages++;
        }
        assert.deepEqual([...seen].sort(), [...expected].sort(), r.spec.type);
        assert.equal(new Set(seen).size, seen.length, `${r.spec.type}: no record twice`);
        assert.equal(pages, Math.max(1, Math.ceil(expected.length / 7)), r.spec.type);

        const all = (await call(w, A, "GET", `${r.path}?limit=200`)).json().data;
        const sample = all[0];
        if (!sample) continue;
        const field = [...r.filters.values()].find(
          (f) => f.name !== "org_id" && sample[f.name] != null,
        );
        if (field) {
          const value = sample[field.name];
          const res = await call(
            w,
            A,
            "GET",
            `${r.path}?limit=200&${field.name}=${encodeURIComponent(String(value))}`,
          );
          assert.equal(res.statusCode, 200, res.body);
          const got = res.json().data;
          assert.ok(
            got.some((x: any) => x.id === sample.id),
            `${r.spec.type} ?${field.name}`,
          );
          assert.ok(
            got.every((x: any) => x[field.name] === value),
            `${r.spec.type} ?${field.name}`,
          );
          // `all` is one page of at most 200: the count comparison holds only when it is complete
          // (the built-in vocabulary alone has more than 200 terms).
          if (all.length < 200)
            assert.equal(got.length, all.filter((x: any) => x[field.name] === value).length);
        }
        if (r.spec.orgScoped) {
          const other = await call(w, A, "GET", `${r.path}?org_id=${w.orgs.b}`);
          assert.deepEqual(
            other.json().data,
            [],
            `${r.spec.type}: filtering by another org shows nothing`,
          );
        }
      }
    });

    it("answers another organisation's record exactly like a missing one", async () => {
      for (const r of API_RESOURCES) {
        const ids = w.ids.get(r.spec.type)!;
        if (!r.spec.orgScoped || !ids.b[0]) continue;
        await assertLikeMissing(w.callers.caseworkerA, r.path, ids.b[0]);
        await assertLikeMissing(w.callers.caseworkerA, r.path, ids.b[0], "?reveal=identity");
        assert.equal(
          (await call(w, w.callers.caseworkerB, "GET", `${r.path}/${ids.b[0]}`)).statusCode,
          200,
        );
      }
    });

    it("reveals protected fields only on request, to those allowed, with an audit event in the same transaction", async () => {
      const db = w.t.vault.db();
      for (const r of API_RESOURCES) {
        const id = w.ids.get(r.spec.type)!.a[0];
        if (!r.spec.protectedFields.length || !id) continue;
        const plain = await call(w, w.callers.caseworkerA, "GET", `${r.path}/${id}`);
        assert.equal(plain.statusCode, 200);
        assert.deepEqual(plain.json().data.redacted, r.spec.protectedFields);
        const before = (await listAudit(db, { recordId: id })).length;
        for (const who of [w.callers.researcherA, w.callers.caseworkerB, w.callers.researcherB])
          await assertLikeMissing(who, r.path, id, "?reveal=identity");
        assert.equal(
          (await listAudit(db, { recordId: id })).length,
          before,
          "a refused reveal is not a reveal",
        );

        const res = await call(w, w.callers.caseworkerA, "GET", `${r.path}/${id}?reveal=identity`);
        assert.equal(res.statusCode, 200, res.body);
        const rec = res.json().data;
        assert.deepEqual(rec.redacted, r.hidden);
        for (const f of r.revealable) assert.ok(f in rec, `${r.spec.type}.${f} revealed`);
        for (const f of r.hidden)
          assert.ok(!(f in rec), `${r.spec.type}.${f} never leaves the vault`);
        const events = await listAudit(db, { recordId: id });
        const last = events.at(-1)!;
        assert.equal(events.length, before + 1);
        assert.equal(last.action, "record.reveal");
        assert.equal(last.record_type, r.spec.type);
        assert.equal(last.actor, `user:${w.callers.caseworkerA.actor.id}`);
        assert.deepEqual(last.fields, r.revealable);
      }
    });

    it("reveals a whole list only after a recent step-up: never to an API token", async () => {
      const r = resourceOf("person_identity");
      const token = await call(w, w.callers.caseworkerA, "GET", `${r.path}?reveal=identity`);
      assert.equal(token.statusCode, 403);
      assert.equal(token.json().error, "step_up_required");
      const db = w.t.vault.db();
      const before = (await listAudit(db)).filter((e) => e.action === "record.reveal").length;
      const session = await w.app.inject({
        method: "GET",
        url: `${r.path}?reveal=identity&limit=5`,
        cookies: { tnr_session: w.sessionCookieA },
      });
      assert.equal(session.statusCode, 200, session.body);
      const data = session.json().data;
      assert.equal(data.length, 5);
      for (const rec of data) {
        assert.deepEqual(rec.redacted, []);
        assert.equal(typeof rec.full_name, "string");
      }
      assert.match(session.json().next, /reveal=identity/);
      const reveals = (await listAudit(db)).filter((e) => e.action === "record.reveal");
      assert.equal(reveals.length, before + 5);
      w.clock.advance(6 * 60 * 1000);
      const stale = await w.app.inject({
        method: "GET",
        url: `${r.path}?reveal=identity`,
        cookies: { tnr_session: w.sessionCookieA },
      });
      assert.equal(stale.statusCode, 403);
      assert.equal(stale.json().error, "step_up_required");
    });

    it("shares a case with another organisation at the grant's level, until revoked", async () => {
      const db = w.t.vault.db();
      const act = await db
        .selectFrom("acts")
        .select(["id", "incident_id", "victim_id"])
        .where("org_id", "=", w.orgs.a)
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const identity = await db
        .selectFrom("person_identities")
        .select("id")
        .where("person_id", "=", act.victim_id)
        .executeTakeFirstOrThrow();
      const B = w.callers.caseworkerB;
      const paths = [
        `/api/v1/incidents/${act.incident_id}`,
        `/api/v1/acts/${act.id}`,
        `/api/v1/persons/${act.victim_id}`,
        `/api/v1/person-identities/${identity.id}`,
      ];
      for (const p of paths) assert.equal((await call(w, B, "GET", p)).statusCode, 404, p);
      const now = w.clock.now();
      const base = { db, actor: w.t.actor, incidentId: act.incident_id, now };
      const read = await createGrant({ ...base, grantee: { orgId: w.orgs.b }, level: "read" });
      for (const p of paths) assert.equal((await call(w, B, "GET", p)).statusCode, 200, p);
      const listed = (await call(w, B, "GET", `/api/v1/incidents?limit=200`)).json().data;
      assert.ok(listed.some((x: any) => x.id === act.incident_id));
      await assertLikeMissing(B, "/api/v1/person-identities", identity.id, "?reveal=identity");
      assert.equal((await call(w, w.callers.caseworkerC, "GET", paths[0]!)).statusCode, 404);

      const ids = await createGrant({
        ...base,
        grantee: { userId: B.actor.id },
        level: "read_identities",
      });
      const revealed = await call(w, B, "GET", `${paths[3]}?reveal=identity`);
      assert.equal(revealed.statusCode, 200);
      assert.equal(typeof revealed.json().data.full_name, "string");
      // The grant names caseworkerB alone; a researcher never reveals, whatever the grant.
      assert.equal((await call(w, w.callers.researcherB, "GET", paths[3]!)).statusCode, 200);
      await assertLikeMissing(
        w.callers.researcherB,
        "/api/v1/person-identities",
        identity.id,
        "?reveal=identity",
      );

      await revokeGrant({ db, actor: w.t.actor, grantId: read.id, now });
      await revokeGrant({ db, actor: w.t.actor, grantId: ids.id, now });
      for (const p of paths) assert.equal((await call(w, B, "GET", p)).statusCode, 404, p);
    });

    it("rejects bad query parameters with 422 and names each problem", async () => {
      const A = w.callers.caseworkerA;
      const cases: [string, string[]][] = [
        ["/api/v1/incidents?colour=red", ["colour"]],
        ["/api/v1/incidents?host_state=GE&host_state=AZ", ["host_state"]],
        ["/api/v1/incidents?limit=0&cursor=!!", ["limit", "cursor"]],
        ["/api/v1/incidents?limit=201", ["limit"]],
        ["/api/v1/incidents?host_state=Georgia", ["host_state"]],
        ["/api/v1/incidents?countable=yes", ["countable"]],
        ["/api/v1/evidence-items?size_bytes=99999999999", ["size_bytes"]],
        ["/api/v1/incidents?reveal=all", ["reveal"]],
        ["/api/v1/incidents?title=%00", ["title"]],
        [`/api/v1/incidents/${randomUUID()}?limit=3`, ["limit"]],
      ];
      for (const [url, paths] of cases) {
        const res = await call(w, A, "GET", url);
        assert.equal(res.statusCode, 422, `${url}: ${res.body}`);
        assert.equal(res.json().error, "invalid_input");
        assert.deepEqual(
          res.json().issues.map((i: any) => i.path),
          paths,
          url,
        );
      }
      assert.equal(
        (await call(w, A, "GET", "/api/v1/incidents?countable=true&limit=1")).statusCode,
        200,
      );
    });

    it("asks for sign-in (401) before anything else, and 404s unknown resources", async () => {
      const anon = await call(w, null, "GET", "/api/v1/incidents?colour=red");
      assert.equal(anon.statusCode, 401);
      assert.equal(anon.json().error, "unauthorised");
      const bogus = await w.app.inject({
        method: "GET",
        url: "/api/v1/incidents",
        headers: { authorization: "Bearer tnr_not-a-token" },
      });
      assert.equal(bogus.statusCode, 401);
      assert.equal((await call(w, w.callers.caseworkerA, "GET", "/api/v1/grants")).statusCode, 404);
    });
  });
}
