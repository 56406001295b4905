import { availableParallelism } from "node:os";
import type { Config } from "../../config.ts";
import { isLang, LANGUAGES, type Lang } from "../../i18n/languages.ts";
import { AppError } from "../../errors.ts";
import { ExportWorkers } from "../../public/export/export-workers.ts";
import { publicStoreSpec } from "../../public/export/public-reader.ts";
import { siteConfig } from "../../public/site/site-config.ts";
import type { Vault } from "../../vault/vault.ts";
import { Progress } from "../progress.ts";
import { openSealed } from "../vault-session.ts";

/**
 * Export worker threads beside the main thread, which draws too: one per further core, or
 * TNR_EXPORT_WORKERS (0: the main thread draws everything).
 */
function exportWorkers(env: NodeJS.ProcessEnv): number {
  const set = env.TNR_EXPORT_WORKERS?.trim();
  if (set && /^\d{1,2}$/.test(set)) return Number(set);
  return availableParallelism() - 1;
}

/**
 * `tnr export-site OUT [--lang ka,en]`: the public site as static files. Reads the public store
 * only, so it runs with the vault sealed (and needs no secret). The workers are started first:
 * they load the page modules while this thread opens the stores and loads them too.
 */
export async function exportSiteCommand(
  config: Config,
  out: string,
  opts: { lang?: string },
): Promise<number> {
  const languages = opts.lang ? opts.lang.split(",").map((l) => l.trim()) : [...LANGUAGES];
  const bad = languages.filter((l) => !isLang(l));
  if (bad.length)
    throw new AppError(
      "invalid_input",
      `Unknown language ${bad.join(", ")}: use ${LANGUAGES.join(", ")}.`,
    );
  const count = exportWorkers(process.env);
  const workers = count > 0 ? new ExportWorkers(count, publicStoreSpec(config)) : undefined;
  let vault: Vault | null = null;
  try {
    vault = await openSealed(config);
    const progress = new Progress("Writing the static site");
    // Loaded only now, while the workers load the same modules on the other cores.
    const { exportSite } = await import("../../public/export/export-site.ts");
    const report = await exportSite({
      publicDb: vault.stores.publicDb,
      out,
      config: siteConfig(process.env, Boolean(vault.installation?.demo)),
      languages: languages as Lang[],
      workers,
      onProgress: (n) => progress.update(n, undefined, "pages"),
    });
    progress.done(`${report.pages.toLocaleString("en")} pages`);
    console.log(
      `Wrote ${report.files.toLocaleString("en")} files (${(report.bytes / 1e6).toFixed(1)} MB) to ${out} in ${(report.ms / 1000).toFixed(1)} s.`,
    );
    return 0;
  } catch (e) {
    await workers?.terminate();
    throw e;
  } finally {
    await vault?.close();
  }
}
