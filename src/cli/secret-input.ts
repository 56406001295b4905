import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseSecret } from "../crypto/recovery-secret.ts";
import { AppError } from "../errors.ts";

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Keep what is typed off the screen: the secret must not end up in a terminal scrollback.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stderr.write(question);
  const answer = await new Promise<string>((res) => rl.question("", res));
  rl.close();
  process.stderr.write("\n");
  return answer;
}

/**
 * Gets the recovery secret (24 words or Shamir shares) for a command that needs the vault:
 * from TNR_UNSEAL_FILE, else piped standard input, else a hidden prompt on a terminal.
 */
export async function readRecoverySecret(unsealFile: string | undefined): Promise<Buffer> {
  if (unsealFile) return parseSecret(readFileSync(unsealFile, "utf8"));
  if (!process.stdin.isTTY) {
    const text = await readAllStdin();
    if (text.trim()) return parseSecret(text);
  } else {
    return parseSecret(
      await promptHidden("Recovery secret (24 words, or shares separated by spaces): "),
    );
  }
  throw new AppError(
    "no_secret",
    "The vault is sealed and no recovery secret was given: set TNR_UNSEAL_FILE to a file holding it, or pipe it on standard input.",
  );
}
