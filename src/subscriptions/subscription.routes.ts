import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { randomToken } from "../auth/auth-crypto.ts";
import { isLang } from "../i18n/languages.ts";
import { notFoundPage } from "../public/site/pages/error.page.tsx";
import { subscribeFormHtml } from "../public/site/pages/subscribe.page.tsx";
import {
  subscribeActionHtml,
  subscribeMessageHtml,
} from "../public/site/pages/subscribe.views.tsx";
import type { PublicContext } from "../public/site/public-context.ts";
import { publicContext } from "../public/site/public.routes.ts";
import type { Vault } from "../vault/vault.ts";
import { confirmSubscription, unsubscribe } from "./subscription.commands.ts";
import { sealInboxItem, type InboxItem } from "./subscription-crypto.ts";
import { readSubscribeForm } from "./subscription-form.ts";
import { addInboxItem, countInboxItems } from "./subscription-inbox.repository.ts";
import { TokenBucket } from "./token-bucket.ts";

/** Limits of the public subscription endpoints (tests lower them). */
export interface SubscriptionLimits {
  /** Requests an endpoint takes at once, then `perMinute`. */
  burst: number;
  perMinute: number;
  /** Sealed items the public store holds at most while waiting for the vault. */
  maxWaiting: number;
}

const DEFAULT_LIMITS: SubscriptionLimits = { burst: 30, perMinute: 30, maxWaiting: 20_000 };

// Confirmation tokens are 32 random bytes; unsubscribe tokens an id, a dot and a MAC.
const TOKEN = /^[A-Za-z0-9_-]{20,64}(\.[A-Za-z0-9_-]{20,64})?$/;

type Params = { lang: string; token?: string };

function send(reply: FastifyReply, html: string, status: number) {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("Cache-Control", "no-store")
    .send(html);
}

/**
 * The public subscription routes: the form's POST, and the confirm / unsubscribe links from the
 * mails (GET shows a button, POST acts; RFC 8058 one-click is that POST). Nothing here sets a
 * cookie or reads the visitor's address or user agent. While sealed, what the visitor asked is
 * sealed to the vault's inbox key and dropped into the public store for the vault to apply.
 */
export function registerSubscriptionRoutes(
  app: FastifyInstance,
  vault: Vault,
  now: () => Date,
  limits: Partial<SubscriptionLimits> = {},
): void {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const bucket = () => new TokenBucket(lim.burst, lim.perMinute, now);
  const buckets = { subscribe: bucket(), confirm: bucket(), unsubscribe: bucket() };

  const context = (req: FastifyRequest, reply: FastifyReply): PublicContext | null => {
    const { lang } = req.params as Params;
    const path = req.url.split("?")[0]!;
    if (isLang(lang)) return publicContext(vault, lang, path, now());
    send(reply, notFoundPage(publicContext(vault, "en", path, now())), 404);
    return null;
  };
  const throttled = (reply: FastifyReply, ctx: PublicContext, seconds: number) =>
    send(
      reply.header("Retry-After", String(seconds)),
      subscribeMessageHtml(ctx, "sub.throttled.title", ["sub.throttled.body"]),
      429,
    );
  /** Seals an item into the public drop box; false when the box is full. */
  const drop = async (item: InboxItem): Promise<boolean> => {
    const installation = vault.installation;
    const db = vault.stores.publicDb;
    if (!installation || (await countInboxItems(db)) >= lim.maxWaiting) return false;
    const sealed = await sealInboxItem(item, installation.inbox_public_key);
    await addInboxItem(db, { id: randomToken(16), sealed });
    return true;
  };
  const invalid = (reply: FastifyReply, ctx: PublicContext) =>
    send(reply, subscribeMessageHtml(ctx, "sub.invalid.title", ["sub.invalid.body"]), 404);

  app.post("/:lang/subscribe/", async (req, reply) => {
    const ctx = context(req, reply);
    if (!ctx) return reply;
    const wait = buckets.subscribe.take();
    if (wait) return throttled(reply, ctx, wait);
    const form = readSubscribeForm(req.body);
    if (!form.valid) return send(reply, subscribeFormHtml(ctx, form.values, form.errors), 422);
    if (!(await drop({ kind: "subscribe", ...form.valid }))) return throttled(reply, ctx, 3600);
    return send(
      reply,
      subscribeMessageHtml(ctx, "sub.check.title", ["sub.check.body", "sub.check.spam"]),
      200,
    );
  });

  const actions = [
    {
      route: "/:lang/subscribe/confirm/:token",
      kind: "confirm",
      page: ["sub.confirm.title", "sub.confirm.body", "sub.confirm.button"],
      done: ["sub.confirmed.title", "sub.confirmed.body"],
    },
    {
      route: "/:lang/unsubscribe/:token",
      kind: "unsubscribe",
      page: ["sub.unsub.title", "sub.unsub.body", "sub.unsub.button"],
      done: ["sub.unsubscribed.title", "sub.unsubscribed.body"],
    },
  ] as const;
  for (const a of actions) {
    for (const route of [`${a.route}/`, a.route]) {
      app.get(route, async (req, reply) => {
        const ctx = context(req, reply);
        if (!ctx) return reply;
        const { token = "" } = req.params as Params;
        if (!TOKEN.test(token)) return invalid(reply, ctx);
        return send(reply, subscribeActionHtml(ctx, a.page[0], a.page[1], a.page[2]), 200);
      });
      app.post(route, async (req, reply) => {
        const ctx = context(req, reply);
        if (!ctx) return reply;
        const { token = "" } = req.params as Params;
        if (!TOKEN.test(token)) return invalid(reply, ctx);
        const wait = buckets[a.kind].take();
        if (wait) return throttled(reply, ctx, wait);
        if (vault.state !== "unsealed") {
          if (!(await drop({ kind: a.kind, token }))) return throttled(reply, ctx, 3600);
          return send(
            reply,
            subscribeMessageHtml(ctx, "sub.received.title", ["sub.received.body"]),
            202,
          );
        }
        const keys = vault.keys();
        const done = await vault
          .db()
          .transaction()
          .execute((trx) =>
            a.kind === "confirm"
              ? confirmSubscription(trx, token, now())
              : unsubscribe(trx, keys, token),
          );
        if (!done) return invalid(reply, ctx);
        return send(
          reply,
          subscribeMessageHtml(ctx, a.done[0], [a.done[1]], { again: a.kind === "unsubscribe" }),
          200,
        );
      });
    }
  }
}
