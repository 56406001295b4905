import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import {
  CalendarDate,
  Maybe,
  Protected,
  Ref,
  StateCode,
  Text,
  Vocab,
} from "../records/schema-helpers.ts";

/** A proceeding against the exile in the host state: extradition, deportation, asylum … */
export const legalProceedingSpec = defineRecord({
  type: "legal_proceeding",
  table: "legal_proceedings",
  description: "A legal proceeding against an exile in the host state, with its own history.",
  schema: Type.Object(
    {
      person_id: Ref("person"),
      incident_id: Maybe(Ref("incident")),
      proceeding_type: Vocab("proceeding_type"),
      host_state: StateCode(),
      requesting_state: Maybe(StateCode()),
      authority_id: Maybe(Ref("organisation")),
      external_reference: Maybe(Text(200)),
      opened_on: Maybe(CalendarDate()),
      internal_notes: Maybe(Protected(Text())),
    },
    { additionalProperties: false },
  ),
});

/** One dated step of a legal proceeding; append-only. */
export const proceedingEventSpec = defineRecord({
  type: "proceeding_event",
  table: "proceeding_events",
  appendOnly: true,
  description: "A dated step of a legal proceeding (application, decision, appeal …).",
  schema: Type.Object(
    {
      proceeding_id: Ref("legal_proceeding"),
      status: Vocab("proceeding_status"),
      occurred_on: CalendarDate(),
      note: Maybe(Protected(Text(4000))),
    },
    { additionalProperties: false },
  ),
});
