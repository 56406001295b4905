import type { FastifyReply, FastifyRequest } from "fastify";
import type { StaffActor } from "../../auth/auth.types.ts";
import { authorize, can, type Resource } from "../../auth/policy.ts";
import { anchorFields, recordResources, resourceForNewRecord } from "../../auth/record-access.ts";
import { ForbiddenError, NotFoundError, ValidationError, type Issue } from "../../errors.ts";
import { decodeRow } from "../../records/record-codec.ts";
import type { RecordSpec } from "../../records/record-spec.ts";
import { saveChanges, saveNewRecord } from "../../records/record.commands.ts";
import type { Db } from "../../records/record.repository.ts";
import type { ServerDeps } from "../server-deps.ts";
import { requireStaff } from "../staff-context.ts";
import { parseChanges, parseNewRecord } from "./api-input.ts";
import { redactRecord } from "./api-present.ts";
import { findRecordRow } from "./api-records.repository.ts";
import { isRecordId, type ApiResource } from "./api-resources.ts";
import { inApiTransaction } from "./api-transaction.ts";

/** Same words for a missing reference and one the actor may not use: no existence oracle. */
const NO_SUCH_RECORD = "no such record, or not one you may use here";

/**
 * Fields whose referenced record must be revealable, not just viewable: naming a person as the
 * victim of an act shares that person with everyone the act's case is shared with.
 */
const IDENTITY_REFS = new Set(["act.victim_id"]);

/**
 * Every reference in `data` (other than the record's anchor, checked for "edit") must point at a
 * record the actor may view — otherwise a write could link, and so expose, another organisation's
 * records. Missing and forbidden references get the same issue.
 */
async function checkReferences(
  db: Db,
  actor: StaffActor,
  spec: RecordSpec,
  data: Record<string, unknown>,
) {
  const anchors = new Set(anchorFields(spec.type));
  const wanted: { path: string; type: string; id: string; action: "view" | "reveal_identity" }[] =
    [];
  for (const ref of spec.refs) {
    if (anchors.has(ref.field) || !(ref.field in data)) continue;
    const value = data[ref.field];
    const ids = ref.many ? (value as string[]) : value === null ? [] : [value as string];
    const action = IDENTITY_REFS.has(`${spec.type}.${ref.field}`) ? "reveal_identity" : "view";
    ids.forEach((id, i) =>
      wanted.push({
        path: ref.many ? `/${ref.field}/${i}` : `/${ref.field}`,
        type: ref.type,
        id,
        action,
      }),
    );
  }
  const issues: Issue[] = [];
  for (const type of new Set(wanted.map((w) => w.type))) {
    const ofType = wanted.filter((w) => w.type === type);
    const resources = await recordResources(
      db,
      actor,
      type,
      ofType.map((w) => w.id),
    );
    for (const w of ofType) {
      const r = resources.get(w.id);
      if (!r || !can(actor, w.action, r)) issues.push({ path: w.path, message: NO_SUCH_RECORD });
    }
  }
  if (issues.length) throw new ValidationError(issues);
}

/** Where a new (or moved) record would belong; it must be a place the actor may edit. */
async function editableTarget(
  db: Db,
  actor: StaffActor,
  spec: RecordSpec,
  data: Record<string, unknown>,
) {
  const target = await resourceForNewRecord(db, actor, spec.type, data);
  if (target && can(actor, "edit", target)) return target;
  const fields = anchorFields(spec.type).filter((f) => typeof data[f] === "string");
  throw new ValidationError(fields.map((f) => ({ path: `/${f}`, message: NO_SUCH_RECORD })));
}

/**
 * Writing identity fields is handling identities: it needs reveal_identity where the record lives.
 * A new record's empty (null) protected fields do not count; clearing an existing one does.
 */
function checkProtectedWrite(
  actor: StaffActor,
  spec: RecordSpec,
  data: Record<string, unknown>,
  where: Resource[],
  opts: { clearing: boolean },
) {
  const touched = spec.protectedFields.filter(
    (f) => f in data && (opts.clearing || data[f] !== null),
  );
  if (touched.length && !where.every((r) => can(actor, "reveal_identity", r)))
    throw new ForbiddenError("Writing identity fields needs identity access to this case.");
}

/** POST /api/v1/<type>: creates a record in the actor's organisation, in a case it may edit. */
export function createHandler(deps: ServerDeps, resource: ApiResource) {
  const { spec } = resource;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const actor = requireStaff(req);
    // Researchers change nothing anywhere; saying so reveals nothing about any record.
    if (!can(actor, "edit", { orgId: actor.orgId })) throw new ForbiddenError();
    const data = parseNewRecord(resource, req.body);
    const keys = deps.vault.keys();
    const record = await inApiTransaction(deps.vault.db(), async (trx) => {
      const target = await editableTarget(trx, actor, spec, data);
      await checkReferences(trx, actor, spec, data);
      checkProtectedWrite(actor, spec, data, [target], { clearing: false });
      return saveNewRecord({
        db: trx,
        keys,
        actor,
        spec,
        data,
        orgId: actor.orgId,
        now: deps.now().toISOString(),
      });
    });
    return reply
      .code(201)
      .header("location", `${resource.path}/${record.id}`)
      .send({ data: redactRecord(resource, record) });
  };
}

/**
 * PATCH /api/v1/<type>/<id>: changes fields of a record the actor may edit, refusing (409) when
 * `version` is not the stored one. Moving a record to another case needs edit there as well.
 */
export function patchHandler(deps: ServerDeps, resource: ApiResource) {
  const { spec } = resource;
  return async (req: FastifyRequest<{ Params: { id: string } }>) => {
    const actor = requireStaff(req);
    const id = req.params.id;
    if (!isRecordId(id)) throw new NotFoundError();
    const { version, changes } = parseChanges(resource, req.body);
    const keys = deps.vault.keys();
    const record = await inApiTransaction(deps.vault.db(), async (trx) => {
      const resources = await recordResources(trx, actor, spec.type, [id]);
      const row = await findRecordRow(trx, spec, id);
      const current = authorize(actor, "edit", row ? resources.get(id) : null);
      const where = [current];
      if (anchorFields(spec.type).some((f) => f in changes)) {
        const plain = decodeRow(spec, row!, null, { redact: true });
        where.push(await editableTarget(trx, actor, spec, { ...plain, ...changes }));
      }
      await checkReferences(trx, actor, spec, changes);
      checkProtectedWrite(actor, spec, changes, where, { clearing: true });
      return saveChanges({ db: trx, keys, actor, spec, id, expectedVersion: version, changes });
    });
    return { data: redactRecord(resource, record) };
  };
}
