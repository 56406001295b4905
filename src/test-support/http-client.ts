import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { totpCode } from "../auth/totp.ts";

/**
 * A browser stand-in over `app.inject()`: keeps cookies between requests (honouring deletions),
 * reads the anti-forgery token from the last form and sends forms url-encoded as browsers do.
 */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  csrf = "";
  constructor(readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const gone =
        c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === "";
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
  }

  /** GET a page with the jar's cookies. */
  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: "GET",
      url,
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.remember(res);
    return res;
  }

  /** POST a form; the last seen anti-forgery token is added unless `_csrf` is given. */
  async post(
    url: string,
    form: Record<string, string> = {},
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams({ _csrf: this.csrf, ...form }).toString();
    const res = await this.app.inject({
      method: "POST",
      url,
      payload: body,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: this.cookieHeader(),
        ...headers,
      },
    });
    this.remember(res);
    return res;
  }

  /**
   * POST a multipart/form-data form as a browser does for a file input: text fields first (the
   * last seen anti-forgery token is added unless `_csrf` is given), then the files.
   */
  async postMultipart(
    url: string,
    fields: Record<string, string>,
    files: Record<string, { name: string; type: string; content: Buffer }>,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const boundary = `----tnr${Math.random().toString(16).slice(2)}`;
    const parts: Buffer[] = [];
    const head = (s: string) => parts.push(Buffer.from(s, "utf8"));
    for (const [k, v] of Object.entries({ _csrf: this.csrf, ...fields }))
      head(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    for (const [k, f] of Object.entries(files)) {
      head(
        `--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      );
      parts.push(f.content);
      head("\r\n");
    }
    head(`--${boundary}--\r\n`);
    const res = await this.app.inject({
      method: "POST",
      url,
      payload: Buffer.concat(parts),
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        cookie: this.cookieHeader(),
        ...headers,
      },
    });
    this.remember(res);
    return res;
  }

  /** POST JSON with the anti-forgery header, as the security-key script does. */
  async postJson(url: string, json: unknown): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: "POST",
      url,
      payload: JSON.stringify(json),
      headers: {
        "content-type": "application/json",
        cookie: this.cookieHeader(),
        "x-csrf-token": this.csrf,
      },
    });
    this.remember(res);
    return res;
  }

  /** Signs in through the pages with password and TOTP; returns the final response. */
  async signIn(
    who: { email: string; password: string; secret: string },
    now: Date,
  ): Promise<LightMyRequestResponse> {
    await this.get("/staff/login");
    const first = await this.post("/staff/login", {
      email: who.email,
      password: who.password,
      next: "/staff",
    });
    if (first.statusCode !== 200) throw new Error(`password step answered ${first.statusCode}`);
    const ticket = /name="ticket" value="([^"]+)"/.exec(first.body)?.[1] ?? "";
    const res = await this.post("/staff/login/code", {
      ticket,
      code: totpCode(who.secret, now),
      next: "/staff",
    });
    if (res.statusCode !== 303) throw new Error(`second factor answered ${res.statusCode}`);
    await this.get("/staff");
    return res;
  }
}
