import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { Maybe, PartialDate, Protected, Ref, Text, Vocab } from "../records/schema-helpers.ts";

/** Where information comes from: a person, an organisation or a publication, graded A–F. */
export const sourceSpec = defineRecord({
  type: "source",
  table: "sources",
  description:
    "A source of information, with Admiralty reliability A–F; protected sources never leave the vault.",
  schema: Type.Object(
    {
      kind: Vocab("source_kind"),
      label: Text(300, {
        minLength: 1,
        description: "How the source is cited, e.g. a publication title.",
      }),
      reliability: Vocab("source_reliability"),
      is_protected: Type.Boolean(),
      public_url: Maybe(Text(2000)),
      published_on: Maybe(PartialDate()),
      identity: Maybe(Protected(Text(1000))),
      contact: Maybe(Protected(Text(1000))),
      person_id: Maybe(Ref("person")),
      organisation_id: Maybe(Ref("organisation")),
    },
    { additionalProperties: false },
  ),
});

/** A piece of information about an incident from a source, graded 1–6 (shown as "B2"). */
export const informationSpec = defineRecord({
  type: "information",
  table: "information",
  description: "What a source says about an incident, with credibility 1–6.",
  schema: Type.Object(
    {
      incident_id: Ref("incident"),
      source_id: Ref("source"),
      connection: Vocab("source_connection"),
      obtained_on: PartialDate(),
      credibility: Vocab("information_credibility"),
      language: Type.String({ pattern: "^[a-z]{2,3}$" }),
      claim_summary: Text(4000, { minLength: 1 }),
      witness_identity: Maybe(Protected(Text(1000))),
    },
    { additionalProperties: false },
  ),
});
