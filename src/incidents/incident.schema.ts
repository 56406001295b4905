import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import {
  Maybe,
  PartialDate,
  Protected,
  Ref,
  StateCode,
  Text,
  Vocab,
} from "../records/schema-helpers.ts";

/** An event (ESF): what happened, where, when, between which origin and host state. */
export const incidentSpec = defineRecord({
  type: "incident",
  table: "incidents",
  description: "An incident of transnational repression with origin and host state.",
  schema: Type.Object(
    {
      title: Text(300, { minLength: 1 }),
      internal_summary: Maybe(Protected(Text())),
      public_summary: Maybe(Text()),
      origin_state: StateCode(),
      host_state: StateCode(),
      start_date: Maybe(PartialDate()),
      start_precision: Vocab("date_precision"),
      end_date: Maybe(PartialDate()),
      end_precision: Maybe(Vocab("date_precision")),
      place_exact: Maybe(Protected(Text(1000))),
      place_city: Maybe(Text(200)),
      place_region: Maybe(Text(200)),
      place_precision: Vocab("place_precision"),
      verification_status: Vocab("verification_status"),
      countable: Type.Boolean({ description: "Meets Freedom House's physical-incident rule." }),
      sensitivity: Vocab("sensitivity"),
      named_case: Type.Boolean({
        description: "Published under the victim's name (needs consent).",
      }),
    },
    { additionalProperties: false },
  ),
});

/** A chain of events (ESF): one incident precedes, causes or belongs with another. */
export const incidentLinkSpec = defineRecord({
  type: "incident_link",
  table: "incident_links",
  description: "A link between two incidents (precedes, causes, same campaign).",
  schema: Type.Object(
    {
      from_incident_id: Ref("incident"),
      to_incident_id: Ref("incident"),
      link_type: Vocab("incident_link_type"),
      note: Maybe(Text(2000)),
    },
    { additionalProperties: false },
  ),
});

/** An act within an incident: one tactic against one victim. */
export const actSpec = defineRecord({
  type: "act",
  table: "acts",
  description: "One act of an incident: a tactic used against a victim.",
  schema: Type.Object(
    {
      incident_id: Ref("incident"),
      victim_id: Ref("person"),
      tactic: Vocab("tactic"),
      start_date: Maybe(PartialDate()),
      start_precision: Vocab("date_precision"),
      end_date: Maybe(PartialDate()),
      place_city: Maybe(Text(200)),
      place_state: Maybe(StateCode()),
      place_precision: Vocab("place_precision"),
      consequences: Type.Array(Vocab("consequence"), { maxItems: 20 }),
      description: Maybe(Protected(Text())),
    },
    { additionalProperties: false },
  ),
});

/** Who is believed to be behind an act, and how sure; a newer assessment supersedes an older. */
export const attributionSpec = defineRecord({
  type: "attribution",
  table: "attributions",
  appendOnly: true,
  description: "An assessment of who is behind an act (state, actor, role, confidence, basis).",
  schema: Type.Object(
    {
      act_id: Ref("act"),
      attributed_state: Maybe(StateCode()),
      actor_person_id: Maybe(Ref("person")),
      actor_organisation_id: Maybe(Ref("organisation")),
      actor_type: Vocab("actor_type"),
      role: Vocab("involvement_role"),
      confidence: Vocab("attribution_confidence"),
      basis: Type.Array(Vocab("attribution_basis"), { minItems: 1, maxItems: 10 }),
      assessed_on: PartialDate(),
      supersedes_id: Maybe(Ref("attribution")),
      approved_for_publication: Type.Boolean(),
      internal_notes: Maybe(Protected(Text())),
    },
    { additionalProperties: false },
  ),
});
