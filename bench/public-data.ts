import { createHash } from "node:crypto";
import { join } from "node:path";
import { openStores } from "../src/db/stores.ts";
import { openSqliteFile } from "../src/db/sqlite.ts";
import type { Lang } from "../src/i18n/languages.ts";
import { stageName } from "../src/interventions/intervention-stage.ts";
import type { PublicIncident } from "../src/publishing/public-incident.types.ts";
import { TACTICS, TACTIC_GROUPS, FLAT_SCHEMES } from "../src/vocabularies/vocabulary.codes.ts";
import { HOSTS, ORIGINS, prng } from "./store/generate.ts";
import { documentMarkdown, words } from "./public-text.ts";

/** What the generator put in the public store, and pages worth measuring. */
export interface PublicData {
  documents: number;
  translations: number;
  incidents: number;
  /** A document whose original is Georgian (and which also exists in English). */
  sampleSlug: string;
  sampleTitleKa: string;
  sampleIncidentId: string;
}

/** Every document exists in its original language and one translation (see docs/benchmarks.md). */
export const TRANSLATIONS_PER_DOCUMENT = 2;
/** Words in one document body. */
export const BODY_WORDS = 2000;

const CITIES: Record<string, string[]> = {
  GE: ["Tbilisi", "Batumi", "Kutaisi", "Rustavi"],
  TR: ["Istanbul", "Ankara"],
  DE: ["Berlin", "Munich"],
  UA: ["Kyiv", "Odesa"],
};
const TACTIC_CODES = Object.keys(TACTICS);
const PROFILES = FLAT_SCHEMES.target_profile;
const VERIFICATION = ["verified", "verified", "verified", "corroborated", "reported"];
const CONFIDENCE = ["almost_certain", "very_likely", "likely"];
const ROLES = FLAT_SCHEMES.involvement_role;
const TYPES = FLAT_SCHEMES.document_type;
const CATEGORIES = FLAT_SCHEMES.document_category;

/** The public id of synthetic incident n: "i" and 20 hex digits, like the real HMAC ids. */
export function benchPublicId(n: number): string {
  return `i${createHash("sha256").update(`bench-${n}`).digest("hex").slice(0, 20)}`;
}

/** One realistic public incident (the projection's shape, generalised dates and places). */
function incident(r: () => number, n: number): PublicIncident {
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const host = pick(HOSTS);
  const year = 2010 + Math.floor(r() * 16);
  const monthly = r() < 0.7;
  const from = monthly ? `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}` : `${year}`;
  const codes = [
    ...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(TACTIC_CODES))),
  ];
  const tactics = codes.map((t) => {
    const group = TACTICS[t as keyof typeof TACTICS];
    return { tactic: t, group, topGroup: TACTIC_GROUPS[group] ?? group };
  });
  const victims = Array.from({ length: r() < 0.85 ? 1 : 2 }, () => ({
    name: r() < 0.02 ? `${words(r, "en", 2)}` : null,
    targetProfile: pick(PROFILES),
  }));
  const furthest = Math.floor(r() * 6);
  const timeline = Array.from({ length: furthest }, (_, k) => ({
    stage: stageName(k + 1),
    daysFromFiling: k === 0 ? 0 : 10 + Math.floor(r() * 90) * k,
  }));
  const verificationStatus = pick(VERIFICATION);
  const city = CITIES[host] && r() < 0.7 ? pick(CITIES[host]!) : null;
  return {
    publicId: benchPublicId(n),
    originState: pick(ORIGINS),
    hostState: host,
    date: { from, to: null, precision: monthly ? "month" : "year" },
    year,
    place: city
      ? { city, country: host, precision: "city" }
      : { city: null, country: host, precision: r() < 0.2 ? "online" : "country" },
    tactics,
    primaryTactic: tactics[0]!.tactic,
    primaryTacticGroup: tactics[0]!.topGroup,
    targetProfiles: [...new Set(victims.map((v) => v.targetProfile))].sort(),
    victims,
    verificationStatus,
    countable: r() < 0.3,
    counted: verificationStatus === "verified",
    attributions: Array.from({ length: Math.floor(r() * 3) }, () => ({
      state: pick(ORIGINS),
      role: pick(ROLES),
      confidence: pick(CONFIDENCE),
    })),
    response: {
      furthestStage: stageName(furthest),
      furthestStageRank: furthest,
      timeline,
      firstResponseDays: furthest > 1 ? timeline[1]!.daysFromFiling : null,
      daysWithoutResponse: furthest === 1 ? 30 + Math.floor(r() * 900) : null,
      complaints: furthest > 0 ? 1 + Math.floor(r() * 3) : 0,
    },
    citations: Array.from({ length: Math.floor(r() * 4) }, (_, k) => ({
      label: `${words(r, "en", 3)} (${year})`,
      url: `https://news.example.org/${year}/${n}-${k}`,
      publishedOn: from,
      grade: `${pick(["A", "B", "C"])}${1 + Math.floor(r() * 3)}`,
    })),
    summary: `${words(r, "en", 25 + Math.floor(r() * 40))}.`,
  };
}

const ORIGINALS: Lang[] = ["ka", "ka", "ka", "ka", "ka", "en", "en", "az", "ru", "ka"];

/**
 * Fills the public store of `dataDir` with N published documents and M published incidents by
 * bulk inserts (the vault and publishing are bypassed: 100,000 publications would take hours).
 * The aggregate cells stay empty: no measured page reads them (see docs/benchmarks.md).
 */
export async function generatePublicStore(
  dataDir: string,
  opts: { documents: number; incidents: number; log: (s: string) => void },
): Promise<PublicData> {
  const stores = await openStores({ dataDir, pgSchemaPrefix: "tnr" });
  await stores.destroy();
  const db = openSqliteFile(join(dataDir, "public.db"));
  db.pragma("synchronous = OFF");
  const r = prng(20261129);
  const publishedAt = "2026-11-01T09:00:00.000Z";
  const putIncident = db.prepare(
    "insert into public_incidents values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  );
  const putFacet = db.prepare("insert or ignore into public_incident_facets values (?,?,?)");
  const putDoc = db.prepare("insert into public_documents values (?,?,?,?,?,?,?,?)");
  const putCat = db.prepare("insert into public_document_categories values (?,?)");
  const putText = db.prepare("insert into public_document_translations values (?,?,?,?,?)");
  const batch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const p = incident(r, n);
      putIncident.run(
        p.publicId,
        p.originState,
        p.hostState,
        p.year,
        p.date.from,
        p.primaryTactic,
        p.primaryTacticGroup,
        p.targetProfiles[0] ?? null,
        p.response.furthestStageRank,
        p.verificationStatus,
        p.countable ? 1 : 0,
        p.counted ? 1 : 0,
        publishedAt,
        JSON.stringify(p),
      );
      for (const t of p.tactics) {
        putFacet.run(p.publicId, "tactic", t.tactic);
        putFacet.run(p.publicId, "tactic_group", t.group);
        putFacet.run(p.publicId, "tactic_group", t.topGroup);
      }
      for (const t of p.targetProfiles) putFacet.run(p.publicId, "target_profile", t);
    }
  });
  for (let n = 0; n < opts.incidents; n += 5000) batch(n, Math.min(opts.incidents, n + 5000));
  opts.log(`  ${opts.incidents.toLocaleString("en")} public incidents`);

  let sampleSlug = "";
  let sampleTitleKa = "";
  let translations = 0;
  const docs = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
      const slug = `doc-${String(n).padStart(5, "0")}-${words(r, "en", 2).toLowerCase().replace(/\s+/g, "-")}`;
      const original = ORIGINALS[n % ORIGINALS.length]!;
      const second: Lang = original === "en" ? "ka" : "en";
      const cats = [...new Set([pick(CATEGORIES), pick(CATEGORIES)])];
      const cited = Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
        benchPublicId(Math.floor(r() * Math.max(1, opts.incidents))),
      );
      const year = 2012 + Math.floor(r() * 14);
      putDoc.run(
        slug,
        pick(TYPES),
        JSON.stringify(cats),
        JSON.stringify(r() < 0.5 ? ["Bench Human Rights Centre", "Example Legal Aid"] : []),
        JSON.stringify([...new Set(cited)]),
        original,
        `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}`,
        publishedAt,
      );
      for (const c of cats) putCat.run(slug, c);
      for (const lang of [original, second]) {
        const title = words(r, lang, 6);
        putText.run(
          slug,
          lang,
          title,
          `${words(r, lang, 30)}.`,
          documentMarkdown(n * 4 + (lang === original ? 0 : 1), lang, BODY_WORDS, cited),
        );
        translations++;
        if (!sampleSlug && lang === "ka" && original === "ka") sampleTitleKa = title;
      }
      if (!sampleSlug && original === "ka") sampleSlug = slug;
    }
  });
  for (let n = 0; n < opts.documents; n += 500) docs(n, Math.min(opts.documents, n + 500));
  opts.log(`  ${opts.documents.toLocaleString("en")} documents, ${translations} translations`);
  db.close();
  return {
    documents: opts.documents,
    translations,
    incidents: opts.incidents,
    sampleSlug,
    sampleTitleKa,
    sampleIncidentId: benchPublicId(Math.floor(opts.incidents / 2)),
  };
}
