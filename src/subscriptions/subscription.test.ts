import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { publicReaderRole } from "../db/stores.ts";
import { dumpPublicStore } from "../publishing/public-store.repository.ts";
import { subscribePage } from "../public/site/pages/subscribe.page.tsx";
import { siteConfig } from "../public/site/site-config.ts";
import { buildApp } from "../server/app.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { smtpMailer, type Mailer } from "./mailer.ts";
import { startSmtpCapture, type CapturedMail } from "./smtp-capture.ts";
import { listInboxItems } from "./subscription-inbox.repository.ts";
import { runSubscriptionJobs, startSubscriptionJobs } from "./subscription-jobs.ts";
import { enqueueDocumentAnnouncement, notifySubscribers } from "./subscription-notify.ts";

const ANA = "ana.canary+tnr@example.org";
const BORIS = "boris.canary@example.org";
const CLEO = "cleo.canary@example.org";
const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** A form body; arrays become repeated fields. */
function form(fields: Record<string, string | string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) p.append(k, x);
  return p.toString();
}

const doc = (slug: string, categories: string[], languages: string[]) => ({
  slug,
  categories,
  translations: languages.map((language) => ({
    language,
    title: language === "ka" ? `ანგარიში ${slug}` : `Report ${slug}`,
    summary: null,
  })),
});

/** The site path of a URL in a mail ("https://tnr.example/en/x/" → "/en/x/"). */
const pathOf = (url: string) => new URL(url).pathname;

for (const dialect of DIALECTS) {
  describe(`e-mail subscriptions on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    let mailer: Mailer;
    let logs = "";
    const responses: LightMyRequestResponse[] = [];
    const inject = async (opts: InjectOptions) => {
      const res = await app.inject(opts);
      responses.push(res);
      return res;
    };
    const post = (url: string, body: string, headers: Record<string, string> = {}) =>
      inject({ method: "POST", url, payload: body, headers: { ...FORM, ...headers } });
    const run = () => runSubscriptionJobs(t.vault, mailer);
    const lastTo = (a: string): CapturedMail => smtp.to(a).at(-1)!;

    before(async () => {
      t = await createTestVault(dialect);
      smtp = await startSmtpCapture();
      mailer = smtpMailer({
        smtpUrl: smtp.url,
        from: "TNR Monitor <news@tnr.example>",
        baseUrl: "https://tnr.example",
        siteName: siteConfig({}, false).name,
      });
      const stream = new Writable({
        write(chunk, _enc, cb) {
          logs += String(chunk);
          cb();
        },
      });
      app = buildApp(t.vault, { logger: { stream } });
      await app.ready();
    });
    after(async () => {
      await app.close();
      await smtp.close();
      await t.close();
    });

    it("shows the form with topics, language and the privacy note", async () => {
      const res = await inject({ method: "GET", url: "/az/subscribe/" });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<form method="post" action="\/az\/subscribe\/"/);
      assert.match(res.body, /name="categories" value="rule_of_law" checked/);
      assert.match(res.body, /<option value="az" lang="az-Latn" selected/);
      assert.match(res.body, /IP ünvanınızı/);
    });

    it("refuses an invalid address with 422, an error summary in the page language, input kept", async () => {
      const before = (await listInboxItems(t.vault.stores.publicDb)).length;
      const res = await post(
        "/ru/subscribe/",
        form({ email: "not-an-address", categories: [], language: "ru" }),
      );
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /<title>Ошибка: /);
      assert.match(res.body, /class="error-summary"[^>]*role="alert"/);
      assert.match(res.body, /<a href="#email">Введите адрес/);
      assert.match(res.body, /Выберите хотя бы одну тему/);
      assert.match(res.body, /value="not-an-address"/);
      assert.equal((await listInboxItems(t.vault.stores.publicDb)).length, before);
    });

    it("refuses a cross-site POST and stores nothing", async () => {
      const before = (await listInboxItems(t.vault.stores.publicDb)).length;
      const res = await post(
        "/en/subscribe/",
        form({ email: ANA, categories: "rule_of_law", language: "en" }),
        { "sec-fetch-site": "cross-site" },
      );
      assert.equal(res.statusCode, 403);
      assert.equal((await listInboxItems(t.vault.stores.publicDb)).length, before);
    });

    it("takes subscriptions while sealed, keeping nothing readable in the public store", async () => {
      await t.vault.seal();
      for (const [email, categories, language] of [
        [ANA, ["rule_of_law", "freedom_of_expression"], "ka"],
        [BORIS, ["ethnic_minorities"], "en"],
        [CLEO, ["rule_of_law"], "ru"],
      ] as const) {
        const res = await post(
          "/en/subscribe/",
          form({ email, categories: [...categories], language }),
        );
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /Check your inbox/);
      }
      assert.equal(await run(), null, "the sealed vault does nothing");
      const items = await listInboxItems(t.vault.stores.publicDb);
      assert.equal(items.length, 3);
      const dump = (await dumpPublicStore(t.vault.stores.publicDb)) + JSON.stringify(items);
      for (const needle of ["canary", "example.org", "rule_of_law", "ethnic"])
        assert.ok(!dump.includes(needle), `public store holds ${needle}`);
      const file = join(t.config.dataDir, "public.db");
      for (const f of [file, `${file}-wal`].filter(existsSync))
        assert.ok(!readFileSync(f).includes("canary"), `${f} holds the address`);
    });

    it("mails the confirmation once unsealed; GET does not confirm, POST does, once", async () => {
      await t.vault.unseal(Buffer.from(t.master));
      const report = await run();
      assert.equal(report?.ingested, 3);
      assert.equal(report?.confirmationsSent, 3);
      assert.equal((await listInboxItems(t.vault.stores.publicDb)).length, 0);
      const mail = lastTo(ANA);
      assert.match(mail.headers.get("subject")!, /დაადასტურეთ/);
      assert.match(
        mail.headers.get("list-unsubscribe")!,
        /^<https:\/\/tnr\.example\/ka\/unsubscribe\/[\w.-]+\/>, <mailto:news@tnr\.example\?subject=unsubscribe>$/,
      );
      assert.equal(mail.headers.get("list-unsubscribe-post"), "List-Unsubscribe=One-Click");
      assert.ok(!/<img|src=|https?:\/\/(?!tnr\.example)/i.test(mail.html), "no remote content");
      const link = /https:\/\/tnr\.example\/ka\/subscribe\/confirm\/[\w-]+\//.exec(mail.text)![0];
      assert.ok(mail.html.includes(link));
      const page = await inject({ method: "GET", url: pathOf(link) });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<form method="post"/);
      assert.equal(
        (
          await notifySubscribers({
            vault: t.vault,
            mailer,
            document: doc("x", ["rule_of_law"], ["ka"]),
          })
        ).sent,
        0,
        "a GET did not confirm",
      );
      assert.equal((await post(pathOf(link), "")).statusCode, 200);
      assert.equal((await post(pathOf(link), "")).statusCode, 404, "single use");
      for (const a of [BORIS, CLEO]) {
        const l = /https:\/\/tnr\.example\/\w\w\/subscribe\/confirm\/[\w-]+\//.exec(
          lastTo(a).text,
        )![0];
        assert.equal((await post(pathOf(l), "")).statusCode, 200);
      }
    });

    it("announces a document to matching subscribers only, in their language, once", async () => {
      const before = smtp.mails.length;
      await enqueueDocumentAnnouncement(t.vault.db(), doc("r1", ["rule_of_law"], ["en", "ka"]));
      assert.equal((await run())?.announcementsSent, 1);
      assert.equal(smtp.mails.length, before + 1);
      const mail = lastTo(ANA);
      assert.match(mail.headers.get("subject")!, /ახალი პუბლიკაცია: ანგარიში r1/);
      assert.match(mail.text, /https:\/\/tnr\.example\/ka\/documents\/r1\//);
      assert.equal(mail.headers.get("list-unsubscribe-post"), "List-Unsubscribe=One-Click");
      assert.equal((await run())?.announcementsSent, 0, "the job runs twice, mails once");
      const again = await notifySubscribers({
        vault: t.vault,
        mailer,
        document: doc("r1", ["rule_of_law"], ["en", "ka"]),
      });
      assert.equal(again.sent, 0);
      await enqueueDocumentAnnouncement(t.vault.db(), doc("r2", ["ethnic_minorities"], ["en"]));
      assert.equal((await run())?.announcementsSent, 1);
      assert.match(lastTo(BORIS).headers.get("subject")!, /^New publication: Report r2$/);
      assert.equal(smtp.to(CLEO).length, 1, "Cleo reads Russian: nothing for her yet");
    });

    it("unsubscribes in one POST (RFC 8058), also while sealed", async () => {
      const url = /<([^>]+)>/.exec(lastTo(BORIS).headers.get("list-unsubscribe")!)![1]!;
      const page = await inject({ method: "GET", url: pathOf(url) });
      assert.equal(page.statusCode, 200, "GET shows a button and changes nothing");
      const res = await post(pathOf(url), "List-Unsubscribe=One-Click");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /You have unsubscribed/);
      await enqueueDocumentAnnouncement(t.vault.db(), doc("r3", ["ethnic_minorities"], ["en"]));
      assert.equal((await run())?.announcementsSent, 0);

      const anaUrl = /<([^>]+)>/.exec(lastTo(ANA).headers.get("list-unsubscribe")!)![1]!;
      await t.vault.seal();
      assert.equal((await post(pathOf(anaUrl), "List-Unsubscribe=One-Click")).statusCode, 202);
      await t.vault.unseal(Buffer.from(t.master));
      assert.equal((await run())?.ingested, 1);
      await enqueueDocumentAnnouncement(t.vault.db(), doc("r4", ["rule_of_law"], ["ka", "ru"]));
      const sent = await run();
      assert.equal(sent?.announcementsSent, 1, "only Cleo is left");
      assert.match(lastTo(CLEO).headers.get("subject")!, /^Новая публикация/);
    });

    it("lets the public reader role drop items in but not read them back", async (ctx) => {
      if (dialect !== "postgres") return ctx.skip("PostgreSQL roles only");
      const role = publicReaderRole(t.config.pgSchemaPrefix);
      const asReader = (q: ReturnType<typeof sql>) =>
        t.vault.stores.publicDb.transaction().execute(async (trx) => {
          await sql`set local role ${sql.id(role)}`.execute(trx);
          return q.execute(trx);
        });
      await asReader(sql`insert into subscription_inbox (id, sealed) values ('r', 'x')`);
      await assert.rejects(asReader(sql`select * from subscription_inbox`), /permission denied/);
      await sql`delete from subscription_inbox where id = 'r'`.execute(t.vault.stores.publicDb);
    });

    it("sets no cookie and never logs an address", () => {
      assert.ok(responses.length > 10);
      for (const r of responses) assert.equal(r.headers["set-cookie"], undefined);
      assert.ok(logs.length > 0, "logs were captured");
      for (const a of [ANA, BORIS, CLEO, "canary"]) assert.ok(!logs.includes(a), `log holds ${a}`);
    });

    it("answers 429 in the page language when an endpoint is flooded, never 5xx", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++)
        statuses.push((await post("/ka/subscribe/", form({ email: "x" }))).statusCode);
      assert.ok(statuses.every((s) => s < 500));
      assert.equal(statuses.at(-1), 429);
      const last = responses.at(-1)!;
      assert.ok(Number(last.headers["retry-after"]) > 0);
      assert.match(last.body, /მეტისმეტად ბევრი მოთხოვნა/);
    });
  });
}

describe("subscription page on the static mirror and without SMTP", () => {
  const ctx = (liveUrl: string | null) => ({
    lang: "en" as const,
    path: "/en/subscribe/",
    mode: "static" as const,
    config: { ...siteConfig({}, false), liveUrl },
    db: null as never,
    now: new Date(),
  });

  it("links to the live site instead of posting across sites, or says it cannot subscribe", async () => {
    const live = String((await subscribePage.render(ctx("https://tnr.example"), {}))?.body);
    assert.ok(!live.includes("<form"));
    assert.match(live, /href="https:\/\/tnr\.example\/en\/subscribe\/"/);
    const none = String((await subscribePage.render(ctx(null), {}))?.body);
    assert.ok(!none.includes("<form"));
    assert.match(none, /cannot take subscriptions/);
  });

  it("says once in the log that mails are not sent without SMTP settings", () => {
    const lines: string[] = [];
    const log = { warn: (m: string) => lines.push(m) } as never;
    const timer = startSubscriptionJobs({ state: "sealed", installation: null } as never, log, {});
    clearInterval(timer);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /TNR_SMTP_URL/);
  });
});
