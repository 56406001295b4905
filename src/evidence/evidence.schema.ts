import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { Maybe, Protected, Ref, Text, Vocab } from "../records/schema-helpers.ts";

/** An evidence file: stored encrypted with its own key; the SHA-256 is of the original bytes. */
export const evidenceItemSpec = defineRecord({
  type: "evidence_item",
  table: "evidence_items",
  description: "An evidence file (encrypted at rest) attached to a piece of information.",
  schema: Type.Object(
    {
      information_id: Ref("information"),
      evidence_type: Vocab("evidence_type"),
      sha256: Type.String({ pattern: "^[0-9a-f]{64}$" }),
      size_bytes: Type.Integer({ minimum: 0 }),
      media_type: Text(200),
      captured_at: Maybe(Type.String({ format: "date-time" })),
      captured_by: Maybe(Protected(Text(300))),
      original_name: Maybe(Protected(Text(500))),
      original_url: Maybe(Protected(Text(2000))),
      storage_key: Maybe(Type.String({ pattern: "^[a-zA-Z0-9-]{8,80}$" })),
      file_key: Maybe(Protected(Type.String({ maxLength: 200 }))),
    },
    { additionalProperties: false },
  ),
});

/** Chain of custody: every access, export or transfer of an evidence item. */
export const custodyEventSpec = defineRecord({
  type: "custody_event",
  table: "custody_events",
  appendOnly: true,
  description: "One step in an evidence item's chain of custody.",
  schema: Type.Object(
    {
      evidence_id: Ref("evidence_item"),
      action: Vocab("custody_action"),
      occurred_at: Type.String({ format: "date-time" }),
      actor: Text(200),
      note: Maybe(Protected(Text(2000))),
    },
    { additionalProperties: false },
  ),
});
