import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { CalendarDate, Maybe, Protected, Ref, Text, Vocab } from "../records/schema-helpers.ts";

/** A risk assessment of a person; appended, never overwritten, never public. */
export const riskAssessmentSpec = defineRecord({
  type: "risk_assessment",
  table: "risk_assessments",
  appendOnly: true,
  description:
    "A dated risk assessment of a person (level, likelihood, impact, factors, measures).",
  schema: Type.Object(
    {
      person_id: Ref("person"),
      assessed_on: CalendarDate(),
      level: Vocab("risk_level"),
      likelihood: Type.Integer({ minimum: 1, maximum: 5 }),
      impact: Type.Integer({ minimum: 1, maximum: 5 }),
      factors: Protected(Type.Array(Text(1000), { maxItems: 30 })),
      measures: Protected(Type.Array(Text(1000), { maxItems: 30 })),
      review_due: Maybe(CalendarDate()),
    },
    { additionalProperties: false },
  ),
});
