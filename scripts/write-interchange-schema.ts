// Writes docs/interchange.schema.json and the record table of docs/interchange.md from the
// record specs (tests check both are up to date).
import { readFileSync, writeFileSync } from "node:fs";
import { interchangeSchema } from "../src/interchange/interchange-schema.ts";
import { RECORD_SPECS } from "../src/records/registry.ts";

writeFileSync("docs/interchange.schema.json", JSON.stringify(interchangeSchema(), null, 2) + "\n");

const rows = RECORD_SPECS.map((s) => {
  const fields = s.fields.map((f) => (s.protectedFields.includes(f) ? `**${f}**` : f)).join(", ");
  return `| \`${s.type}\` | ${s.description} | ${s.orgScoped ? "yes" : "no"} | ${s.appendOnly ? "yes" : "no"} | ${fields} |`;
});
const table = ["| type | what it is | org_id | append-only | fields (**protected** in bold) |", "|---|---|---|---|---|", ...rows].join("\n");
const doc = readFileSync("docs/interchange.md", "utf8");
const start = "<!-- record-types:start -->";
const end = "<!-- record-types:end -->";
writeFileSync("docs/interchange.md", doc.slice(0, doc.indexOf(start) + start.length) + "\n" + table + "\n" + doc.slice(doc.indexOf(end)));
console.log("docs/interchange.schema.json and docs/interchange.md written.");
