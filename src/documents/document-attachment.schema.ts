import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { Maybe, Protected, Ref, Text } from "../records/schema-helpers.ts";

/**
 * A file published with a document (the report PDF): kept in the vault encrypted under its own
 * key, like evidence; `file_name` is the sanitised download name, never the name on disk.
 */
export const documentAttachmentSpec = defineRecord({
  type: "document_attachment",
  table: "document_attachments",
  description: "A file (the report PDF) published with a document, stored encrypted.",
  schema: Type.Object(
    {
      document_id: Ref("document"),
      title: Text(200, { minLength: 1 }),
      file_name: Type.String({ pattern: "^[a-z0-9][a-z0-9-]{0,79}\\.pdf$" }),
      media_type: Type.String({ enum: ["application/pdf"] }),
      sha256: Type.String({ pattern: "^[0-9a-f]{64}$" }),
      size_bytes: Type.Integer({ minimum: 1 }),
      storage_key: Maybe(Type.String({ pattern: "^[a-zA-Z0-9-]{8,80}$" })),
      file_key: Maybe(Protected(Type.String({ maxLength: 200 }))),
      removed: Type.Boolean(),
    },
    { additionalProperties: false },
  ),
});
