import { fullRecordSchema } from "../records/record-validation.ts";
import { RECORD_SPECS } from "../records/registry.ts";

/** The JSON Schema of one interchange line, every record type, protected fields marked `x-protected`. */
export function interchangeSchema(): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  const lines: unknown[] = [];
  for (const spec of RECORD_SPECS) {
    definitions[spec.type] = JSON.parse(JSON.stringify(fullRecordSchema(spec)));
    lines.push({
      type: "object",
      title: `${spec.type} line`,
      required: ["type", "record"],
      additionalProperties: false,
      properties: { type: { const: spec.type }, record: { $ref: `#/definitions/${spec.type}` } },
    });
  }
  lines.push({
    type: "object",
    title: "record_version line",
    description:
      "An earlier version of a record (full exports only: snapshots hold protected values).",
    required: ["type", "record"],
    additionalProperties: false,
    properties: {
      type: { const: "record_version" },
      record: {
        type: "object",
        required: ["record_type", "record_id", "version", "snapshot", "changed_at", "changed_by"],
        additionalProperties: false,
        properties: {
          record_type: { enum: RECORD_SPECS.map((s) => s.type) },
          record_id: { type: "string" },
          version: { type: "integer", minimum: 1 },
          snapshot: {
            type: "object",
            "x-protected": true,
            description:
              "The record as it was at that version; validated against its type's schema.",
          },
          changed_at: { type: "string", format: "date-time" },
          changed_by: { type: "string" },
        },
      },
    },
  });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://tnr-monitor.invalid/interchange.schema.json",
    title: "TNR Monitor interchange line",
    description:
      "One line of a TNR Monitor JSON Lines export. Fields marked x-protected are field-encrypted at rest and appear only in full exports.",
    oneOf: lines,
    definitions,
  };
}
