#!/usr/bin/env node
// Entry point of the `tnr` command. It runs the TypeScript sources through tsx, in a Node process
// with a bounded heap: bulk commands stream, so a small young generation and a capped old space
// keep memory flat (under 300 MB for a million-incident import) instead of letting V8 grow lazily.
// `export-site` gets a 16 MB young generation: it draws hundreds of thousands of pages, each tens
// of KB of short-lived strings that a 4 MB one promotes and collects again (a quarter of its time).
// Set TNR_NODE_FLAGS to replace the flags (an empty value runs without them).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const semiSpace = process.argv[2] === "export-site" ? 16 : 4;
const flags = (process.env.TNR_NODE_FLAGS ?? `--max-old-space-size=192 --max-semi-space-size=${semiSpace}`).split(" ").filter(Boolean);

if (flags.length > 0 && !process.env.TNR_CHILD) {
  const child = spawn(process.execPath, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TNR_CHILD: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
} else {
  // Kysely's hundreds of plain-JavaScript files load in a third of the time before tsx's hooks are
  // in place (each would otherwise cross to the hooks thread and back).
  await import("kysely");
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
