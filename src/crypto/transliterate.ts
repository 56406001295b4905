/**
 * Folds a personal name written in Latin Azerbaijani, English-style Latin, Cyrillic (Russian or
 * Azerbaijani) or Georgian into comparable Latin "skeletons", so that Müxtarlı, Mukhtarli,
 * Мухтарлы and მუხთარლი meet. Used only to build blind-index tokens: never shown to users.
 */

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "gh",
  д: "d",
  е: "e",
  ё: "yo",
  ә: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  ј: "y",
  к: "k",
  ҝ: "g",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ҹ: "j",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  і: "i",
};

const GEORGIAN: Record<string, string> = {
  ა: "a",
  ბ: "b",
  გ: "g",
  დ: "d",
  ე: "e",
  ვ: "v",
  ზ: "z",
  თ: "t",
  ი: "i",
  კ: "k",
  ლ: "l",
  მ: "m",
  ნ: "n",
  ო: "o",
  პ: "p",
  ჟ: "zh",
  რ: "r",
  ს: "s",
  ტ: "t",
  უ: "u",
  ფ: "p",
  ქ: "k",
  ღ: "gh",
  ყ: "q",
  შ: "sh",
  ჩ: "ch",
  ც: "ts",
  ძ: "dz",
  წ: "ts",
  ჭ: "ch",
  ხ: "kh",
  ჯ: "j",
  ჰ: "h",
  ჱ: "ey",
  ჲ: "y",
  ჳ: "w",
  ჴ: "q",
  ჵ: "o",
};

/** Azerbaijani Latin letters whose English-style spelling differs. */
const AZ_LATIN: Record<string, string> = {
  ə: "e",
  ı: "i",
  i̇: "i",
  ö: "o",
  ü: "u",
  ş: "sh",
  ç: "ch",
  ğ: "gh",
  x: "kh",
  c: "j",
  q: "g",
};

/** Lower-cases, maps dotted/dotless i, and transliterates every script to plain Latin. */
export function toLatin(name: string): string {
  const lower = name.normalize("NFC").replace(/İ/g, "i").replace(/I/g, "i").toLowerCase();
  let out = "";
  for (const ch of lower) {
    out += CYRILLIC[ch] ?? GEORGIAN[ch] ?? AZ_LATIN[ch] ?? ch;
  }
  // Remaining diacritics (é, ñ …) fold to their base letter.
  return out.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * A looser key: letters only, vowels y/i and a/e merged, doubled letters and silent h collapsed.
 * Azerbaijani ə is written "a" in English (Əliyev → Aliyev) but "e" in Russian (Алиев, Мамедов).
 */
function loosen(latin: string): string {
  return latin
    .replace(/[^a-z]/g, "")
    .replace(/dzh|dj/g, "j")
    .replace(/kh/g, "h")
    .replace(/gh/g, "g")
    .replace(/y/g, "i")
    .replace(/e/g, "a")
    .replace(/f/g, "p")
    .replace(/(.)\1+/g, "$1");
}

/** Exact-but-normalised form: NFC, lower case, single spaces, dotless i folded. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/İ/g, "i")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The forms under which a name is indexed and looked up: the whole name in loose form, and each
 * word of it loose (so "Mukhtarli" finds "Afgan Müxtarlı").
 */
export function nameForms(name: string): string[] {
  const exact = normaliseName(name);
  if (!exact) return [];
  const words = toLatin(exact)
    .replace(/[^a-z ]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 1);
  // Only the loose forms are stored: an exact or transliterated match is always a loose match
  // too, so more precise tokens would add index writes without finding anything more.
  const forms = new Set<string>();
  if (words.length > 1) forms.add(`loose:${words.map(loosen).join(" ")}`);
  for (const w of words) forms.add(`word:${loosen(w)}`);
  return [...forms];
}

/** The forms a search query should try: the whole-name forms, or a single word's. */
export function queryForms(query: string): string[] {
  const forms = nameForms(query);
  const words = forms.filter((f) => f.startsWith("word:"));
  return words.length === 1
    ? [...forms.filter((f) => !f.startsWith("word:")), ...words]
    : forms.filter((f) => !f.startsWith("word:"));
}
