import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { appendAudit } from "../audit/audit.repository.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { SYSTEM_ACTOR } from "../records/record.types.ts";
import { emailLookup, pepperHash, safeEqual } from "./auth-crypto.ts";
import { inTransaction, staffActor, type Db, type StaffActor } from "./auth.types.ts";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./password.ts";
import { consumeRecoveryCode } from "./recovery-codes.ts";
import { createSession, markStepUp, sessionLimits, type SessionInfo } from "./session.ts";
import { recordFailure, resetThrottle, throttleWait } from "./throttle.ts";
import { consumeTotp } from "./totp.ts";
import { canSignIn, findUserById, findUserByLookup, updateUser } from "./user.repository.ts";
import {
  verifyWebauthnAssertion,
  webauthnAuthenticationOptions,
  type RelyingParty,
} from "./webauthn.ts";

/** How long the step between password and second factor may take. */
export const LOGIN_TICKET_MS = 5 * 60 * 1000;

/** The outcome of a sign-in step; "failed" never says whether the account exists. */
export type LoginStep =
  | { status: "second_factor_required"; ticket: string }
  | { status: "failed" }
  | { status: "throttled"; retryAfterSeconds: number };

/** A finished sign-in: the new session's token (for the cookie, shown nowhere else). */
export type LoginResult =
  | { status: "signed_in"; token: string; session: SessionInfo; actor: StaffActor }
  | { status: "failed" }
  | { status: "throttled"; retryAfterSeconds: number };

/** The outcome of a step-up attempt. */
export type StepUpResult =
  | { status: "stepped_up" }
  | { status: "failed" }
  | { status: "throttled"; retryAfterSeconds: number };

/** A ticket proving the password was right for a user until `exp`; MACed, so it cannot be forged. */
function issueTicket(keys: VaultKeys, userId: string, now: Date): string {
  const body = Buffer.from(
    JSON.stringify({ u: userId, exp: now.getTime() + LOGIN_TICKET_MS }),
  ).toString("base64url");
  return `${body}.${pepperHash(keys, "login-ticket", body)}`;
}

/** The user a ticket names, or null when it is forged, malformed or expired. */
function readTicket(keys: VaultKeys, ticket: string, now: Date): string | null {
  const [body, mac, extra] = ticket.split(".");
  if (!body || !mac || extra !== undefined) return null;
  if (!safeEqual(mac, pepperHash(keys, "login-ticket", body))) return null;
  try {
    const t = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    return typeof t.u === "string" && typeof t.exp === "number" && now.getTime() < t.exp
      ? t.u
      : null;
  } catch {
    return null;
  }
}

/** Counts a failure against an account key and audits it, in one transaction. */
async function fail(db: Db, key: string, userId: string | null, action: string, now: Date) {
  await inTransaction(db, async (trx) => {
    await recordFailure(trx, key, now);
    await appendAudit(trx, {
      actor: SYSTEM_ACTOR,
      action,
      recordType: userId ? "user" : null,
      recordId: userId,
      at: now.toISOString(),
    });
  });
  return { status: "failed" } as const;
}

/**
 * First step of sign-in: checks the password. Never yields a session — only a short-lived ticket
 * for the second factor. Unknown, disabled and unenrolled accounts cost the same argon2 work and
 * answer the same "failed"; throttling is per account key, which unknown e-mails have as well.
 */
export async function verifyLogin(props: {
  db: Db;
  keys: VaultKeys;
  email: string;
  password: string;
  now: Date;
}): Promise<LoginStep> {
  const { db, keys, now } = props;
  const key = emailLookup(keys, props.email);
  const wait = await throttleWait(db, key, now);
  if (wait > 0) return { status: "throttled", retryAfterSeconds: wait };
  const row = await findUserByLookup(db, key);
  // Exactly one argon2 verification whatever the account's state.
  const stored = row?.password_hash ?? null;
  const matches = stored
    ? await verifyPassword(stored, props.password)
    : await verifyDummyPassword(props.password);
  if (!matches || !canSignIn(row)) return fail(db, key, row?.id ?? null, "login.failed", now);
  // Hashes made with weaker parameters are upgraded while the password is at hand.
  if (needsRehash(row.password_hash))
    await updateUser(db, row.id, { password_hash: await hashPassword(props.password) }, now);
  // Failures are not forgotten yet: only a complete sign-in resets them, or a known password
  // would let an attacker guess second-factor codes without delay.
  return { status: "second_factor_required", ticket: issueTicket(keys, row.id, now) };
}

/** A second factor as entered: a TOTP or recovery code, or a WebAuthn assertion (exactly one). */
export interface SecondFactorInput {
  code?: string;
  webauthn?: AuthenticationResponseJSON;
}

/** Checks a WebAuthn assertion, a TOTP code, or else a recovery code; each works once. */
async function checkSecondFactor(
  db: Db,
  keys: VaultKeys,
  userId: string,
  input: SecondFactorInput,
  purpose: "login" | "step_up",
  now: Date,
  rp?: RelyingParty,
) {
  if (input.webauthn !== undefined) {
    if (input.code !== undefined) return null;
    const ok = await verifyWebauthnAssertion(db, userId, input.webauthn, purpose, now, rp);
    return ok ? "webauthn" : null;
  }
  const code = input.code ?? "";
  if (/^\s*\d{3}\s?\d{3}\s*$/.test(code)) {
    return (await consumeTotp(db, keys, userId, code, now)) ? "totp" : null;
  }
  return (await consumeRecoveryCode(db, keys, userId, code, now)) ? "recovery_code" : null;
}

/**
 * WebAuthn options (a fresh single-use challenge and the account's keys) for a valid ticket, or
 * null when the ticket is forged or expired or the account may not sign in.
 */
export async function beginWebauthnLogin(props: {
  db: Db;
  keys: VaultKeys;
  ticket: string;
  now: Date;
  rp?: RelyingParty;
}): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const userId = readTicket(props.keys, props.ticket, props.now);
  const row = userId ? await findUserById(props.db, userId) : undefined;
  if (!canSignIn(row)) return null;
  return webauthnAuthenticationOptions({
    db: props.db,
    userId: row.id,
    purpose: "login",
    now: props.now,
    rp: props.rp,
  });
}

/**
 * Second step: checks the second factor (a code, or a WebAuthn assertion) for a ticket and
 * creates a fresh session (rotation: the caller drops any earlier cookie). Wrong codes and
 * assertions count against the same per-account throttle.
 */
export async function completeLogin(props: {
  db: Db;
  keys: VaultKeys;
  ticket: string;
  code?: string;
  webauthn?: AuthenticationResponseJSON;
  now: Date;
  userAgentFamily?: string;
  limits?: { idleMinutes?: number; absoluteHours?: number };
  rp?: RelyingParty;
}): Promise<LoginResult> {
  const { db, keys, now } = props;
  const userId = readTicket(keys, props.ticket, now);
  const row = userId ? await findUserById(db, userId) : undefined;
  if (!canSignIn(row)) return { status: "failed" };
  const wait = await throttleWait(db, row.email_lookup, now);
  if (wait > 0) return { status: "throttled", retryAfterSeconds: wait };
  const actor = staffActor({ id: row.id, orgId: row.org_id, role: row.role });
  const signedIn = await inTransaction(db, async (trx) => {
    const factor = await checkSecondFactor(trx, keys, row.id, props, "login", now, props.rp);
    if (!factor) return null;
    await resetThrottle(trx, row.email_lookup);
    if (factor === "recovery_code") {
      await appendAudit(trx, {
        actor,
        action: "user.recovery_code_use",
        recordType: "user",
        recordId: row.id,
        at: now.toISOString(),
      });
    }
    const user = { id: row.id, orgId: row.org_id, role: row.role };
    const created = await createSession(
      trx,
      { user, now, userAgentFamily: props.userAgentFamily },
      sessionLimits(props.limits),
    );
    return { status: "signed_in" as const, ...created, actor };
  });
  return signedIn ?? fail(db, row.email_lookup, row.id, "login.second_factor_failed", now);
}

/**
 * Step-up: the signed-in user enters a second factor again before a sensitive action (for a
 * WebAuthn assertion, options come from webauthnAuthenticationOptions, purpose "step_up").
 * Wrong codes are throttled like sign-in failures; a reused code fails.
 */
export async function stepUp(props: {
  db: Db;
  keys: VaultKeys;
  actor: StaffActor;
  sessionId: string;
  code?: string;
  webauthn?: AuthenticationResponseJSON;
  now: Date;
  rp?: RelyingParty;
}): Promise<StepUpResult> {
  const { db, keys, actor, now } = props;
  const row = await findUserById(db, actor.id);
  if (!canSignIn(row)) return { status: "failed" };
  const wait = await throttleWait(db, row.email_lookup, now);
  if (wait > 0) return { status: "throttled", retryAfterSeconds: wait };
  const ok = await inTransaction(db, async (trx) => {
    if (!(await checkSecondFactor(trx, keys, actor.id, props, "step_up", now, props.rp)))
      return false;
    await markStepUp(trx, { actor, sessionId: props.sessionId, now });
    return true;
  });
  if (!ok) return fail(db, row.email_lookup, row.id, "session.step_up_failed", now);
  return { status: "stepped_up" };
}
