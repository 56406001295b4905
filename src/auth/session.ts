import { randomUUID } from "node:crypto";
import { appendAudit } from "../audit/audit.repository.ts";
import { ForbiddenError } from "../errors.ts";
import { hashToken, randomToken } from "./auth-crypto.ts";
import { staffActor, type Db, type Role, type StaffActor } from "./auth.types.ts";

/** Upper bounds from SECURITY.md: configuration may lower them, never raise them. */
export const MAX_IDLE_MS = 30 * 60 * 1000;
export const MAX_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
/** How long a re-entered second factor counts for sensitive actions. */
export const STEP_UP_MS = 5 * 60 * 1000;
/** last_seen_at is written at most this often, so a page of requests is not a page of writes. */
const TOUCH_EVERY_MS = 60 * 1000;

/** Session timeouts in force. */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** Clamps configured timeouts (minutes/hours) into [1 minute, the promised maximum]. */
export function sessionLimits(config: { idleMinutes?: number; absoluteHours?: number } = {}) {
  const clamp = (v: number | undefined, max: number) =>
    v === undefined || !Number.isFinite(v) ? max : Math.min(max, Math.max(60_000, v));
  return {
    idleMs: clamp(config.idleMinutes && config.idleMinutes * 60_000, MAX_IDLE_MS),
    absoluteMs: clamp(config.absoluteHours && config.absoluteHours * 3_600_000, MAX_ABSOLUTE_MS),
  } satisfies SessionLimits;
}

/** A live session as the application sees it (never its token). */
export interface SessionInfo {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  stepUpAt: string | null;
  userAgentFamily: string | null;
}

/** Creates a session with a fresh 256-bit token (a new one at every sign-in: rotation). */
export async function createSession(
  db: Db,
  props: { user: { id: string; orgId: string; role: Role }; now: Date; userAgentFamily?: string },
  limits: SessionLimits = sessionLimits(),
): Promise<{ token: string; session: SessionInfo }> {
  const token = randomToken(32);
  const at = props.now.toISOString();
  const session: SessionInfo = {
    id: randomUUID(),
    userId: props.user.id,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(props.now.getTime() + limits.absoluteMs).toISOString(),
    // A session starts stepped up: its second factor was entered this very moment.
    stepUpAt: at,
    userAgentFamily: props.userAgentFamily?.slice(0, 40) ?? null,
  };
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      token_hash: hashToken(token),
      user_id: session.userId,
      created_at: at,
      last_seen_at: at,
      expires_at: session.expiresAt,
      step_up_at: at,
      user_agent_family: session.userAgentFamily,
    })
    .execute();
  await appendAudit(db, {
    actor: staffActor(props.user),
    action: "session.create",
    recordType: "session",
    recordId: session.id,
    at,
  });
  return { token, session };
}

function toInfo(r: any): SessionInfo {
  return {
    id: r.id,
    userId: r.user_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    stepUpAt: r.step_up_at,
    userAgentFamily: r.user_agent_family,
  };
}

/** True while a session is within both its idle and its absolute timeout (as limited today). */
export function isLive(s: SessionInfo, now: Date, limits: SessionLimits): boolean {
  const t = now.getTime();
  return (
    t < Date.parse(s.expiresAt) &&
    t < Date.parse(s.createdAt) + limits.absoluteMs &&
    t < Date.parse(s.lastSeenAt) + limits.idleMs
  );
}

/**
 * The session and actor a cookie token stands for, or null when it is unknown, timed out, or its
 * account is disabled or not enrolled. Touches last_seen_at (not audited: it is bookkeeping).
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  limits: SessionLimits = sessionLimits(),
): Promise<{ session: SessionInfo; actor: StaffActor } | null> {
  const r = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .selectAll("s")
    .select(["u.org_id", "u.role", "u.status", "u.enrolled_at"])
    .where("s.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!r || r.status !== "active" || r.enrolled_at === null) return null;
  const session = toInfo(r);
  if (!isLive(session, now, limits)) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
    session.lastSeenAt = now.toISOString();
    await db
      .updateTable("sessions")
      .set({ last_seen_at: session.lastSeenAt })
      .where("id", "=", session.id)
      .execute();
  }
  return { session, actor: { kind: "user", id: r.user_id, orgId: r.org_id, role: r.role } };
}

/** A user's live sessions, newest first (for "where am I signed in"). */
export async function listSessions(
  db: Db,
  userId: string,
  now: Date,
  limits: SessionLimits = sessionLimits(),
): Promise<SessionInfo[]> {
  const rows = await db
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map(toInfo).filter((s) => isLive(s, now, limits));
}

/** Ends one of a user's sessions (sign-out, or revoking another device); false when not theirs. */
export async function revokeSession(
  db: Db,
  props: { actor: StaffActor; userId: string; sessionId: string; now: Date },
): Promise<boolean> {
  const r = await db
    .deleteFrom("sessions")
    .where("id", "=", props.sessionId)
    .where("user_id", "=", props.userId)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) !== 1) return false;
  await appendAudit(db, {
    actor: props.actor,
    action: "session.revoke",
    recordType: "session",
    recordId: props.sessionId,
    at: props.now.toISOString(),
  });
  return true;
}

/** Ends every session of a user, optionally keeping one (the caller's own). */
export async function revokeAllSessions(
  db: Db,
  props: { actor: StaffActor | { kind: "cli" | "system"; id: string }; userId: string; now: Date },
  exceptSessionId?: string,
): Promise<number> {
  let q = db.deleteFrom("sessions").where("user_id", "=", props.userId);
  if (exceptSessionId) q = q.where("id", "<>", exceptSessionId);
  const n = Number((await q.executeTakeFirst()).numDeletedRows);
  await appendAudit(db, {
    actor: props.actor,
    action: "session.revoke_all",
    recordType: "user",
    recordId: props.userId,
    at: props.now.toISOString(),
  });
  return n;
}

/** Records that the second factor was entered again just now (see login.ts stepUp). */
export async function markStepUp(
  db: Db,
  props: { actor: StaffActor; sessionId: string; now: Date },
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ step_up_at: props.now.toISOString() })
    .where("id", "=", props.sessionId)
    .where("user_id", "=", props.actor.id)
    .execute();
  await appendAudit(db, {
    actor: props.actor,
    action: "session.step_up",
    recordType: "session",
    recordId: props.sessionId,
    at: props.now.toISOString(),
  });
}

/** True when the session's second factor was entered within the last 5 minutes. */
export function hasRecentStepUp(session: SessionInfo, now: Date): boolean {
  if (!session.stepUpAt) return false;
  const age = now.getTime() - Date.parse(session.stepUpAt);
  return age >= 0 && age < STEP_UP_MS;
}

/** Throws ForbiddenError("step_up_required") unless the session stepped up recently. */
export function requireStepUp(session: SessionInfo, now: Date): void {
  if (!hasRecentStepUp(session, now)) throw new ForbiddenError("step_up_required");
}

/** Deletes timed-out sessions (housekeeping); returns how many went. */
export async function pruneSessions(db: Db, now: Date, limits = sessionLimits()) {
  const at = now.toISOString();
  const idle = new Date(now.getTime() - limits.idleMs).toISOString();
  const born = new Date(now.getTime() - limits.absoluteMs).toISOString();
  const r = await db
    .deleteFrom("sessions")
    .where((eb: any) =>
      eb.or([
        eb("expires_at", "<=", at),
        eb("last_seen_at", "<=", idle),
        eb("created_at", "<=", born),
      ]),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
