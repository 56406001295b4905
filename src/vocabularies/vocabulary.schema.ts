import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { Labels, Maybe } from "../records/schema-helpers.ts";

/** A controlled term with labels in every site language and its crosswalk to other standards. */
export const vocabularyTermSpec = defineRecord({
  type: "vocabulary_term",
  table: "vocabulary_terms",
  orgScoped: false,
  description:
    "A term of a controlled vocabulary, with labels and crosswalk; retired, never deleted.",
  schema: Type.Object(
    {
      scheme: Type.String({ pattern: "^[a-z_]{2,40}$" }),
      code: Type.String({ pattern: "^[a-z0-9_]{1,60}$|^[A-F]$|^[1-6]$" }),
      parent: Maybe(Type.String({ pattern: "^[a-z0-9_]{1,60}$" })),
      sort_order: Type.Integer({ minimum: 0 }),
      labels: Labels(),
      crosswalk: Type.Object(
        {
          esf: Maybe(Type.String({ maxLength: 40 })),
          freedom_house: Maybe(Type.String({ maxLength: 80 })),
          pace: Maybe(Type.String({ maxLength: 80 })),
        },
        { additionalProperties: false },
      ),
      retired: Type.Boolean(),
    },
    { additionalProperties: false },
  ),
});
