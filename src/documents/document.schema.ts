import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { Maybe, PartialDate, Ref, Text, Vocab } from "../records/schema-helpers.ts";

/** A publication: analytical document, statement, news or report, with co-authors. */
export const documentSpec = defineRecord({
  type: "document",
  table: "documents",
  description: "A publication with categories, co-authoring organisations and cited incidents.",
  schema: Type.Object(
    {
      slug: Type.String({ pattern: "^[a-z0-9][a-z0-9-]{1,120}$" }),
      document_type: Vocab("document_type"),
      categories: Type.Array(Vocab("document_category"), { maxItems: 10 }),
      co_author_ids: Type.Array(Ref("organisation"), { maxItems: 20 }),
      cited_incident_ids: Type.Array(Ref("incident"), { maxItems: 500 }),
      status: Vocab("document_status"),
      original_language: Type.String({ pattern: "^(en|ka|az|ru)$" }),
      published_on: Maybe(PartialDate()),
    },
    { additionalProperties: false },
  ),
});

/** The text of a document in one language (markdown with footnotes). */
export const documentTranslationSpec = defineRecord({
  type: "document_translation",
  table: "document_translations",
  description: "A document's title, summary and markdown body in one language.",
  schema: Type.Object(
    {
      document_id: Ref("document"),
      language: Type.String({ pattern: "^(en|ka|az|ru)$" }),
      title: Text(400, { minLength: 1 }),
      summary: Maybe(Text(2000)),
      body_markdown: Text(500000),
      translation_status: Vocab("translation_status"),
    },
    { additionalProperties: false },
  ),
});
