import { notePublicStoreChanged } from "./public-store-changes.ts";
import type { Kysely, Transaction } from "kysely";
import type { PublicAttachmentMeta } from "./public-attachments.repository.ts";
import type { PublicIncident } from "./public-incident.types.ts";
import type { AggregateCell, IncidentFact } from "./suppression.ts";

/** The public store or a transaction on it. */
export type PublicDb = Kysely<any> | Transaction<any>;

/** A published document as the public store keeps it. */
export interface PublicDocumentRow {
  slug: string;
  documentType: string;
  categories: string[];
  coAuthors: string[];
  citedIncidentIds: string[];
  originalLanguage: string;
  publishedOn: string | null;
  translations: { language: string; title: string; summary: string | null; body: string }[];
  /** Files published with it (their bytes are written by putPublicAttachments). */
  attachments?: PublicAttachmentMeta[];
}

/** Writes (or rewrites) one public incident and its facets; safe to repeat. */
export async function putPublicIncident(
  db: PublicDb,
  p: PublicIncident,
  publishedAt: string,
): Promise<void> {
  notePublicStoreChanged();
  await deletePublicIncident(db, p.publicId);
  await db
    .insertInto("public_incidents")
    .values({
      public_id: p.publicId,
      origin_state: p.originState,
      host_state: p.hostState,
      year: p.year,
      date_label: p.date.from,
      primary_tactic: p.primaryTactic,
      primary_tactic_group: p.primaryTacticGroup,
      target_profile: p.targetProfiles[0] ?? null,
      furthest_stage: p.response.furthestStageRank,
      verification_status: p.verificationStatus,
      countable: p.countable ? 1 : 0,
      counted: p.counted ? 1 : 0,
      published_at: publishedAt,
      payload: JSON.stringify(p),
    })
    .execute();
  const facets = [
    ...p.tactics.flatMap((t) => [
      ["tactic", t.tactic],
      ["tactic_group", t.group],
      ["tactic_group", t.topGroup],
    ]),
    ...p.targetProfiles.map((t) => ["target_profile", t]),
  ];
  const unique = [...new Set(facets.map((f) => f.join("\0")))].map((f) => f.split("\0"));
  if (unique.length)
    await db
      .insertInto("public_incident_facets")
      .values(unique.map(([facet, value]) => ({ public_id: p.publicId, facet, value })))
      .execute();
}

/** Removes one public incident and its facets (nothing happens when it is not there). */
export async function deletePublicIncident(db: PublicDb, publicId: string): Promise<void> {
  notePublicStoreChanged();
  await db.deleteFrom("public_incident_facets").where("public_id", "=", publicId).execute();
  await db.deleteFrom("public_incidents").where("public_id", "=", publicId).execute();
}

/** The public incidents with these ids that are published now. */
export async function publishedIncidentIds(db: PublicDb, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("public_incidents")
    .select("public_id")
    .where("public_id", "in", ids)
    .execute();
  return new Set(rows.map((r: { public_id: string }) => r.public_id));
}

/** What statistics count: published incidents that are verified, dated and have a tactic. */
export async function countedIncidentFacts(db: PublicDb): Promise<IncidentFact[]> {
  const rows = await db
    .selectFrom("public_incidents")
    .select([
      "host_state",
      "year",
      "primary_tactic_group",
      "furthest_stage",
      "countable",
      "payload",
    ])
    .where("counted", "=", 1)
    .where("year", "is not", null)
    .where("primary_tactic_group", "is not", null)
    .orderBy("public_id")
    .execute();
  return rows.map((r: Record<string, unknown>) => ({
    host: String(r.host_state),
    year: Number(r.year),
    group: String(r.primary_tactic_group),
    stage: Number(r.furthest_stage),
    countable: Number(r.countable) === 1,
    firstResponseDays: (JSON.parse(String(r.payload)) as PublicIncident).response.firstResponseDays,
  }));
}

/** Replaces every aggregate cell at once. */
export async function replaceAggregateCells(db: PublicDb, cells: AggregateCell[]): Promise<void> {
  notePublicStoreChanged();
  await db.deleteFrom("public_aggregate_cells").execute();
  for (let i = 0; i < cells.length; i += 200) {
    await db
      .insertInto("public_aggregate_cells")
      .values(
        cells.slice(i, i + 200).map((c) => ({
          table_name: c.table,
          cell_key: c.key,
          host_state: c.host,
          year: c.year,
          tactic_group: c.group,
          stage: c.stage,
          value: c.value,
          suppressed: c.suppressed ? 1 : 0,
        })),
      )
      .execute();
  }
}

/** Sets one bookkeeping value of the public store. */
export async function setPublicMeta(db: PublicDb, key: string, value: string): Promise<void> {
  await db
    .insertInto("public_meta")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
}

/** Writes (or rewrites) one published document with its translations and categories. */
export async function putPublicDocument(
  db: PublicDb,
  d: PublicDocumentRow,
  publishedAt: string,
): Promise<void> {
  notePublicStoreChanged();
  await deletePublicDocument(db, d.slug);
  await db
    .insertInto("public_documents")
    .values({
      slug: d.slug,
      document_type: d.documentType,
      categories: JSON.stringify(d.categories),
      co_authors: JSON.stringify(d.coAuthors),
      cited_incident_ids: JSON.stringify(d.citedIncidentIds),
      original_language: d.originalLanguage,
      published_on: d.publishedOn,
      published_at: publishedAt,
    })
    .execute();
  if (d.categories.length)
    await db
      .insertInto("public_document_categories")
      .values(d.categories.map((category) => ({ slug: d.slug, category })))
      .execute();
  if (d.translations.length)
    await db
      .insertInto("public_document_translations")
      .values(
        d.translations.map((t) => ({
          slug: d.slug,
          language: t.language,
          title: t.title,
          summary: t.summary,
          body_markdown: t.body,
        })),
      )
      .execute();
}

/** Removes one published document, its translations, categories and files. */
export async function deletePublicDocument(db: PublicDb, slug: string): Promise<void> {
  notePublicStoreChanged();
  for (const table of [
    "public_attachments",
    "public_document_translations",
    "public_document_categories",
    "public_documents",
  ])
    await db.deleteFrom(table).where("slug", "=", slug).execute();
}

/** Every public table as text, for tests and audits that search the whole public store. */
export async function dumpPublicStore(db: PublicDb): Promise<string> {
  const tables = [
    "public_meta",
    "public_incidents",
    "public_incident_facets",
    "public_documents",
    "public_document_categories",
    "public_document_translations",
    "public_aggregate_cells",
  ];
  const parts: string[] = [];
  for (const t of tables)
    parts.push(t, JSON.stringify(await db.selectFrom(t).selectAll().execute()));
  return parts.join("\n");
}
