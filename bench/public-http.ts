import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

/** One load-test result. */
export interface LoadRun {
  rps: number;
  p99Ms: number;
  p50Ms: number;
  non2xx: number;
}

const REPO = resolve(import.meta.dirname, "..");

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

function waitFor(child: ChildProcess, pattern: RegExp, what: string, ms = 60_000): Promise<void> {
  return new Promise((ok, fail) => {
    let seen = "";
    const timer = setTimeout(
      () => fail(new Error(`${what} did not start: ${seen.slice(-500)}`)),
      ms,
    );
    const on = (b: Buffer) => {
      seen += b.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        child.stdout?.off("data", on);
        child.stderr?.off("data", on);
        child.stdout?.resume();
        child.stderr?.resume();
        ok();
      }
    };
    child.stdout?.on("data", on);
    child.stderr?.on("data", on);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited (${code}): ${seen.slice(-500)}`));
    });
  });
}

/** A started process and how to stop it (by its own pid, and wait until it is gone). */
export interface Running {
  url: string;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((ok) => {
      if (child.exitCode !== null || child.signalCode !== null) return ok();
      child.once("exit", () => ok());
      child.kill("SIGTERM");
    });
}

/** `tnr serve` (the real command: sealed vault, request logging on) on a free loopback port. */
export async function startServer(dataDir: string): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPO, "bin", "tnr.js"), "serve"], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      TNR_DATA_DIR: dataDir,
      TNR_UNSEAL_FILE: "",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitFor(child, /TNR Monitor on/, "tnr serve");
  // Request logs go on being read (and dropped), as a log collector would.
  return { url: `http://127.0.0.1:${port}`, stop: stopper(child) };
}

/**
 * nginx serving a static folder on a free loopback port: a generated config in a temp folder,
 * `daemon off`, one worker (the Node server is one process too), access log on as in production.
 */
export async function startNginx(root: string, tmp: string): Promise<Running> {
  const port = await freePort();
  mkdirSync(tmp, { recursive: true });
  const conf = join(tmp, "nginx.conf");
  const t = (name: string) => `${name} ${join(tmp, name)};`;
  writeFileSync(
    conf,
    // The export is private to its owner (tnr writes with umask 077): the worker runs as the
    // bench's user (nginx ignores "user" with a warning when not started as root).
    `daemon off;
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
pid ${join(tmp, "nginx.pid")};
error_log ${join(tmp, "error.log")} warn;
events { worker_connections 1024; }
http {
  ${t("client_body_temp_path")} ${t("proxy_temp_path")} ${t("fastcgi_temp_path")} ${t("uwsgi_temp_path")} ${t("scgi_temp_path")}
  types { text/html html; text/css css; font/woff2 woff2; application/xml xml; text/csv csv; application/json json; }
  default_type application/octet-stream;
  access_log ${join(tmp, "access.log")} combined buffer=64k;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  open_file_cache max=10000 inactive=60s;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
  }
}
`,
  );
  const child = spawn("nginx", ["-c", conf, "-p", tmp, "-e", join(tmp, "error.log")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const ok = await fetch(url + "/").then(
      () => true,
      () => false,
    );
    if (ok) return { url, stop: stopper(child) };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopper(child)();
  throw new Error("nginx did not start");
}

const unit = (v: string, u: string) =>
  Number(v) * (u === "us" ? 0.001 : u === "s" ? 1000 : u === "m" ? 60_000 : 1);

/** wrk against one URL: one thread, `connections` keep-alive connections, for `seconds`. */
export function wrk(url: string, opts: { connections: number; seconds: number }): LoadRun {
  const r = spawnSync(
    "wrk",
    ["-t1", `-c${opts.connections}`, `-d${opts.seconds}s`, "--latency", url],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr}`);
  const out = r.stdout;
  const lat = (p: string) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s|m)`).exec(out);
    return m ? +unit(m[1]!, m[2]!).toFixed(2) : NaN;
  };
  return {
    rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN)),
    p99Ms: lat("99"),
    p50Ms: lat("50"),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
  };
}
