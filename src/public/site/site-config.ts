import { LANGUAGES, type Lang } from "../../i18n/languages.ts";

/** What the public site says about the organisation running it (from the environment). */
export interface SiteConfig {
  /** The organisation's name per language, shown in the header and feeds. */
  name: Record<Lang, string>;
  /** The hotline in the banner on every page: shown as dialled, linked as `tel:`. */
  hotline: { display: string; tel: string } | null;
  /** The live site's origin (`https://…`): forms on a static mirror point there. */
  liveUrl: string | null;
  /** Published counts below this are suppressed. */
  suppressionThreshold: number;
  demo: boolean;
}

/** A fictional hotline for demo installations (DESIGN.md: never a real number in demo data). */
const DEMO_HOTLINE = { display: "+995 32 200 00 00", tel: "+995322000000" };

/**
 * Reads TNR_SITE_NAME (one name, or `ka=…;en=…;az=…;ru=…`), TNR_HOTLINE, TNR_PUBLIC_URL and
 * TNR_SUPPRESSION_THRESHOLD; demo installations get a fictional hotline when none is set.
 */
export function siteConfig(env: NodeJS.ProcessEnv, demo: boolean): SiteConfig {
  const raw =
    env.TNR_SITE_NAME?.trim() ||
    (demo
      ? "ka=TNR მონიტორი (დემო);en=TNR Monitor (demo);az=TNR Monitor (demo);ru=TNR Monitor (демо)"
      : "TNR Monitor");
  const parts = Object.fromEntries(
    raw.split(";").map((p) => {
      const [k, ...v] = p.split("=");
      return v.length ? [k!.trim(), v.join("=").trim()] : ["*", p.trim()];
    }),
  );
  const name = Object.fromEntries(
    LANGUAGES.map((l) => [l, parts[l] ?? parts["*"] ?? parts.en ?? "TNR Monitor"]),
  ) as Record<Lang, string>;
  const hotlineText = env.TNR_HOTLINE?.trim();
  const hotline = hotlineText
    ? { display: hotlineText, tel: hotlineText.replace(/[^\d+]/g, "") }
    : demo
      ? DEMO_HOTLINE
      : null;
  const threshold = Number.parseInt(env.TNR_SUPPRESSION_THRESHOLD ?? "5", 10);
  return {
    name,
    hotline,
    liveUrl: env.TNR_PUBLIC_URL?.startsWith("https://")
      ? env.TNR_PUBLIC_URL.replace(/\/$/, "")
      : null,
    suppressionThreshold: Number.isFinite(threshold) && threshold >= 2 ? threshold : 5,
    demo,
  };
}
