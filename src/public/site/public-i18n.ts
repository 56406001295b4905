import { translator } from "../../i18n/i18n.ts";
import type { Lang } from "../../i18n/languages.ts";
import { publicAz } from "./public-messages.az.ts";
import { publicEn, type PublicKey } from "./public-messages.en.ts";
import { publicKa } from "./public-messages.ka.ts";
import { publicRu } from "./public-messages.ru.ts";

export type { PublicKey } from "./public-messages.en.ts";

/** The public-site catalogues in the four languages. */
export const PUBLIC_CATALOGUES: Record<Lang, Record<PublicKey, string>> = {
  ka: publicKa,
  en: publicEn,
  az: publicAz,
  ru: publicRu,
};

const pub = translator(PUBLIC_CATALOGUES);

/** A public-site message in a language, placeholders filled. */
export const pt = pub.t;

/** A public-site message whose wording depends on a count ({n}). */
export const ptn = pub.tn;
