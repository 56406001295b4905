import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { totpCode } from "../auth/totp.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { DIALECTS } from "../test-support/test-vault.ts";
import {
  canary,
  fillPath,
  leaked,
  send,
  sweepWorld,
  type SweepRequest,
  type SweepUser,
  type SweepWorld,
} from "./security-sweep.fixture.ts";

const MINUTE = 60_000;
/** The only keys a request log line may have (pino's own, the serialised request, the error id). */
const LOG_KEYS = new Set([
  "level",
  "time",
  "pid",
  "hostname",
  "reqId",
  "req",
  "res",
  "responseTime",
  "msg",
  "errorId",
  "code",
]);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** A form found on a page: where it posts and the names of its fields. */
interface FoundForm {
  action: string;
  fields: string[];
}

/** The POST forms of an HTML page, with their field names (hidden fields included). */
function formsOf(html: string): FoundForm[] {
  const out: FoundForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = m[1]!;
    if (!/method="post"/i.test(attrs)) continue;
    const action = /action="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const fields = [...m[2]!.matchAll(/<(?:input|textarea|select|button)\b[^>]*\sname="([^"]+)"/g)]
      .map((f) => f[1]!)
      .filter((n) => n !== "_csrf");
    out.push({ action: action.replace(/&amp;/g, "&"), fields: [...new Set(fields)] });
  }
  return out;
}

for (const dialect of DIALECTS) {
  describe(`request logs on ${dialect}`, () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
        done();
      },
    });
    let w: SweepWorld;
    /** Every value that must never be logged: canaries sent, and secrets seen on the way. */
    const secrets = new Set<string>();
    /** TOTP codes used: six digits, so looked for only outside pino's numeric fields. */
    const codes = new Set<string>();
    const canaries: string[] = [];
    const fresh = (label: string) => {
      const c = canary(label);
      canaries.push(c);
      return c;
    };
    /** Remembers secrets that appear in a response: enrolment links, new API tokens, codes. */
    const harvest = (body: string) => {
      for (const m of body.matchAll(/\/staff\/enrol\/([A-Za-z0-9_-]{20,})/g)) secrets.add(m[1]!);
      for (const m of body.matchAll(/\btnr_[A-Za-z0-9_-]{20,}/g)) secrets.add(m[0]);
      for (const m of body.matchAll(/<li><code>([^<]{8,})<\/code>/g)) secrets.add(m[1]!);
    };
    let sent = 0;
    const go = async (r: SweepRequest) => {
      sent++;
      const res = await send(w.app, r);
      harvest(res.body);
      return res;
    };
    const noteUser = (u: SweepUser) => {
      for (const v of [u.password, u.secret, u.token, ...u.recoveryCodes]) secrets.add(v);
      codes.add(totpCode(u.secret, w.clock.now()));
      for (const v of u.client.cookies.values()) secrets.add(v);
      secrets.add(u.client.csrf);
    };
    /** Signs the admin in again if a form just ended its session. */
    const keepSignedIn = async (u: SweepUser) => {
      const res = await send(w.app, { method: "GET", url: "/staff", client: u.client });
      if (res.statusCode === 200) return;
      w.clock.advance(MINUTE);
      await u.client.signIn(u, w.clock.now());
      noteUser(u);
    };

    before(async () => {
      w = await sweepWorld(dialect, { logger: { stream }, demo: false });
      for (const u of Object.values(w.users)) noteUser(u);
    });
    after(async () => {
      console.log(`log sweep on ${dialect}: ${sent} requests, ${lines.length} log lines`);
      await w.close();
    });

    it("logs no canary and no secret, whatever is sent where", async () => {
      const admin = w.users.adminA;
      const anon = new HttpClient(w.app);
      await anon.get("/staff/login");
      secrets.add(anon.csrf);

      // An enrolment link, made through the admin page, visited and (wrongly) completed.
      const added = await go({
        method: "POST",
        url: "/staff/admin/users",
        client: admin.client,
        form: { email: `${fresh("MAIL-").toLowerCase()}@example.org`, role: "caseworker" },
      });
      assert.equal(added.statusCode, 200, "the admin page makes an enrolment link");
      const enrolToken = /\/staff\/enrol\/([A-Za-z0-9_-]{20,})/.exec(added.body)![1]!;

      // The second step of sign-in with a real ticket and a canary code.
      const step = await go({
        method: "POST",
        url: "/staff/login",
        client: anon,
        form: { email: w.users.researcherA.email, password: w.users.researcherA.password },
      });
      const ticket = /name="ticket" value="([^"]+)"/.exec(step.body)?.[1];
      assert.ok(ticket, "the password step gives a ticket");
      secrets.add(ticket);
      await go({
        method: "POST",
        url: "/staff/login/code",
        client: anon,
        form: { ticket, code: fresh("CODE-") },
      });

      // Forms found on the pages, each field filled with its own canary.
      const pages: [HttpClient, string][] = [
        [anon, "/staff/login"],
        [anon, `/staff/enrol/${enrolToken}`],
        [admin.client, "/staff"],
        [admin.client, "/staff/account"],
        [admin.client, "/staff/admin/users"],
        [admin.client, "/staff/incidents"],
        [admin.client, `/staff/incidents/${w.ref("incident")}`],
        [admin.client, "/staff/step-up"],
        [admin.client, "/staff/audit"],
      ];
      const fieldNames = new Set<string>(["email", "password", "code", "ticket", "next"]);
      let forms = 0;
      for (const [client, url] of pages) {
        const page = await go({ method: "GET", url, client });
        assert.equal(page.statusCode, 200, url);
        for (const form of formsOf(page.body)) {
          // The admin keeps their account and API token: the sweep below needs them.
          if (form.action.includes(admin.user.id) || form.action.includes(admin.tokenId)) continue;
          form.fields.forEach((f) => fieldNames.add(f));
          const body = Object.fromEntries(form.fields.map((f) => [f, fresh("FORM-")]));
          const res = await go({ method: "POST", url: form.action, client, form: body });
          assert.ok(res.statusCode < 500, `${form.action} answered ${res.statusCode}`);
          forms++;
          if (client === admin.client) await keepSignedIn(admin);
        }
      }
      assert.ok(forms >= 10, `${forms} forms found and filled`);

      // The API's request bodies, from its own OpenAPI document.
      const doc = (
        await go({ method: "GET", url: "/api/v1/openapi.json", bearer: admin.token })
      ).json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
      const apiFields = new Map<string, string[]>();
      for (const [path, ops] of Object.entries(doc.paths))
        for (const [method, op] of Object.entries(ops)) {
          const schema = JSON.stringify(op.requestBody ?? {});
          const ref = /"#\/components\/schemas\/([^"]+)"/.exec(schema)?.[1];
          const props = ref
            ? Object.keys(
                ((
                  doc as unknown as {
                    components: { schemas: Record<string, { properties?: object }> };
                  }
                ).components.schemas[ref]?.properties ?? {}) as object,
              )
            : [];
          apiFields.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`, props);
        }

      // Every route of the table: canaries in the path, the query, the body, headers and cookies.
      for (const route of w.routes) {
        const safe = route.method === "GET" || route.method === "HEAD";
        const api = route.url.startsWith("/api/");
        const real = route.rule?.ref ? w.ref(route.rule.ref) : undefined;
        for (const id of [fresh("PATH-"), real].filter((x): x is string => !!x)) {
          const url = `${fillPath(route.url, id)}?q=${fresh("QUERY-")}&next=${fresh("NEXT-")}&${fresh("KEY-")}=1`;
          const headers = {
            "user-agent": fresh("UA-"),
            referer: `https://example.org/${fresh("REF-")}`,
            "accept-language": `en;q=0.9,${fresh("LANG-").slice(0, 20)}`,
            "x-forwarded-for": fresh("XFF-"),
          };
          const fields = apiFields.get(`${route.method} ${route.url}`) ?? [...fieldNames];
          const body: Partial<SweepRequest> = safe
            ? {}
            : api
              ? { json: Object.fromEntries(fields.map((f) => [f, fresh("JSON-")])) }
              : { form: Object.fromEntries([...fieldNames].map((f) => [f, fresh("FIELD-")])) };
          const callers: Partial<SweepRequest>[] = [
            { client: admin.client },
            {
              headers: {
                cookie: `tnr_session=${fresh("COOKIE-")}; ${fresh("C-")}=${fresh("CV-")}`,
              },
            },
          ];
          if (api) callers.push({ bearer: admin.token }, { bearer: `tnr_${fresh("BEARER-")}` });
          for (const as of callers) {
            if (route.rule?.endsSession && as.client) continue;
            const res = await go({
              method: route.method,
              url,
              ...body,
              ...as,
              headers: { ...headers, ...as.headers },
            });
            assert.ok(res.statusCode < 500, `${route.method} ${url} answered ${res.statusCode}`);
          }
          if (!safe) await keepSignedIn(admin);
        }
      }

      for (const u of Object.values(w.users)) noteUser(u);
      secrets.add(enrolToken);
      const bad: string[] = [];
      for (const line of lines) {
        const found = [
          ...leaked(line, canaries),
          ...leaked(
            line,
            [...secrets].filter((s) => s.length >= 6),
          ),
        ];
        const text = line.replace(/"(time|pid|responseTime)":[\d.]+/g, "");
        found.push(...leaked(text, [...codes]));
        if (found.length) bad.push(`${found.join(", ")} in ${line}`);
        const entry = JSON.parse(line) as Record<string, unknown>;
        for (const k of Object.keys(entry)) if (!LOG_KEYS.has(k)) bad.push(`key ${k} in ${line}`);
        const req = entry.req as Record<string, unknown> | undefined;
        if (req && Object.keys(req).some((k) => k !== "method" && k !== "route"))
          bad.push(`request details in ${line}`);
      }
      assert.ok(lines.length > sent, "requests were logged");
      assert.deepEqual(bad, [], "log lines must hold no canary, secret or request detail");
    });

    it("shows a generic message and an id on a 500, and logs that id without the cause", async () => {
      const vault = w.t.vault;
      const db = vault.db;
      const cause = fresh("CAUSE-");
      vault.db = () => {
        throw new TypeError(`database gone: ${cause}`);
      };
      try {
        for (const url of ["/staff", "/staff/incidents", "/api/v1/incidents"]) {
          const before = lines.length;
          const res = await send(w.app, {
            method: "GET",
            url: `${url}?q=${fresh("Q500-")}`,
            client: w.users.adminA.client,
          });
          assert.equal(res.statusCode, 500, url);
          assert.deepEqual(
            leaked(res.body, canaries),
            [],
            `the ${url} error shows no input or cause`,
          );
          assert.doesNotMatch(res.body, /TypeError|database gone|at .*\.ts:\d+/, url);
          const id = url.startsWith("/api/")
            ? (res.json() as { id: string; error: string }).id
            : UUID.exec(res.body)?.[0];
          if (!url.startsWith("/api/")) assert.match(res.body, /Something went wrong on our side/);
          else assert.equal((res.json() as { error: string }).error, "internal");
          assert.ok(id && UUID.test(id), `${url}: the error page gives a reference id`);
          const logged = lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
          assert.ok(
            logged.some((l) => l.errorId === id && l.level === 50),
            `${url}: the log has the reference id`,
          );
          assert.deepEqual(
            lines.slice(before).flatMap((l) => leaked(l, canaries)),
            [],
            `${url}: the log has no canary`,
          );
        }
      } finally {
        vault.db = db;
      }
    });
  });
}
