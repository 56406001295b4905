import type { DemoSet } from "./demo-record.ts";
import { ANALYSIS_AZ } from "./demo-analysis.az.ts";
import { ANALYSIS_EN } from "./demo-analysis.en.ts";
import { ANALYSIS_KA } from "./demo-analysis.ka.ts";
import { ANALYSIS_RU } from "./demo-analysis.ru.ts";
import { orgId, type OrgKey } from "./organisations.ts";
import { PUBLIC_CASE_KEYS, publicIncidentId } from "./public-case-ids.ts";
import { SHORT_DOCUMENTS } from "./demo-short-documents.ts";

/** Title, summary and markdown body of a demo document in one language. */
export interface DemoTranslationText {
  title: string;
  summary: string;
  body: string;
}

/** A demo document that the demo publishing step publishes (status "published"). */
export interface DemoPublishedDocument {
  key: string;
  owner: OrgKey;
  slug: string;
  type: string;
  categories: string[];
  coAuthors: OrgKey[];
  cited: string[];
  publishedOn: string;
  /** The first is the original; the others are reviewed translations. */
  translations: [string, DemoTranslationText][];
}

/** The analytical document on Azerbaijani exiles in Georgia, in all four languages. */
export const ANALYSIS: DemoPublishedDocument = {
  key: "exiles-in-georgia",
  owner: "demo_rights_centre",
  slug: "demo-no-safe-harbour-azerbaijani-exiles-in-georgia",
  type: "analytical_document",
  categories: ["ethnic_minorities", "transnational_repression"],
  coAuthors: ["demo_rights_centre", "demo_caucasus_monitor", "demo_exile_network"],
  cited: PUBLIC_CASE_KEYS.map(publicIncidentId),
  publishedOn: "2026-11",
  translations: [
    ["en", ANALYSIS_EN],
    ["ka", ANALYSIS_KA],
    ["az", ANALYSIS_AZ],
    ["ru", ANALYSIS_RU],
  ],
};

/**
 * Adds the analytical document and the short documents, marked "published" without a
 * publication record: the demo publishing step publishes them through the two-person rule.
 */
export function buildPublishedDemoDocuments(set: DemoSet): void {
  for (const d of [ANALYSIS, ...SHORT_DOCUMENTS]) {
    const owner = orgId(d.owner);
    const documentId = set.add(
      "document",
      d.key,
      {
        slug: d.slug,
        document_type: d.type,
        categories: d.categories,
        co_author_ids: d.coAuthors.map(orgId),
        cited_incident_ids: d.cited,
        status: "published",
        original_language: d.translations[0]![0],
        published_on: d.publishedOn,
      },
      owner,
    );
    d.translations.forEach(([language, t], n) =>
      set.add(
        "document_translation",
        `${d.key}:${language}`,
        {
          document_id: documentId,
          language,
          title: t.title,
          summary: t.summary,
          body_markdown: t.body,
          translation_status: n === 0 ? "original" : "reviewed",
        },
        owner,
      ),
    );
  }
}
