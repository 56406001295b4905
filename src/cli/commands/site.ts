import type { Config } from "../../config.ts";
import { isLang, LANGUAGES, type Lang } from "../../i18n/languages.ts";
import { AppError } from "../../errors.ts";
import { exportSite } from "../../public/export/export-site.ts";
import { siteConfig } from "../../public/site/site-config.ts";
import { Progress } from "../progress.ts";
import { openSealed } from "../vault-session.ts";

/**
 * `tnr export-site OUT [--lang ka,en]`: the public site as static files. Reads the public store
 * only, so it runs with the vault sealed (and needs no secret).
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
  const vault = await openSealed(config);
  const progress = new Progress("Writing the static site");
  try {
    const report = await exportSite({
      publicDb: vault.stores.publicDb,
      out,
      config: siteConfig(process.env, Boolean(vault.installation?.demo)),
      languages: languages as Lang[],
      onProgress: (n) => progress.update(n, undefined, "pages"),
    });
    progress.done(`${report.pages.toLocaleString("en")} pages`);
    console.log(
      `Wrote ${report.files.toLocaleString("en")} files (${(report.bytes / 1e6).toFixed(1)} MB) to ${out} in ${(report.ms / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await vault.close();
  }
}
