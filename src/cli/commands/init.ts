import { writeFileSync } from "node:fs";
import type { Config } from "../../config.ts";
import { masterKeyToWords, splitMasterKey } from "../../crypto/recovery-secret.ts";
import { generateMasterKey, wipe } from "../../crypto/keys.ts";
import { AppError } from "../../errors.ts";
import {
  installBuiltInVocabulary,
  VOCABULARY_RELEASED_AT,
} from "../../vocabularies/vocabulary.repository.ts";
import { openSealed } from "../vault-session.ts";

/** `tnr init`: creates the installation, prints (or writes) the recovery secret and optional shares. */
export async function initCommand(
  config: Config,
  opts: { shares?: number; threshold?: number; secretFile?: string },
): Promise<number> {
  const vault = await openSealed(config);
  try {
    if (vault.state !== "uninitialised")
      throw new AppError(
        "already_initialised",
        "This data folder (or database) already holds an installation.",
      );
    // Everything that can fail on bad options happens before anything is written.
    const candidate = generateMasterKey();
    const words = masterKeyToWords(candidate);
    const shares = opts.shares
      ? await splitMasterKey(
          candidate,
          opts.shares,
          opts.threshold ?? Math.ceil(opts.shares / 2) + 1,
        )
      : [];
    const master = await vault.initialise({ master: candidate });
    await vault.unseal(master);
    await installBuiltInVocabulary(vault.db(), vault.keys(), VOCABULARY_RELEASED_AT);
    wipe(master);
    if (opts.secretFile) {
      writeFileSync(opts.secretFile, words + "\n", { mode: 0o600 });
      console.log(
        `Installation created. The recovery secret was written to ${opts.secretFile} (mode 0600).`,
      );
      console.log("Move it off this machine: anyone who has it can read the vault.");
    } else {
      console.log(
        "Installation created. Write down this recovery secret and keep it off this machine.",
      );
      console.log("Without it the vault cannot be opened — there is no other way in.\n");
      console.log(`  ${words}\n`);
    }
    if (shares.length) {
      console.log(
        `Key shares: any ${opts.threshold ?? Math.ceil(opts.shares! / 2) + 1} of these ${shares.length} unseal the vault. Give each to a different person.\n`,
      );
      shares.forEach((s, i) => console.log(`  share ${i + 1}: ${s}`));
      console.log("");
    }
    return 0;
  } finally {
    await vault.close();
  }
}
