import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { CalendarDate, Maybe, Protected, Ref, Text, Vocab } from "../records/schema-helpers.ts";

/** A complaint or other action on a victim's behalf, tracked through an append-only history. */
export const interventionSpec = defineRecord({
  type: "intervention",
  table: "interventions",
  description:
    "A complaint or other action (police, prosecutor, court, UN, ECtHR, Interpol CCF …).",
  schema: Type.Object(
    {
      incident_id: Ref("incident"),
      victim_id: Maybe(Ref("person")),
      acted_by: Vocab("intervention_actor"),
      intervention_type: Vocab("intervention_type"),
      authority_id: Maybe(Ref("organisation")),
      external_reference: Maybe(Text(200)),
      criminal_code_article: Maybe(Text(100)),
      filed_on: Maybe(CalendarDate()),
      response_deadline_days: Maybe(Type.Integer({ minimum: 1, maximum: 3650 })),
      internal_notes: Maybe(Protected(Text())),
    },
    { additionalProperties: false },
  ),
});

/** One dated step in what the authorities did with an intervention; never edited, only added. */
export const interventionEventSpec = defineRecord({
  type: "intervention_event",
  table: "intervention_events",
  appendOnly: true,
  description: "A dated status of an intervention (filed, registered, investigation opened …).",
  schema: Type.Object(
    {
      intervention_id: Ref("intervention"),
      status: Vocab("intervention_status"),
      occurred_on: CalendarDate(),
      note: Maybe(Protected(Text(4000))),
    },
    { additionalProperties: false },
  ),
});
