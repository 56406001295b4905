import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

/** The project folder: `bin/tnr.js` runs from here. */
export const PROJECT_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** What a finished `tnr` command left behind. */
export interface TnrResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a `tnr` child: the data folder, and the database when the test runs on PostgreSQL. */
export function tnrEnv(vars: {
  dataDir: string;
  unsealFile?: string;
  databaseUrl?: string;
  pgSchemaPrefix?: string;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TNR_DATA_DIR: vars.dataDir,
    DATABASE_URL: vars.databaseUrl ?? "",
    CI: "1",
  };
  delete env.TNR_UNSEAL_FILE;
  if (vars.unsealFile) env.TNR_UNSEAL_FILE = vars.unsealFile;
  if (vars.databaseUrl) env.TNR_PG_SCHEMA = vars.pgSchemaPrefix;
  return env;
}

function collect(child: ChildProcess): Promise<TnrResult> {
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `tnr ARGS` to completion; stdin is closed unless text is given to pipe into it. */
export function runTnr(args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<TnrResult> {
  const child = spawn(process.execPath, ["bin/tnr.js", ...args], {
    cwd: PROJECT_DIR,
    env,
    stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (stdin !== undefined) child.stdin!.end(stdin);
  return collect(child);
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A running `tnr serve`: its base URL, and stop() to end it (SIGTERM to this child only). */
export interface RunningServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts `tnr serve ARGS` on a free port and waits until /healthz answers (60 s at most). */
export async function startServer(
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["bin/tnr.js", "serve", ...args], {
    cwd: PROJECT_DIR,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const done = collect(child);
  let exited = false;
  void done.then(() => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    port,
    url,
    async stop() {
      if (!exited) child.kill("SIGTERM");
      await done;
    },
  };
  // A demo start loads and publishes the demo set: allow for a busy two-core machine.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) {
      const r = await done;
      throw new Error(`tnr serve exited with ${r.code}:\n${r.stdout}\n${r.stderr}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error("tnr serve did not answer /healthz within 180 s.");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
