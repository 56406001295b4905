import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { masterKeyToWords, parseSecret } from "../crypto/recovery-secret.ts";

/** Where a demo installation keeps its (deliberately unprotected) recovery secret. */
export function demoSecretPath(dataDir: string): string {
  return join(dataDir, "DEMO-SECRET-NOT-FOR-REAL-CASES.txt");
}

/** Stores the demo master key as words in the data folder — only ever for demo installations. */
export function writeDemoSecret(dataDir: string, master: Uint8Array): void {
  writeFileSync(demoSecretPath(dataDir), masterKeyToWords(master) + "\n", { mode: 0o600 });
}

/** Reads the demo master key back, or null when there is none. */
export async function readDemoSecret(dataDir: string): Promise<Buffer | null> {
  const p = demoSecretPath(dataDir);
  return existsSync(p) ? parseSecret(readFileSync(p, "utf8")) : null;
}

/** The warning printed whenever a demo installation starts. */
export const DEMO_WARNING = [
  "!!! DEMO MODE — NOT FOR REAL CASES !!!",
  "This installation's recovery secret is stored in its own data folder, so anyone holding",
  "the folder can read the vault. Use `tnr init` on an empty data folder for real work.",
].join("\n");
