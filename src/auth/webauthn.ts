import { randomBytes } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { appendAudit } from "../audit/audit.repository.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { hashToken } from "./auth-crypto.ts";
import { inTransaction, type Db, type StaffActor } from "./auth.types.ts";
import { findUserById } from "./user.repository.ts";

/** How long a WebAuthn challenge may be answered; each is answered at most once. */
export const WEBAUTHN_CHALLENGE_MS = 5 * 60 * 1000;

/** What a challenge was issued for: one purpose's challenge does not serve another. */
export type WebauthnPurpose = "register" | "login" | "step_up";

/** The relying party: the site's origin and the RP ID (its host) credentials are bound to. */
export interface RelyingParty {
  rpID: string;
  rpName: string;
  origin: string;
}

/** Reads TNR_PUBLIC_URL (default http://localhost:8080): origin and rpID come from it. */
export function relyingParty(env: NodeJS.ProcessEnv = process.env): RelyingParty {
  const url = new URL(env.TNR_PUBLIC_URL || "http://localhost:8080");
  return { rpID: url.hostname, rpName: "TNR Monitor", origin: url.origin };
}

/** A registered security key or passkey as the account pages show it. */
export interface WebauthnCredentialInfo {
  id: string;
  name: string | null;
  transports: string[];
  createdAt: string;
  lastUsedAt: string | null;
}

const TRANSPORTS = new Set(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]);
/** ES256, EdDSA, RS256: what browsers and security keys offer. */
const ALGORITHMS = [-7, -8, -257];

/**
 * Stores a fresh 256-bit challenge (its base64url form, hashed) for a user and purpose and sweeps
 * expired ones. Returns the raw bytes: the library base64url-encodes a string challenge again.
 */
async function issueChallenge(db: Db, userId: string, purpose: WebauthnPurpose, now: Date) {
  const bytes = randomBytes(32);
  const challenge = bytes.toString("base64url");
  await db.deleteFrom("webauthn_challenges").where("expires_at", "<=", now.toISOString()).execute();
  await db
    .insertInto("webauthn_challenges")
    .values({
      challenge_hash: hashToken(challenge),
      user_id: userId,
      purpose,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + WEBAUTHN_CHALLENGE_MS).toISOString(),
    })
    .execute();
  return new Uint8Array(bytes);
}

/**
 * Uses up a challenge: true only when it was issued to this user for this purpose and has not
 * expired. One delete statement decides, so of two requests racing with it only one succeeds.
 */
async function consumeChallenge(
  db: Db,
  userId: string,
  purpose: WebauthnPurpose,
  challenge: string,
  now: Date,
): Promise<boolean> {
  const r = await db
    .deleteFrom("webauthn_challenges")
    .where("challenge_hash", "=", hashToken(challenge))
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The challenge a response answers (from its clientDataJSON), or null when malformed. */
function answeredChallenge(response: unknown): string | null {
  try {
    const encoded = (response as { response?: { clientDataJSON?: unknown } })?.response
      ?.clientDataJSON;
    if (typeof encoded !== "string") return null;
    const data = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
    return typeof data?.challenge === "string" && data.challenge.length <= 200
      ? data.challenge
      : null;
  } catch {
    return null;
  }
}

/** A user's credentials, oldest first. */
export async function listWebauthnCredentials(
  db: Db,
  userId: string,
): Promise<WebauthnCredentialInfo[]> {
  const rows = await db
    .selectFrom("user_webauthn_credentials")
    .select(["id", "name", "transports", "created_at", "last_used_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r: any) => ({
    id: r.id,
    name: r.name,
    transports: JSON.parse(r.transports),
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

/**
 * Options for navigator.credentials.create() for the signed-in user's own account. The user
 * handle is the account id and the user name a neutral label, so a seized key does not carry the
 * staff member's e-mail; resident keys are discouraged (this is a second factor, not a login).
 */
export async function beginWebauthnRegistration(props: {
  db: Db;
  actor: StaffActor;
  now: Date;
  label?: string;
  rp?: RelyingParty;
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { db, actor, now } = props;
  const rp = props.rp ?? relyingParty();
  const existing = await listWebauthnCredentials(db, actor.id);
  const challenge = await issueChallenge(db, actor.id, "register", now);
  return generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: props.label ?? "TNR Monitor staff",
    userID: new Uint8Array(Buffer.from(actor.id, "utf8")),
    challenge,
    timeout: WEBAUTHN_CHALLENGE_MS,
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({
      id: c.id,
      transports: c.transports,
    })),
    authenticatorSelection: { residentKey: "discouraged", userVerification: "preferred" },
    supportedAlgorithmIDs: ALGORITHMS,
  });
}

/**
 * Checks a registration response against the user's pending challenge (used up either way) and
 * stores the credential: id, COSE public key, counter, transports. Audited in the same
 * transaction. Throws ValidationError when the response does not verify.
 */
export async function finishWebauthnRegistration(props: {
  db: Db;
  actor: StaffActor;
  response: RegistrationResponseJSON;
  now: Date;
  name?: string;
  rp?: RelyingParty;
}): Promise<WebauthnCredentialInfo> {
  const { db, actor, now } = props;
  const rp = props.rp ?? relyingParty();
  const challenge = answeredChallenge(props.response);
  const stored = await inTransaction(db, async (trx) => {
    if (!challenge || !(await consumeChallenge(trx, actor.id, "register", challenge, now)))
      return null;
    let info;
    try {
      const verified = await verifyRegistrationResponse({
        response: props.response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.rpID,
        requireUserVerification: false,
        supportedAlgorithmIDs: ALGORITHMS,
      });
      if (!verified.verified) return null;
      info = verified.registrationInfo;
    } catch {
      return null;
    }
    const { credential } = info;
    const taken = await trx
      .selectFrom("user_webauthn_credentials")
      .select("id")
      .where("id", "=", credential.id)
      .executeTakeFirst();
    if (taken) return null;
    const transports = (credential.transports ?? [])
      .filter((t) => TRANSPORTS.has(t))
      .slice(0, TRANSPORTS.size);
    const at = now.toISOString();
    const name = props.name?.trim().slice(0, 60) || null;
    await trx
      .insertInto("user_webauthn_credentials")
      .values({
        id: credential.id,
        user_id: actor.id,
        public_key: Buffer.from(credential.publicKey).toString("base64url"),
        counter: credential.counter,
        transports: JSON.stringify(transports),
        name,
        created_at: at,
        last_used_at: null,
      })
      .execute();
    await appendAudit(trx, {
      actor,
      action: "user.webauthn_register",
      recordType: "user",
      recordId: actor.id,
      fields: ["webauthn_credentials"],
      at,
    });
    return { id: credential.id, name, transports, createdAt: at, lastUsedAt: null };
  });
  if (!stored) throw new ValidationError([{ path: "webauthn", message: "webauthn_invalid" }]);
  return stored;
}

/**
 * Removes a credential: the owner may, and an admin of the owner's organisation (a lost key).
 * Anything else answers like a missing credential. Audited in the same transaction.
 */
export async function removeWebauthnCredential(props: {
  db: Db;
  actor: StaffActor;
  userId: string;
  credentialId: string;
  now: Date;
}): Promise<void> {
  const { actor, now } = props;
  await inTransaction(props.db, async (trx) => {
    const owner = await findUserById(trx, props.userId);
    const allowed =
      !!owner &&
      (actor.id === owner.id || (actor.role === "admin" && actor.orgId === owner.org_id));
    const r = allowed
      ? await trx
          .deleteFrom("user_webauthn_credentials")
          .where("id", "=", props.credentialId)
          .where("user_id", "=", props.userId)
          .executeTakeFirst()
      : undefined;
    if (!r || Number(r.numDeletedRows) !== 1) throw new NotFoundError("webauthn credential");
    await appendAudit(trx, {
      actor,
      action: "user.webauthn_remove",
      recordType: "user",
      recordId: props.userId,
      fields: ["webauthn_credentials"],
      at: now.toISOString(),
    });
  });
}

/** Options for navigator.credentials.get(): the user's credentials, user verification preferred. */
export async function webauthnAuthenticationOptions(props: {
  db: Db;
  userId: string;
  purpose: Exclude<WebauthnPurpose, "register">;
  now: Date;
  rp?: RelyingParty;
}): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const rp = props.rp ?? relyingParty();
  const credentials = await listWebauthnCredentials(props.db, props.userId);
  const challenge = await issueChallenge(props.db, props.userId, props.purpose, props.now);
  return generateAuthenticationOptions({
    rpID: rp.rpID,
    challenge,
    timeout: WEBAUTHN_CHALLENGE_MS,
    userVerification: "preferred",
    allowCredentials: credentials.map((c) => ({
      id: c.id,
      transports: c.transports,
    })),
  });
}

/**
 * Checks an assertion as a second factor: the challenge must be pending for this user and
 * purpose (it is used up, even when the rest fails), the credential must be this user's, origin,
 * RP ID and signature must verify, and the counter must move forward. A correctly signed
 * assertion whose counter does not (a cloned authenticator) is refused and audited. Call it in
 * a transaction that commits on `false` too, so a failed attempt still uses up its challenge.
 */
export async function verifyWebauthnAssertion(
  db: Db,
  userId: string,
  response: AuthenticationResponseJSON,
  purpose: Exclude<WebauthnPurpose, "register">,
  now: Date,
  rp: RelyingParty = relyingParty(),
): Promise<boolean> {
  const challenge = answeredChallenge(response);
  if (!challenge || !(await consumeChallenge(db, userId, purpose, challenge, now))) return false;
  const credentialId = typeof response?.id === "string" ? response.id : "";
  const row = await db
    .selectFrom("user_webauthn_credentials")
    .select(["id", "public_key", "counter", "transports"])
    .where("id", "=", credentialId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return false;
  const storedCounter = Number(row.counter);
  let newCounter: number;
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      // The library's own counter check runs before the signature check; with 0 here it is
      // skipped and done below, once the signature is known to be genuine.
      credential: {
        id: row.id,
        publicKey: new Uint8Array(Buffer.from(row.public_key, "base64url")),
        counter: 0,
        transports: JSON.parse(row.transports),
      },
      requireUserVerification: false,
    });
    if (!verified.verified) return false;
    newCounter = verified.authenticationInfo.newCounter;
  } catch {
    return false;
  }
  // Counters may stay at 0 for authenticators that keep none; otherwise they must increase.
  if ((newCounter > 0 || storedCounter > 0) && newCounter <= storedCounter) {
    await appendAudit(db, {
      actor: { kind: "user", id: userId },
      action: "user.webauthn_counter_regressed",
      recordType: "user",
      recordId: userId,
      fields: ["webauthn_credentials"],
      at: now.toISOString(),
    });
    return false;
  }
  // Conditional on the counter read: of two assertions racing, only one moves it.
  const r = await db
    .updateTable("user_webauthn_credentials")
    .set({ counter: newCounter, last_used_at: now.toISOString() })
    .where("id", "=", row.id)
    .where("user_id", "=", userId)
    .where("counter", "=", row.counter)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
