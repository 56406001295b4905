import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { Maybe, Text } from "../records/schema-helpers.ts";

/** What was published, from which version, approved by which two people; and any withdrawal. */
export const publicationRecordSpec = defineRecord({
  type: "publication_record",
  table: "publication_records",
  description: "A publication of a record version, with its two approvers and any withdrawal.",
  schema: Type.Object(
    {
      record_type: Type.String({ pattern: "^[a-z_]{2,40}$" }),
      record_id: Type.String({ minLength: 1, maxLength: 100 }),
      record_version: Type.Integer({ minimum: 1 }),
      requested_by: Text(200),
      approved_by: Maybe(Text(200)),
      approved_at: Maybe(Type.String({ format: "date-time" })),
      published_at: Maybe(Type.String({ format: "date-time" })),
      withdrawn_at: Maybe(Type.String({ format: "date-time" })),
      withdrawal_reason: Maybe(Text(2000)),
    },
    { additionalProperties: false },
  ),
});
