import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../../config.ts";
import { writeBackup } from "../../backup/backup.ts";
import { readBackupHeader, restoreBackup } from "../../backup/restore.ts";
import { wipe } from "../../crypto/keys.ts";
import { evidenceDir } from "../../evidence/evidence.commands.ts";
import { AppError } from "../../errors.ts";
import { writeDemoSecret } from "../../vault/demo-key.ts";
import type { Vault } from "../../vault/vault.ts";
import { Progress } from "../progress.ts";
import { readRecoverySecret } from "../secret-input.ts";
import { openSealed, openUnsealed } from "../vault-session.ts";

/** `tnr backup OUT`: one encrypted, self-checking file of the whole installation. */
export async function backupCommand(config: Config, out: string): Promise<number> {
  if (existsSync(out))
    throw new AppError("invalid_input", `${out} already exists: choose a new file name.`);
  const s = await openUnsealed(config);
  try {
    const progress = new Progress("Backing up");
    const summary = await writeBackup({
      out,
      installation: s.vault.installation!,
      keys: s.keys,
      vaultDb: s.db,
      publicDb: s.vault.stores.publicDb,
      evidenceDir: evidenceDir(config.dataDir),
      onProgress: (n) => progress.update(n),
    });
    progress.done();
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(
      `Backup written to ${out}: ${rows} rows, ${summary.files} evidence files, ${summary.bytes} bytes. It opens only with the recovery secret.`,
    );
    return 0;
  } finally {
    await s.close();
  }
}

/** `tnr restore FILE`: into an empty data folder or database; every row hash is checked twice. */
export async function restoreCommand(
  config: Config,
  file: string,
  opts: { demoSecret?: boolean },
): Promise<number> {
  const header = await readBackupHeader(file);
  const vault = await openSealed(config);
  // The restored vault is opened inside restoreBackup; it must be closed too (open PostgreSQL
  // pools otherwise keep the command alive after it has finished).
  const restored: Vault[] = [];
  try {
    if (vault.state !== "uninitialised" || vault.stores.vaultFileExists()) {
      throw new AppError(
        "already_initialised",
        "Restore needs an empty data folder (or database): this one already holds an installation.",
      );
    }
    const master = await readRecoverySecret(config.unsealFile);
    const progress = new Progress("Restoring");
    const summary = await restoreBackup({
      path: file,
      master,
      evidenceDir: evidenceDir(config.dataDir),
      onProgress: (n) => progress.update(n),
      openEmptyVault: async (installation) => {
        await vault.stores.writeInstallation(installation);
        const fresh = await openSealed(config);
        restored.push(fresh);
        await fresh.unseal(master);
        return { vaultDb: fresh.db(), publicDb: fresh.stores.publicDb };
      },
    });
    if (header.installation.demo && opts.demoSecret !== false)
      writeDemoSecret(config.dataDir, master);
    wipe(master);
    progress.done();
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(
      `Restored ${rows} rows and ${summary.files} evidence files from a backup made ${header.createdAt}; every hash checked.`,
    );
    return 0;
  } catch (e) {
    if (restored.length > 0) {
      for (const v of restored.splice(0)) await v.close();
      await undoPartialRestore(config);
    }
    throw e;
  } finally {
    for (const v of restored) await v.close();
    await vault.close();
  }
}

/** After a failed restore, removes what it wrote so the folder is empty again for the next try. */
async function undoPartialRestore(config: Config): Promise<void> {
  if (config.databaseUrl) {
    console.error(
      "The restore failed: drop the installation's schemas before trying again (nothing was committed).",
    );
    return;
  }
  for (const name of ["installation.json", "vault.db", "vault.db-wal", "vault.db-shm"]) {
    rmSync(join(config.dataDir, name), { force: true });
  }
  rmSync(evidenceDir(config.dataDir), { recursive: true, force: true });
}
