import {
  createApiToken,
  findApiToken,
  listApiTokens,
  revokeApiToken,
} from "../../auth/api-token.ts";
import { ROLES, type Role } from "../../auth/auth.types.ts";
import { createUser } from "../../auth/enrolment.ts";
import { createGrant, revokeGrant } from "../../auth/grant.repository.ts";
import { GRANT_LEVELS, type GrantLevel } from "../../auth/policy.ts";
import { disableUser } from "../../auth/user.commands.ts";
import { findUserByEmail, listUsers, toAuthUser } from "../../auth/user.repository.ts";
import type { Config } from "../../config.ts";
import { AppError, NotFoundError, ValidationError } from "../../errors.ts";
import { organisationSpec } from "../../organisations/organisation.schema.ts";
import { saveNewRecord } from "../../records/record.commands.ts";
import { listRecords, type Db } from "../../records/record.repository.ts";
import { CLI_ACTOR, type DomainRecord } from "../../records/record.types.ts";
import type { VaultKeys } from "../../keyring/installation.ts";
import { openUnsealed } from "../vault-session.ts";

/** The options the administrators' commands read (parsed once, in main.ts). */
export interface AdminOptions {
  name?: string;
  state?: string;
  org?: string;
  role?: string;
  email?: string;
  user?: string;
  expires?: string;
  incident?: string;
  level?: string;
}

const USAGE = {
  org: "Usage: tnr org add SLUG --name NAME [--state XX] | tnr org list",
  user: "Usage: tnr user add --org SLUG --role ROLE --email E | tnr user list [--org SLUG] | tnr user disable EMAIL",
  token:
    "Usage: tnr token create --user EMAIL [--expires 30d] [--name LABEL] | tnr token list --user EMAIL | tnr token revoke ID",
  grant:
    "Usage: tnr grant --incident ID (--user EMAIL | --org SLUG) --level read|write|read_identities | tnr grant revoke GRANT_ID",
};

/** What the core's validation codes mean to an administrator at a terminal. */
const EXPLAIN: Record<string, string> = {
  email_invalid: "That is not an e-mail address.",
  email_taken: "That e-mail address already has an account.",
  role_invalid: `The role must be one of: ${ROLES.join(", ")}.`,
  user_not_active: "That account is disabled: it cannot get an API token.",
  token_lifetime_invalid: "--expires takes a number of days from 1d to 365d, e.g. 30d.",
  token_name_invalid: "--name takes a label of 1 to 100 characters.",
  grant_level_invalid: `--level must be one of: ${GRANT_LEVELS.join(", ")}.`,
  grantee_unknown: "The grantee does not exist.",
};

const fail = (message: string) => new AppError("invalid_input", message);
const plural = (n: number, one: string, other: string) =>
  `${n} ${new Intl.PluralRules("en").select(n) === "one" ? one : other}`;

/** Runs a core call, turning its validation codes into sentences (never a stack trace). */
async function explained<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw fail(e.issues.map((i) => EXPLAIN[i.message] ?? `${i.path} ${i.message}`).join(" "));
  }
}

/** Prints rows as aligned columns under a header. */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows])
    console.log(r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join("  "));
}

/** Opens the vault for one command and always closes it. */
async function withVault(
  config: Config,
  fn: (db: Db, keys: VaultKeys) => Promise<number>,
): Promise<number> {
  const s = await openUnsealed(config);
  try {
    return await fn(s.db, s.keys);
  } finally {
    await s.close();
  }
}

const memberOrgs = async (db: Db, keys: VaultKeys) =>
  (await listRecords(db, keys, organisationSpec)).filter((o) => o.is_member === true && o.slug);

async function orgBySlug(db: Db, keys: VaultKeys, slug: string): Promise<DomainRecord> {
  const [org] = await listRecords(db, keys, organisationSpec, { where: { slug } });
  if (!org || org.is_member !== true)
    throw fail(`No member organisation has the slug "${slug}" (see tnr org list).`);
  return org;
}

async function userByEmail(db: Db, keys: VaultKeys, email: string) {
  const row = await findUserByEmail(db, keys, email);
  if (!row) throw fail(`No account has the e-mail address ${email} (see tnr user list).`);
  return toAuthUser(keys, row);
}

const required = (value: string | undefined, option: string, usage: string): string => {
  if (!value?.trim()) throw fail(`${option} is required. ${usage}`);
  return value.trim();
};

/** `tnr org add SLUG --name NAME [--state XX]` and `tnr org list`. */
export async function orgCommand(config: Config, args: string[], o: AdminOptions) {
  const [sub, slug] = args;
  if (sub === "list")
    return withVault(config, async (db, keys) => {
      const orgs = await memberOrgs(db, keys);
      if (!orgs.length) console.log("No member organisations yet: add one with tnr org add.");
      else {
        const rows = [];
        for (const org of orgs)
          rows.push([
            String(org.slug),
            String(org.name),
            String((await listUsers(db, keys, org.id)).length),
          ]);
        printTable(["slug", "name", "users"], rows);
      }
      return 0;
    });
  if (sub !== "add" || !slug) throw fail(USAGE.org);
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug))
    throw fail(
      "The slug takes 2 to 63 lower-case letters, digits and hyphens (e.g. rights-centre).",
    );
  const name = required(o.name, "--name", USAGE.org);
  const state = o.state?.trim().toUpperCase() || null;
  if (state !== null && !/^[A-Z]{2}$/.test(state))
    throw fail("--state takes a two-letter country code, e.g. GE.");
  return withVault(config, async (db, keys) => {
    const org = await db.transaction().execute(async (trx) => {
      if ((await listRecords(trx, keys, organisationSpec, { where: { slug } })).length)
        throw fail(`An organisation with the slug "${slug}" already exists.`);
      const data = { slug, name, kind: "ngo", state, is_member: true, website: null };
      return explained(
        saveNewRecord({ db: trx, keys, actor: CLI_ACTOR, spec: organisationSpec, data }),
      );
    });
    console.log(`Added member organisation ${slug} (${name}), id ${org.id}.`);
    return 0;
  });
}

/** `tnr user add|list|disable`. */
export async function userCommand(config: Config, args: string[], o: AdminOptions) {
  const [sub, email] = args;
  if (sub === "add") {
    const slug = required(o.org, "--org", USAGE.user);
    const role = required(o.role, "--role", USAGE.user);
    const address = required(o.email, "--email", USAGE.user);
    if (!ROLES.includes(role as Role)) throw fail(EXPLAIN.role_invalid!);
    const base = (process.env.TNR_PUBLIC_URL || "http://localhost:8080").replace(/\/+$/, "");
    if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(base))
      throw fail("TNR_PUBLIC_URL must be an http(s) address, e.g. https://tnr.example.org.");
    return withVault(config, async (db, keys) => {
      const org = await orgBySlug(db, keys, slug);
      const r = await explained(
        createUser({
          db,
          keys,
          actor: CLI_ACTOR,
          orgId: org.id,
          email: address,
          role: role as Role,
          now: new Date(),
        }),
      );
      console.log(`Created ${r.user.role} ${r.user.email} in ${slug}. One-time enrolment link:`);
      console.log(`${base}/staff/enrol/${r.token}`);
      console.log(
        `It expires in 24 hours (${r.expiresAt}); send it to them over a trusted channel.`,
      );
      return 0;
    });
  }
  if (sub === "list")
    return withVault(config, async (db, keys) => {
      const orgs = o.org ? [await orgBySlug(db, keys, o.org)] : await memberOrgs(db, keys);
      const rows: string[][] = [];
      for (const org of orgs)
        for (const u of await listUsers(db, keys, org.id))
          rows.push([
            u.email,
            String(org.slug),
            u.role,
            u.status,
            u.enrolled ? "enrolled" : "not enrolled",
          ]);
      if (!rows.length) console.log("No accounts yet: add one with tnr user add.");
      else printTable(["e-mail", "organisation", "role", "status", "enrolment"], rows);
      return 0;
    });
  if (sub !== "disable" || !email) throw fail(USAGE.user);
  return withVault(config, async (db, keys) => {
    const user = await userByEmail(db, keys, email);
    const r = await disableUser({ db, actor: CLI_ACTOR, userId: user.id, now: new Date() });
    console.log(
      `Disabled ${user.email}${user.status === "disabled" ? " (it already was)" : ""}: ${plural(r.sessionsEnded, "session", "sessions")} ended, ${plural(r.tokensRevoked, "API token", "API tokens")} revoked.`,
    );
    return 0;
  });
}

/** Reads `--expires` as whole days: 7d, 30d, 365d. */
function expiryDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,3})d$/.exec(value.trim());
  const days = m ? Number(m[1]) : NaN;
  if (!(days >= 1 && days <= 365)) throw fail(EXPLAIN.token_lifetime_invalid!);
  return days;
}

/** `tnr token create|list|revoke`. */
export async function tokenCommand(config: Config, args: string[], o: AdminOptions) {
  const [sub, id] = args;
  if (sub === "create") {
    const email = required(o.user, "--user", USAGE.token);
    const days = expiryDays(o.expires);
    return withVault(config, async (db, keys) => {
      const user = await userByEmail(db, keys, email);
      if (user.status !== "active") throw fail(EXPLAIN.user_not_active!);
      // The API accepts tokens of enrolled users only; one made earlier would silently not work.
      if (!user.enrolled)
        throw fail(`${user.email} has not finished enrolment: create the token after they have.`);
      const now = new Date();
      const name = o.name ?? `tnr token create ${now.toISOString().slice(0, 10)}`;
      const { token, info } = await explained(
        createApiToken({ db, actor: CLI_ACTOR, userId: user.id, name, now, expiresInDays: days }),
      );
      console.log(`API token for ${user.email}, id ${info.id}, expires ${info.expiresAt}:`);
      console.log(token);
      console.log("It is shown only now and cannot be recovered: store it in a secret store.");
      return 0;
    });
  }
  if (sub === "list") {
    const email = required(o.user, "--user", USAGE.token);
    return withVault(config, async (db, keys) => {
      const user = await userByEmail(db, keys, email);
      const now = new Date().toISOString();
      const tokens = await listApiTokens(db, user.id);
      if (!tokens.length) console.log(`${user.email} has no API tokens.`);
      else
        printTable(
          ["id", "name", "created", "expires", "state"],
          tokens.map((t) => [
            t.id,
            t.name,
            t.createdAt,
            t.expiresAt,
            t.revokedAt ? "revoked" : t.expiresAt <= now ? "expired" : "active",
          ]),
        );
      return 0;
    });
  }
  if (sub !== "revoke" || !id) throw fail(USAGE.token);
  return withVault(config, async (db) => {
    const info = await findApiToken(db, id);
    if (!info) throw fail(`No API token has the id ${id} (see tnr token list --user EMAIL).`);
    const done = await revokeApiToken({
      db,
      actor: CLI_ACTOR,
      userId: info.userId,
      tokenId: id,
      now: new Date(),
    });
    if (!done) throw fail(`The API token ${id} was already revoked.`);
    console.log(`Revoked the API token ${id} (${info.name}).`);
    return 0;
  });
}

/** `tnr grant --incident ID (--user EMAIL | --org SLUG) --level LEVEL` and `tnr grant revoke ID`. */
export async function grantCommand(config: Config, args: string[], o: AdminOptions) {
  const [sub, id] = args;
  if (sub === "revoke") {
    if (!id) throw fail(USAGE.grant);
    return withVault(config, async (db) => {
      if (!(await revokeGrant({ db, actor: CLI_ACTOR, grantId: id, now: new Date() })))
        throw fail(`No live grant has the id ${id}.`);
      console.log(`Revoked the grant ${id}.`);
      return 0;
    });
  }
  if (sub !== undefined) throw fail(USAGE.grant);
  const incidentId = required(o.incident, "--incident", USAGE.grant);
  const level = required(o.level, "--level", USAGE.grant);
  if (!GRANT_LEVELS.includes(level as GrantLevel)) throw fail(EXPLAIN.grant_level_invalid!);
  if (!o.user === !o.org) throw fail(`Give exactly one of --user and --org. ${USAGE.grant}`);
  return withVault(config, async (db, keys) => {
    const grantee = o.user
      ? { userId: (await userByEmail(db, keys, o.user)).id }
      : { orgId: (await orgBySlug(db, keys, o.org!)).id };
    const grant = await explained(
      createGrant({
        db,
        actor: CLI_ACTOR,
        incidentId,
        grantee,
        level: level as GrantLevel,
        now: new Date(),
      }),
    ).catch((e: unknown) => {
      throw e instanceof NotFoundError ? fail(`No incident has the id ${incidentId}.`) : e;
    });
    console.log(
      `Shared incident ${incidentId} at level ${level} with ${o.user ?? `organisation ${o.org}`}. Grant id ${grant.id} (tnr grant revoke ${grant.id}).`,
    );
    return 0;
  });
}
