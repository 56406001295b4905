import type { RenderLang } from "./chart-svg.ts";

/** The fixed phrases chart and map descriptions are built from, in one language. */
export interface ChartMessages {
  /** In-chart label for a suppressed count, e.g. "<5". */
  suppressedShort: (threshold: number) => string;
  /** Description and table text for a suppressed count. */
  suppressedLong: (threshold: number) => string;
  /** Description and in-chart text for a median hidden because too few incidents lie behind it. */
  medianSuppressed: (threshold: number) => string;
  /** In-chart label for a suppressed median. */
  suppressedWord: string;
  ofThese: string;
  shareNote: string;
  total: string;
  atLeast: (n: string) => string;
  peak: string;
  noData: string;
  /** Map only: states with data that lie outside the drawn region. */
  outsideMap: string;
  /** Map only: how to read the class patterns. */
  legendTitle: string;
}

/**
 * Azerbaijani ablative after a numeral follows the vowel of the numeral's last word
 * (5-dən, 6-dan, 10-dan); thresholds are small, so the tens are enough.
 */
function azAblative(n: number): string {
  const back = new Set([6, 9, 10, 30, 40, 60, 90]);
  const last = n % 10 === 0 ? n % 100 : n % 10;
  return `${n}-${back.has(last) ? "dan" : "dən"}`;
}

/** Built-in messages for the four languages; callers may override any of them. */
export const CHART_MESSAGES: Record<RenderLang, ChartMessages> = {
  en: {
    suppressedShort: (t) => `<${t}`,
    suppressedLong: (t) => `fewer than ${t} (suppressed)`,
    medianSuppressed: (t) => `not shown (fewer than ${t} incidents)`,
    suppressedWord: "suppressed",
    ofThese: "Of these:",
    shareNote: "Percentages are shares of the reported incidents.",
    total: "total",
    atLeast: (n) => `at least ${n}`,
    peak: "peak",
    noData: "No data.",
    outsideMap: "Outside the map area:",
    legendTitle: "Incidents",
  },
  ka: {
    suppressedShort: (t) => `<${t}`,
    suppressedLong: (t) => `${t}-ზე ნაკლები (დაფარულია)`,
    medianSuppressed: (t) => `არ არის ნაჩვენები (${t}-ზე ნაკლები ინციდენტი)`,
    suppressedWord: "დაფარულია",
    ofThese: "მათგან:",
    shareNote: "პროცენტები აჩვენებს წილს შეტყობინებულ ინციდენტებში.",
    total: "სულ",
    atLeast: (n) => `სულ მცირე ${n}`,
    peak: "პიკი",
    noData: "მონაცემები არ არის.",
    outsideMap: "რუკის არეალს მიღმა:",
    legendTitle: "ინციდენტები",
  },
  az: {
    suppressedShort: (t) => `<${t}`,
    suppressedLong: (t) => `${azAblative(t)} az (gizlədilib)`,
    medianSuppressed: (t) => `göstərilmir (${azAblative(t)} az insident)`,
    suppressedWord: "gizlədilib",
    ofThese: "Onlardan:",
    shareNote: "Faizlər bildirilən insidentlərdəki payı göstərir.",
    total: "cəmi",
    atLeast: (n) => `ən azı ${n}`,
    peak: "pik",
    noData: "Məlumat yoxdur.",
    outsideMap: "Xəritə sahəsindən kənarda:",
    legendTitle: "İnsidentlər",
  },
  ru: {
    suppressedShort: (t) => `<${t}`,
    suppressedLong: (t) => `менее ${t} (скрыто)`,
    medianSuppressed: (t) => `не показано (менее ${t} инцидентов)`,
    suppressedWord: "скрыто",
    ofThese: "Из них:",
    shareNote: "Проценты — доля от числа сообщённых инцидентов.",
    total: "всего",
    atLeast: (n) => `не менее ${n}`,
    peak: "пик",
    noData: "Нет данных.",
    outsideMap: "За пределами карты:",
    legendTitle: "Инциденты",
  },
};

/** The messages for a language with the caller's overrides applied. */
export function chartMessages(
  lang: RenderLang,
  overrides: Partial<ChartMessages> = {},
): ChartMessages {
  return { ...CHART_MESSAGES[lang], ...overrides };
}
