import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { RECORD_SPECS } from "../records/registry.ts";
import { interchangeSchema } from "./interchange-schema.ts";

describe("interchange schema document", () => {
  it("is up to date with the record specs (run: npx tsx scripts/write-interchange-schema.ts)", () => {
    const committed = JSON.parse(readFileSync("docs/interchange.schema.json", "utf8"));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(interchangeSchema())));
  });

  it("marks every protected field with x-protected and no other", () => {
    const defs = interchangeSchema().definitions as Record<
      string,
      { properties: Record<string, Record<string, unknown>> }
    >;
    for (const spec of RECORD_SPECS) {
      const props = defs[spec.type]!.properties;
      const marked = Object.entries(props)
        .filter(
          ([, s]) =>
            s["x-protected"] === true ||
            (Array.isArray(s.anyOf) &&
              s.anyOf.some((x: Record<string, unknown>) => x["x-protected"])),
        )
        .map(([f]) => f)
        .sort();
      assert.deepEqual(marked, [...spec.protectedFields].sort(), spec.type);
    }
  });

  it("documents every record type in docs/interchange.md", () => {
    const doc = readFileSync("docs/interchange.md", "utf8");
    for (const spec of RECORD_SPECS) assert.match(doc, new RegExp(`\\b${spec.type}\\b`), spec.type);
  });
});
