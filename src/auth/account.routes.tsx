import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { UnauthorisedError, ValidationError } from "../errors.ts";
import { t } from "../i18n/i18n.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStaff, requireStepUp, sendHtml } from "../server/staff-context.ts";
import type { FieldError } from "../server/views/components.tsx";
import { accountPage, type AccountData } from "./account.views.tsx";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-token.ts";
import { field } from "./auth.routes.tsx";
import { inTransaction } from "./auth.types.ts";
import { recoveryCodesPage } from "./auth.views.tsx";
import { remainingRecoveryCodes, replaceRecoveryCodes } from "./recovery-codes.ts";
import { listSessions, revokeAllSessions, revokeSession } from "./session.ts";
import { appendAudit } from "../audit/audit.repository.ts";
import {
  beginWebauthnRegistration,
  finishWebauthnRegistration,
  listWebauthnCredentials,
  removeWebauthnCredential,
} from "./webauthn.ts";

const NOTICES = {
  revoked: "account.sessions.revoked",
  key: "account.keys.added",
  removed: "account.keys.removed",
} as const;

/** The signed-in user's own account: sessions, security keys, recovery codes, API tokens. */
export function registerAccountRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();

  const show = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<AccountData> = {},
    status = 200,
  ) => {
    const actor = requireStaff(req);
    const now = deps.now();
    const [sessions, keys, recoveryLeft, tokens] = await Promise.all([
      listSessions(db(), actor.id, now, deps.limits),
      listWebauthnCredentials(db(), actor.id),
      remainingRecoveryCodes(db(), actor.id),
      listApiTokens(db(), actor.id),
    ]);
    const data: AccountData = {
      sessions,
      currentSessionId: req.staffSession?.id ?? null,
      keys,
      recoveryLeft,
      tokens,
      ...extra,
    };
    return sendHtml(reply, accountPage(pageContext(deps, req, reply), data), status);
  };

  app.get<{ Querystring: { done?: string; added?: string } }>(
    "/staff/account",
    async (req, reply) => {
      const key = NOTICES[(req.query.done ?? req.query.added) as keyof typeof NOTICES];
      return show(req, reply, key ? { notice: t(req.lang, key) } : {});
    },
  );

  app.post<{ Params: { id: string } }>("/staff/account/sessions/:id/revoke", async (req, reply) => {
    const actor = requireStaff(req);
    await revokeSession(db(), {
      actor,
      userId: actor.id,
      sessionId: req.params.id,
      now: deps.now(),
    });
    if (req.params.id === req.staffSession?.id)
      return reply.redirect("/staff/login?signed_out=1", 303);
    return reply.redirect("/staff/account?done=revoked", 303);
  });

  app.post("/staff/account/sessions/revoke-others", async (req, reply) => {
    const actor = requireStaff(req);
    await revokeAllSessions(
      db(),
      { actor, userId: actor.id, now: deps.now() },
      req.staffSession?.id,
    );
    return reply.redirect("/staff/account?done=revoked", 303);
  });

  app.post("/staff/account/keys/options", async (req) => {
    const actor = requireStaff(req);
    return beginWebauthnRegistration({ db: db(), actor, now: deps.now(), rp: deps.rp });
  });

  app.post("/staff/account/keys", async (req) => {
    const actor = requireStaff(req);
    const body = req.body as Record<string, unknown> | undefined;
    const response = body?.response as RegistrationResponseJSON | undefined;
    if (!response || typeof response !== "object") throw new UnauthorisedError();
    const stored = await finishWebauthnRegistration({
      db: db(),
      actor,
      response,
      now: deps.now(),
      name: field(body, "name") || undefined,
      rp: deps.rp,
    });
    if (!stored) throw new ValidationError([{ path: "response", message: "webauthn_invalid" }]);
    return { redirect: "/staff/account?added=key" };
  });

  app.post<{ Params: { id: string } }>("/staff/account/keys/:id/remove", async (req, reply) => {
    const actor = requireStaff(req);
    await removeWebauthnCredential({
      db: db(),
      actor,
      userId: actor.id,
      credentialId: req.params.id,
      now: deps.now(),
    });
    return reply.redirect("/staff/account?done=removed", 303);
  });

  app.post("/staff/account/recovery-codes", async (req, reply) => {
    const now = deps.now();
    const actor = requireStepUp(req, now);
    const codes = await inTransaction(db(), async (trx) => {
      const fresh = await replaceRecoveryCodes(trx, deps.vault.keys(), actor.id, now);
      await appendAudit(trx, {
        actor,
        action: "user.recovery_codes_replace",
        recordType: "user",
        recordId: actor.id,
        fields: ["recovery_codes"],
        at: now.toISOString(),
      });
      return fresh;
    });
    return sendHtml(
      reply,
      recoveryCodesPage(pageContext(deps, req, reply), codes, "/staff/account"),
    );
  });

  app.post("/staff/account/tokens", async (req, reply) => {
    const actor = requireStaff(req);
    const name = field(req.body, "name").trim();
    const daysText = field(req.body, "days").trim() || "30";
    const days = Number(daysText);
    const errors: FieldError[] = [];
    if (!name || name.length > 80)
      errors.push({ field: "name", message: t(req.lang, "account.tokens.missing_name") });
    if (!/^\d{1,3}$/.test(daysText) || days < 1 || days > 365)
      errors.push({ field: "days", message: t(req.lang, "account.tokens.bad_days") });
    if (errors.length) return show(req, reply, { errors }, 422);
    const created = await createApiToken({
      db: db(),
      actor,
      userId: actor.id,
      name,
      now: deps.now(),
      expiresInDays: days,
    });
    return show(req, reply, { newToken: created.token });
  });

  app.post<{ Params: { id: string } }>("/staff/account/tokens/:id/revoke", async (req, reply) => {
    const actor = requireStaff(req);
    await revokeApiToken({
      db: db(),
      actor,
      userId: actor.id,
      tokenId: req.params.id,
      now: deps.now(),
    });
    return reply.redirect("/staff/account#tokens", 303);
  });
}
