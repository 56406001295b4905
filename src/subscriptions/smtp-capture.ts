import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A received mail, decoded enough for tests: headers (lower-case names), text and HTML parts. */
export interface CapturedMail {
  to: string[];
  headers: Map<string, string>;
  text: string;
  html: string;
  raw: string;
}

/** Decodes RFC 2047 encoded words (B and Q, UTF-8) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _cs: string, enc: string, data: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : qpBytes(data.replace(/_/g, " ")).toString("utf8"),
    );
}

function qpBytes(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "=" && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...Buffer.from(s[i]!, "utf8"));
  }
  return Buffer.from(out);
}

function splitPart(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), decodeWords(line.slice(i + 1).trim()));
  }
  return { headers, body: raw.slice(at + 4) };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const enc = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (enc === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (enc === "quoted-printable") return qpBytes(body.replace(/=\r\n/g, "")).toString("utf8");
  return body;
}

/** Parses a message of one text part or a multipart/alternative of text and HTML. */
export function parseMail(raw: string, to: string[] = []): CapturedMail {
  const { headers, body } = splitPart(raw);
  const mail: CapturedMail = { to, headers, text: "", html: "", raw };
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => splitPart(p.replace(/^\r\n/, "")))
    : [{ headers, body }];
  for (const p of parts) {
    const type = p.headers.get("content-type") ?? "text/plain";
    if (type.startsWith("text/html")) mail.html = decodeBody(p.headers, p.body);
    else if (type.startsWith("text/plain")) mail.text = decodeBody(p.headers, p.body);
  }
  return mail;
}

/** A real SMTP server on 127.0.0.1 (random port) that keeps every mail it receives. */
export async function startSmtpCapture() {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        mails.push(parseMail(Buffer.concat(chunks).toString("utf8"), to));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Mails received for an address so far. */
    to: (address: string) => mails.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
