import { chmodSync, existsSync, unlinkSync } from "node:fs";
import { createConnection, createServer, type Server } from "node:net";
import { join } from "node:path";
import { parseSecret } from "../crypto/recovery-secret.ts";
import { wipe } from "../crypto/keys.ts";
import { AppError } from "../errors.ts";
import type { Vault } from "../vault/vault.ts";

/** Path of the local admin socket in the data folder (owner-only). */
export function adminSocketPath(dataDir: string): string {
  return join(dataDir, "admin.sock");
}

type Request = { op: "status" } | { op: "seal" } | { op: "unseal"; secret: string };
type Response = { ok: true; state: string } | { ok: false; error: string };

async function handle(vault: Vault, req: Request): Promise<Response> {
  if (req.op === "status") return { ok: true, state: vault.state };
  if (req.op === "seal") {
    await vault.seal();
    return { ok: true, state: vault.state };
  }
  if (req.op === "unseal") {
    const master = await parseSecret(req.secret);
    try {
      await vault.unseal(master);
    } finally {
      wipe(master);
    }
    return { ok: true, state: vault.state };
  }
  return { ok: false, error: "unknown operation" };
}

/** Listens on a Unix socket only the installation's owner can open: status, seal, unseal. */
export async function startAdminSocket(vault: Vault, dataDir: string): Promise<Server> {
  const path = adminSocketPath(dataDir);
  if (existsSync(path)) unlinkSync(path);
  const server = createServer((conn) => {
    let buf = "";
    conn.setEncoding("utf8");
    conn.on("data", (d) => {
      buf += d;
      if (buf.length > 16_384) conn.destroy();
      const nl = buf.indexOf("\n");
      if (nl < 0) return;
      const line = buf.slice(0, nl);
      buf = "";
      let req: Request;
      try {
        req = JSON.parse(line) as Request;
      } catch {
        conn.end(JSON.stringify({ ok: false, error: "bad request" }) + "\n");
        return;
      }
      handle(vault, req).then(
        (r) => conn.end(JSON.stringify(r) + "\n"),
        (e: unknown) =>
          conn.end(
            JSON.stringify({ ok: false, error: e instanceof AppError ? e.message : "failed" }) +
              "\n",
          ),
      );
    });
    conn.on("error", () => conn.destroy());
  });
  await new Promise<void>((res, rej) => server.once("error", rej).listen(path, () => res()));
  chmodSync(path, 0o600);
  return server;
}

/** Sends one request to a running server's admin socket. */
export function callAdminSocket(dataDir: string, req: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const conn = createConnection(adminSocketPath(dataDir));
    let buf = "";
    conn.setEncoding("utf8");
    conn.on("connect", () => conn.write(JSON.stringify(req) + "\n"));
    conn.on("data", (d) => (buf += d));
    conn.on("end", () => {
      try {
        resolve(JSON.parse(buf) as Response);
      } catch {
        reject(new Error("No answer from the server."));
      }
    });
    conn.on("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "ENOENT" || e.code === "ECONNREFUSED"
          ? new Error(`No server is running on this data folder (${dataDir}).`)
          : e,
      ),
    );
  });
}
