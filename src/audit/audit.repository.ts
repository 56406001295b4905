import { createHash } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Actor } from "../records/record.types.ts";

type Db = Kysely<any> | Transaction<any>;

/** One audit event: who did what to which record; field names only, never values. */
export interface AuditInput {
  actor: Actor;
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  fields?: readonly string[];
  at?: string;
}

/** A stored audit event with its place in the hash chain. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_type: string | null;
  record_id: string | null;
  fields: string[];
  prev_hash: string;
  hash: string;
}

/** The text form of an actor stored in stamps and audit events. */
export function actorRef(actor: Actor): string {
  return `${actor.kind}:${actor.id}`;
}

/** Hash of an event's content chained to the previous event's hash. */
export function chainHash(e: Omit<AuditEvent, "hash">): string {
  const body = JSON.stringify([
    e.seq,
    e.at,
    e.actor,
    e.action,
    e.record_type,
    e.record_id,
    e.fields,
    e.prev_hash,
  ]);
  return createHash("sha256").update(body).digest("hex");
}

/** Appends an event to the chain inside the caller's transaction (the head row serialises writers). */
export async function appendAudit(db: Db, input: AuditInput): Promise<AuditEvent> {
  const head = await db
    .updateTable("audit_head")
    .set((eb: any) => ({ seq: eb("seq", "+", 1) }))
    .where("id", "=", 1)
    .returning(["seq", "hash"])
    .executeTakeFirstOrThrow();
  const event: Omit<AuditEvent, "hash"> = {
    seq: Number(head.seq),
    at: input.at ?? new Date().toISOString(),
    actor: actorRef(input.actor),
    action: input.action,
    record_type: input.recordType ?? null,
    record_id: input.recordId ?? null,
    fields: [...(input.fields ?? [])],
    prev_hash: String(head.hash),
  };
  const hash = chainHash(event);
  await db
    .insertInto("audit_events")
    .values({ ...event, fields: JSON.stringify(event.fields), hash })
    .execute();
  await db.updateTable("audit_head").set({ hash }).where("id", "=", 1).execute();
  return { ...event, hash };
}

/** Audit events in chain order, optionally for one record. */
export async function listAudit(
  db: Db,
  filter: { recordType?: string; recordId?: string; limit?: number } = {},
): Promise<AuditEvent[]> {
  let q = db.selectFrom("audit_events").selectAll().orderBy("seq");
  if (filter.recordType) q = q.where("record_type", "=", filter.recordType);
  if (filter.recordId) q = q.where("record_id", "=", filter.recordId);
  if (filter.limit) q = q.limit(filter.limit);
  const rows = await q.execute();
  return rows.map((r: any) => ({ ...r, seq: Number(r.seq), fields: JSON.parse(r.fields) }));
}

/** Walks the whole chain; returns the first broken link, or null when every hash checks out. */
export async function verifyAuditChain(db: Db): Promise<{ seq: number; reason: string } | null> {
  const rows = await listAudit(db);
  let prev = "genesis";
  let expectedSeq = 1;
  for (const e of rows) {
    if (e.seq !== expectedSeq) return { seq: expectedSeq, reason: "event missing" };
    if (e.prev_hash !== prev) return { seq: e.seq, reason: "does not follow the previous event" };
    if (chainHash(e) !== e.hash) return { seq: e.seq, reason: "content was changed" };
    prev = e.hash;
    expectedSeq++;
  }
  const head = await db.selectFrom("audit_head").selectAll().where("id", "=", 1).executeTakeFirst();
  // Same length but another hash: the newest event was rewritten (its hash recomputed).
  if (head && expectedSeq > 1 && Number(head.seq) === expectedSeq - 1 && head.hash !== prev) {
    return { seq: expectedSeq - 1, reason: "content was changed" };
  }
  if (head && (Number(head.seq) !== expectedSeq - 1 || head.hash !== prev)) {
    return { seq: expectedSeq, reason: "the newest events were removed" };
  }
  return null;
}

/** Which events an audit page shows: one record, one actor, or the actors of one organisation. */
export interface AuditFilter {
  recordType?: string;
  recordId?: string;
  actor?: string;
  /** Only events by members of this organisation (`user:<id>` actors). */
  actorOrgId?: string;
}

/** Newest events first, keyset-paged by `beforeSeq` (no offset scans on a long log). */
export async function listAuditPage(
  db: Db,
  filter: AuditFilter & { beforeSeq?: number; limit: number },
): Promise<AuditEvent[]> {
  let q = db.selectFrom("audit_events").selectAll().orderBy("seq", "desc").limit(filter.limit);
  q = applyAuditFilter(q, filter);
  if (filter.beforeSeq !== undefined) q = q.where("seq", "<", filter.beforeSeq);
  const rows = await q.execute();
  return rows.map((r: any) => ({ ...r, seq: Number(r.seq), fields: JSON.parse(r.fields) }));
}

/** Every event a filter selects, oldest first, in batches (for the JSONL export). */
export async function* streamAudit(db: Db, filter: AuditFilter): AsyncGenerator<AuditEvent> {
  let after = 0;
  for (;;) {
    const rows = await applyAuditFilter(
      db.selectFrom("audit_events").selectAll().where("seq", ">", after).orderBy("seq").limit(1000),
      filter,
    ).execute();
    for (const r of rows as any[]) yield { ...r, seq: Number(r.seq), fields: JSON.parse(r.fields) };
    if (rows.length < 1000) return;
    after = Number((rows[rows.length - 1] as any).seq);
  }
}

function applyAuditFilter<Q extends { where: (...a: any[]) => Q }>(q: Q, f: AuditFilter): Q {
  if (f.recordType) q = q.where("record_type", "=", f.recordType);
  if (f.recordId) q = q.where("record_id", "=", f.recordId);
  if (f.actor) q = q.where("actor", "=", f.actor);
  if (f.actorOrgId) {
    const orgId = f.actorOrgId;
    q = q.where((eb: any) =>
      eb(
        "actor",
        "in",
        eb
          .selectFrom("users")
          .select(sql<string>`'user:' || id`.as("ref"))
          .where("org_id", "=", orgId),
      ),
    );
  }
  return q;
}
