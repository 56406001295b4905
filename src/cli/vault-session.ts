import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import { wipe } from "../crypto/keys.ts";
import { openStores } from "../db/stores.ts";
import { AppError } from "../errors.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { readDemoSecret } from "../vault/demo-key.ts";
import { Vault } from "../vault/vault.ts";
import { readRecoverySecret } from "./secret-input.ts";

/** An unsealed vault for the length of one command. */
export interface VaultSession {
  vault: Vault;
  db: Kysely<any>;
  keys: VaultKeys;
  close(): Promise<void>;
}

/** Opens the stores of the configuration without unsealing (for init, status, restore). */
export async function openSealed(config: Config): Promise<Vault> {
  return Vault.open(await openStores(config));
}

/**
 * Opens and unseals the vault for a command: a demo installation uses its stored demo key;
 * otherwise the secret comes from TNR_UNSEAL_FILE or standard input (see readRecoverySecret).
 */
export async function openUnsealed(config: Config): Promise<VaultSession> {
  const vault = await openSealed(config);
  try {
    if (vault.state === "uninitialised") {
      throw new AppError(
        "not_initialised",
        "This installation is not initialised: run `tnr init` first (or `npm start` for a demo).",
      );
    }
    const master =
      (vault.installation?.demo ? await readDemoSecret(config.dataDir) : null) ??
      (await readRecoverySecret(config.unsealFile));
    try {
      await vault.unseal(master);
    } finally {
      wipe(master);
    }
    return { vault, db: vault.db(), keys: vault.keys(), close: () => vault.close() };
  } catch (e) {
    await vault.close();
    throw e;
  }
}
