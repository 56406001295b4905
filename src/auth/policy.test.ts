import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { NotFoundError } from "../errors.ts";
import { ROLES, type StaffActor } from "./auth.types.ts";
import {
  ACTIONS,
  GRANT_LEVELS,
  allowedActions,
  authorize,
  can,
  type Grant,
  type Resource,
} from "./policy.ts";

const id = fc.constantFrom("u1", "u2", "u3", "u4");
const org = fc.constantFrom("o1", "o2", "o3");
const actorArb = fc.record({
  kind: fc.constant("user" as const),
  id,
  orgId: org,
  role: fc.constantFrom(...ROLES),
});
const grantArb: fc.Arbitrary<Grant> = fc.oneof(
  fc.record({
    granteeUserId: id,
    granteeOrgId: fc.constant(null),
    level: fc.constantFrom(...GRANT_LEVELS),
    revokedAt: fc.option(fc.constant("2026-01-01T00:00:00.000Z")),
  }),
  fc.record({
    granteeUserId: fc.constant(null),
    granteeOrgId: org,
    level: fc.constantFrom(...GRANT_LEVELS),
    revokedAt: fc.option(fc.constant("2026-01-01T00:00:00.000Z")),
  }),
);
const recordArb: fc.Arbitrary<Resource> = fc.record({
  orgId: org,
  grants: fc.array(grantArb, { maxLength: 5 }),
});
const actionArb = fc.constantFrom(...ACTIONS);

const appliesTo = (a: StaffActor, g: Grant) =>
  !g.revokedAt && (g.granteeUserId === a.id || g.granteeOrgId === a.orgId);

describe("policy", () => {
  it("an actor of another organisation without a live grant can never do anything", () => {
    fc.assert(
      fc.property(actorArb, recordArb, actionArb, (actor, record, action) => {
        fc.pre(actor.orgId !== record.orgId);
        fc.pre(!(record.grants ?? []).some((g) => appliesTo(actor, g)));
        assert.equal(can(actor, action, record), false);
        assert.throws(() => authorize(actor, action, record), NotFoundError);
      }),
      { numRuns: 2000 },
    );
  });

  it("researchers never reveal identities, whatever grants they hold", () => {
    fc.assert(
      fc.property(actorArb, recordArb, (actor, record) => {
        assert.equal(can({ ...actor, role: "researcher" }, "reveal_identity", record), false);
      }),
    );
  });

  it("grants never give publish, export or user administration to outsiders", () => {
    fc.assert(
      fc.property(actorArb, recordArb, (actor, record) => {
        fc.pre(actor.orgId !== record.orgId);
        for (const action of ["publish", "export", "administer_users"] as const)
          assert.equal(can(actor, action, record), false);
      }),
    );
  });

  it("a grant never lets an actor do more than their role allows at home", () => {
    fc.assert(
      fc.property(actorArb, recordArb, actionArb, (actor, record, action) => {
        const home = can(actor, action, { orgId: actor.orgId });
        if (can(actor, action, record)) assert.equal(home, true);
      }),
    );
  });

  it("adding a grant never takes a permission away; revoking one never adds one", () => {
    fc.assert(
      fc.property(actorArb, recordArb, grantArb, actionArb, (actor, record, g, action) => {
        const more = { ...record, grants: [...(record.grants ?? []), g] };
        if (can(actor, action, record)) assert.equal(can(actor, action, more), true);
        const revoked = { ...record, grants: [...(record.grants ?? []), { ...g, revokedAt: "x" }] };
        assert.equal(can(actor, action, revoked), can(actor, action, record));
      }),
    );
  });

  it("the role table, inside the owning organisation", () => {
    const home = { orgId: "o1" };
    const actions = (role: StaffActor["role"]) =>
      allowedActions({ kind: "user", id: "u1", orgId: "o1", role }, home);
    assert.deepEqual(actions("admin"), [...ACTIONS]);
    assert.deepEqual(actions("editor"), ["view", "edit", "reveal_identity", "publish", "export"]);
    assert.deepEqual(actions("caseworker"), ["view", "edit", "reveal_identity"]);
    assert.deepEqual(actions("researcher"), ["view"]);
  });

  it("each grant level, given to a caseworker of another organisation or to their organisation", () => {
    const actor: StaffActor = { kind: "user", id: "u9", orgId: "o2", role: "caseworker" };
    const expect = {
      read: ["view"],
      write: ["view", "edit"],
      read_identities: ["view", "reveal_identity"],
    };
    for (const level of GRANT_LEVELS) {
      for (const g of [
        { granteeUserId: "u9", granteeOrgId: null, level },
        { granteeUserId: null, granteeOrgId: "o2", level },
      ]) {
        assert.deepEqual(allowedActions(actor, { orgId: "o1", grants: [g] }), expect[level]);
        const other = { ...actor, id: "u8", orgId: "o3" };
        assert.deepEqual(allowedActions(other, { orgId: "o1", grants: [g] }), []);
      }
    }
  });

  it("authorize answers a missing and a forbidden record with the same error", () => {
    const actor: StaffActor = { kind: "user", id: "u1", orgId: "o1", role: "admin" };
    const missing = (() => {
      try {
        authorize(actor, "view", undefined);
      } catch (e) {
        return e as NotFoundError;
      }
    })();
    const forbidden = (() => {
      try {
        authorize(actor, "view", { orgId: "o2" });
      } catch (e) {
        return e as NotFoundError;
      }
    })();
    assert.ok(missing instanceof NotFoundError && forbidden instanceof NotFoundError);
    assert.equal(missing.message, forbidden.message);
    assert.equal(missing.status, forbidden.status);
    const mine = { orgId: "o1", title: "x" };
    assert.equal(authorize(actor, "edit", mine), mine);
  });
});
