import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import QRCode from "qrcode";
import { DEMO_PASSWORD, demoStaffCodes } from "../demo/demo-staff.ts";
import { NotFoundError, ThrottledError, UnauthorisedError, ValidationError } from "../errors.ts";
import { t, type MessageKey } from "../i18n/i18n.ts";
import { pageContext, safeNext, type ServerDeps } from "../server/server-deps.ts";
import { cookieOptions, requireStaff, sendHtml } from "../server/staff-context.ts";
import type { FieldError } from "../server/views/components.tsx";
import {
  enrolExpiredPage,
  enrolPage,
  loginPage,
  recoveryCodesPage,
  secondFactorPage,
  stepUpPage,
} from "./auth.views.tsx";
import { beginEnrolment, completeEnrolment } from "./enrolment.ts";
import { beginWebauthnLogin, completeLogin, stepUp, verifyLogin } from "./login.ts";
import { revokeSession } from "./session.ts";
import { webauthnAuthenticationOptions } from "./webauthn.ts";

type Form = Record<string, unknown>;

/** A form value as a trimmed string ("" when absent or not a string). */
export function field(body: unknown, name: string): string {
  const v = (body as Form | undefined)?.[name];
  return typeof v === "string" ? v : "";
}

/** The browser family only (for "where am I signed in"), never the full user-agent string. */
function userAgentFamily(req: FastifyRequest): string {
  const ua = String(req.headers["user-agent"] ?? "");
  for (const [needle, name] of [
    ["Firefox/", "Firefox"],
    ["Edg/", "Edge"],
    ["Chrome/", "Chrome"],
    ["Safari/", "Safari"],
    ["curl/", "curl"],
  ] as const) {
    if (ua.includes(needle)) return name;
  }
  return "other";
}

/** Sets the session cookie (a fresh token at every sign-in: rotation). */
function setSessionCookie(deps: ServerDeps, reply: FastifyReply, token: string): void {
  reply.setCookie(deps.cookies.session, token, cookieOptions(deps.cookies));
}

/** Turns domain validation codes into field errors in the user's language. */
function enrolErrors(req: FastifyRequest, e: ValidationError): FieldError[] {
  return e.issues.map((i) => {
    const key = (i.path === "totp" ? `totp.${i.message}` : `password.${i.message}`) as MessageKey;
    return { field: i.path === "totp" ? "totp" : "password", message: t(req.lang, key) };
  });
}

/** Sign-in, second factor, sign-out, enrolment and step-up pages. */
export function registerAuthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();
  const keys = () => deps.vault.keys();
  const ctx = (req: FastifyRequest, reply: FastifyReply) => pageContext(deps, req, reply);

  app.get<{ Querystring: Form }>("/staff/login", async (req, reply) => {
    if (req.actor) return reply.redirect(safeNext(req.query.next), 303);
    const notice = req.query.signed_out
      ? t(req.lang, "login.signed_out")
      : req.query.next
        ? t(req.lang, "login.timed_out")
        : undefined;
    const demo = deps.vault.installation?.demo
      ? (await demoStaffCodes(db(), keys(), deps.now())).map((r) => ({
          ...r,
          password: DEMO_PASSWORD,
        }))
      : undefined;
    return sendHtml(
      reply,
      loginPage(ctx(req, reply), { next: safeNext(req.query.next), notice, demo }),
    );
  });

  app.post("/staff/login", async (req, reply) => {
    const email = field(req.body, "email").trim();
    const password = field(req.body, "password");
    const next = safeNext(field(req.body, "next"));
    const errors: FieldError[] = [];
    if (!email) errors.push({ field: "email", message: t(req.lang, "login.missing_email") });
    if (!password)
      errors.push({ field: "password", message: t(req.lang, "login.missing_password") });
    if (errors.length)
      return sendHtml(reply, loginPage(ctx(req, reply), { email, next, errors }), 422);
    const step = await verifyLogin({ db: db(), keys: keys(), email, password, now: deps.now() });
    if (step.status === "second_factor_required")
      return sendHtml(reply, secondFactorPage(ctx(req, reply), { ticket: step.ticket, next }));
    const message =
      step.status === "throttled"
        ? t(req.lang, "error.throttled", { seconds: step.retryAfterSeconds })
        : t(req.lang, "login.failed");
    if (step.status === "throttled") reply.header("Retry-After", String(step.retryAfterSeconds));
    return sendHtml(
      reply,
      loginPage(ctx(req, reply), { email, next, errors: [{ field: "email", message }] }),
      step.status === "throttled" ? 429 : 401,
    );
  });

  app.post("/staff/login/code", async (req, reply) => {
    const ticket = field(req.body, "ticket");
    const next = safeNext(field(req.body, "next"));
    const code = field(req.body, "code").trim();
    if (!code) {
      const errors = [{ field: "code", message: t(req.lang, "login.second.missing_code") }];
      return sendHtml(reply, secondFactorPage(ctx(req, reply), { ticket, next, errors }), 422);
    }
    const result = await completeLogin({
      db: db(),
      keys: keys(),
      ticket,
      code,
      now: deps.now(),
      userAgentFamily: userAgentFamily(req),
      limits: deps.limitConfig,
      rp: deps.rp,
    });
    if (result.status === "signed_in") {
      setSessionCookie(deps, reply, result.token);
      return reply.redirect(next, 303);
    }
    const message =
      result.status === "throttled"
        ? t(req.lang, "error.throttled", { seconds: result.retryAfterSeconds })
        : t(req.lang, "login.failed");
    const errors = [{ field: "code", message }];
    return sendHtml(
      reply,
      secondFactorPage(ctx(req, reply), { ticket, next, errors }),
      result.status === "throttled" ? 429 : 401,
    );
  });

  app.post("/staff/login/webauthn/options", async (req) => {
    const options = await beginWebauthnLogin({
      db: db(),
      keys: keys(),
      ticket: field(req.body, "ticket"),
      now: deps.now(),
      rp: deps.rp,
    });
    if (!options) throw new UnauthorisedError();
    return options;
  });

  app.post("/staff/login/webauthn", async (req, reply) => {
    const body = req.body as Form | undefined;
    const response = body?.response as AuthenticationResponseJSON | undefined;
    if (!response || typeof response !== "object") throw new UnauthorisedError();
    const result = await completeLogin({
      db: db(),
      keys: keys(),
      ticket: field(body, "ticket"),
      webauthn: response,
      now: deps.now(),
      userAgentFamily: userAgentFamily(req),
      limits: deps.limitConfig,
      rp: deps.rp,
    });
    if (result.status === "throttled") throw new ThrottledError(result.retryAfterSeconds);
    if (result.status !== "signed_in") throw new UnauthorisedError();
    setSessionCookie(deps, reply, result.token);
    return { redirect: safeNext(field(body, "next")) };
  });

  app.post("/staff/logout", async (req, reply) => {
    if (req.actor && req.staffSession) {
      await revokeSession(db(), {
        actor: req.actor,
        userId: req.actor.id,
        sessionId: req.staffSession.id,
        now: deps.now(),
      });
    }
    reply.clearCookie(deps.cookies.session, cookieOptions(deps.cookies));
    return reply.redirect("/staff/login?signed_out=1", 303);
  });

  /** Renders the enrolment page for a live link, or the "expired" page (404). */
  const showEnrolment = async (
    req: FastifyRequest,
    reply: FastifyReply,
    token: string,
    errors?: FieldError[],
  ) => {
    try {
      const e = await beginEnrolment({ db: db(), keys: keys(), token, now: deps.now() });
      const row = await db()
        .selectFrom("enrolment_tokens")
        .select("expires_at")
        .where("user_id", "=", e.userId)
        .executeTakeFirst();
      const qrSvg = await QRCode.toString(e.uri, { type: "svg", margin: 2 });
      const page = enrolPage(ctx(req, reply), {
        token,
        email: e.email,
        expiresAt: row?.expires_at ?? deps.now().toISOString(),
        secret: e.secret,
        qrSvg,
        errors,
      });
      return sendHtml(reply, page, errors?.length ? 422 : 200);
    } catch (err) {
      if (err instanceof NotFoundError)
        return sendHtml(reply, enrolExpiredPage(ctx(req, reply)), 404);
      throw err;
    }
  };

  app.get<{ Params: { token: string } }>("/staff/enrol/:token", async (req, reply) =>
    showEnrolment(req, reply, req.params.token),
  );

  app.post<{ Params: { token: string } }>("/staff/enrol/:token", async (req, reply) => {
    const password = field(req.body, "password");
    const confirm = field(req.body, "password_confirm");
    const totpCode = field(req.body, "totp").trim();
    if (password !== confirm) {
      const errors = [{ field: "password_confirm", message: t(req.lang, "password.mismatch") }];
      return showEnrolment(req, reply, req.params.token, errors);
    }
    try {
      const done = await completeEnrolment({
        db: db(),
        keys: keys(),
        token: req.params.token,
        password,
        totpCode,
        now: deps.now(),
      });
      return sendHtml(
        reply,
        recoveryCodesPage(ctx(req, reply), done.recoveryCodes, "/staff/login"),
      );
    } catch (err) {
      if (err instanceof ValidationError)
        return showEnrolment(req, reply, req.params.token, enrolErrors(req, err));
      if (err instanceof NotFoundError)
        return sendHtml(reply, enrolExpiredPage(ctx(req, reply)), 404);
      throw err;
    }
  });

  app.get<{ Querystring: Form }>("/staff/step-up", async (req, reply) => {
    requireStaff(req);
    return sendHtml(reply, stepUpPage(ctx(req, reply), { next: safeNext(req.query.next) }));
  });

  /** Checks a code or assertion for the current session; returns where to go next. */
  const doStepUp = async (
    req: FastifyRequest,
    input: { code?: string; webauthn?: AuthenticationResponseJSON },
  ) => {
    const actor = requireStaff(req);
    if (!req.staffSession) throw new UnauthorisedError();
    return stepUp({
      db: db(),
      keys: keys(),
      actor,
      sessionId: req.staffSession.id,
      ...input,
      now: deps.now(),
      rp: deps.rp,
    });
  };

  app.post("/staff/step-up", async (req, reply) => {
    requireStaff(req);
    const next = safeNext(field(req.body, "next"));
    const code = field(req.body, "code").trim();
    const result = code ? await doStepUp(req, { code }) : { status: "failed" as const };
    if (result.status === "stepped_up") return reply.redirect(next, 303);
    const message = !code
      ? t(req.lang, "login.second.missing_code")
      : result.status === "throttled"
        ? t(req.lang, "error.throttled", { seconds: result.retryAfterSeconds })
        : t(req.lang, "totp.totp_invalid");
    const errors = [{ field: "code", message }];
    return sendHtml(reply, stepUpPage(ctx(req, reply), { next, errors }), code ? 401 : 422);
  });

  app.post("/staff/step-up/webauthn/options", async (req) => {
    const actor = requireStaff(req);
    return webauthnAuthenticationOptions({
      db: db(),
      userId: actor.id,
      purpose: "step_up",
      now: deps.now(),
      rp: deps.rp,
    });
  });

  app.post("/staff/step-up/webauthn", async (req) => {
    const body = req.body as Form | undefined;
    const response = body?.response as AuthenticationResponseJSON | undefined;
    if (!response || typeof response !== "object") throw new UnauthorisedError();
    const result = await doStepUp(req, { webauthn: response });
    if (result.status === "throttled") throw new ThrottledError(result.retryAfterSeconds);
    if (result.status !== "stepped_up") throw new UnauthorisedError();
    return { redirect: safeNext(field(body, "next")) };
  });
}
