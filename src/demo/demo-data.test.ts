import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { FormatRegistry } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import type { InterchangeLine } from "../records/record.types.ts";
import { RECORD_SPECS, specOf } from "../records/registry.ts";
import { FLAT_SCHEMES, TACTIC_GROUPS, TACTICS } from "../vocabularies/vocabulary.codes.ts";
import { DEMO_EVIDENCE, buildDemoLines } from "./demo-data.ts";
import { DEMO_ACTOR, DEMO_TIME, demoId } from "./demo-ids.ts";
import { DemoSet } from "./demo-record.ts";
import { buildPublicCases } from "./public-cases.ts";

if (!FormatRegistry.Has("date-time")) {
  FormatRegistry.Set(
    "date-time",
    (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  );
}

const META = ["id", "org_id", "version", "created_at", "created_by", "updated_at", "updated_by"];
const lines = buildDemoLines();
const byId = new Map<string, InterchangeLine>(lines.map((l) => [l.record.id, l]));

/** The record's own fields, without the meta fields. */
function fieldsOf(line: InterchangeLine): Record<string, unknown> {
  return Object.fromEntries(Object.entries(line.record).filter(([k]) => !META.includes(k)));
}

/** Every string inside a value (arrays and object values, recursively). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** The codes a vocabulary scheme allows. */
function codesOf(scheme: string): readonly string[] {
  if (scheme === "tactic") return Object.keys(TACTICS);
  if (scheme === "tactic_group") return Object.keys(TACTIC_GROUPS);
  return (FLAT_SCHEMES as Record<string, readonly string[]>)[scheme] ?? [];
}

const publicSet = new DemoSet();
buildPublicCases(publicSet);
const publicIds = new Set(publicSet.lines.map((l) => l.record.id));
const ofType = (type: string) => lines.filter((l) => l.type === type);

describe("demo data set", () => {
  it("validates every record against its schema and includes every schema field", () => {
    const problems: string[] = [];
    for (const line of lines) {
      const spec = specOf(line.type);
      if (!spec) {
        problems.push(`${line.type} ${line.record.id}: unknown type`);
        continue;
      }
      const fields = fieldsOf(line);
      if (!Value.Check(spec.schema, fields)) {
        for (const e of Value.Errors(spec.schema, fields))
          problems.push(`${line.type} ${line.record.id}: ${e.path} ${e.message}`);
      }
      for (const f of spec.fields)
        if (!(f in fields)) problems.push(`${line.type} ${line.record.id}: missing field ${f}`);
    }
    assert.deepEqual(problems, []);
  });

  it("has sane meta fields and owning organisations", () => {
    assert.equal(byId.size, lines.length, "ids are unique");
    const members = new Set(
      ofType("organisation")
        .filter((l) => l.record.is_member === true)
        .map((l) => l.record.id),
    );
    assert.equal(members.size, 3);
    for (const { type, record } of lines) {
      const spec = specOf(type);
      assert.ok(spec);
      assert.match(
        record.id,
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      assert.equal(record.version, 1);
      assert.equal(record.created_at, DEMO_TIME);
      assert.equal(record.updated_at, DEMO_TIME);
      assert.equal(record.created_by, DEMO_ACTOR);
      assert.equal(record.updated_by, DEMO_ACTOR);
      if (spec.orgScoped)
        assert.ok(members.has(record.org_id ?? ""), `${type} ${record.id} org_id is a member NGO`);
      else assert.equal("org_id" in record, false, `${type} ${record.id} has no org_id`);
    }
  });

  it("points every reference to an existing record of the right type", () => {
    const problems: string[] = [];
    for (const line of lines) {
      const spec = specOf(line.type);
      for (const ref of spec?.refs ?? []) {
        const value = line.record[ref.field];
        const targets = ref.many ? (value as string[]) : value == null ? [] : [value as string];
        for (const target of targets) {
          const hit = byId.get(target);
          if (!hit || hit.type !== ref.type)
            problems.push(
              `${line.type} ${line.record.id}.${ref.field} -> ${target} (${hit?.type})`,
            );
        }
      }
    }
    for (const p of ofType("publication_record"))
      assert.equal(byId.get(p.record.record_id as string)?.type, p.record.record_type);
    assert.deepEqual(problems, []);
  });

  it("uses only known vocabulary codes", () => {
    const problems: string[] = [];
    for (const line of lines) {
      for (const v of specOf(line.type)?.vocab ?? []) {
        const value = line.record[v.field];
        const used = v.many ? (value as string[]) : value == null ? [] : [value as string];
        for (const code of used)
          if (!codesOf(v.scheme).includes(code))
            problems.push(`${line.type} ${line.record.id}.${v.field}: ${v.scheme}/${code}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it("covers all record types except vocabulary terms, in registry order", () => {
    const order = RECORD_SPECS.map((s) => s.type as string);
    const present = new Set(lines.map((l) => l.type));
    for (const type of order.filter((t) => t !== "vocabulary_term"))
      assert.ok(present.has(type), `${type} present`);
    assert.equal(present.has("vocabulary_term"), false);
    const positions = lines.map((l) => order.indexOf(l.type));
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
    );
    for (const a of ofType("attribution")) {
      const superseded = a.record.supersedes_id as string | null;
      if (superseded) assert.ok(lines.indexOf(byId.get(superseded)!) < lines.indexOf(a));
    }
    assert.ok(ofType("attribution").some((a) => a.record.supersedes_id));
  });

  it("has six named public cases and at least 30 fictional incidents marked as demo", () => {
    const incidents = ofType("incident");
    assert.equal(incidents.filter((l) => l.record.named_case === true).length, 6);
    const fictional = incidents.filter((l) => l.record.named_case === false);
    assert.ok(fictional.length >= 30, `${fictional.length} fictional incidents`);
    for (const l of fictional) {
      assert.ok((l.record.title as string).startsWith("[Demo] "), l.record.title as string);
      assert.match(l.record.public_summary as string, /fictional|demo/i);
    }
    for (const l of ofType("document_translation"))
      assert.match(l.record.title as string, /^\[(Demo|დემო|Демо)\] /);
    const named = incidents.filter((l) => l.record.named_case === true).map((l) => l.record.id);
    const namedConsents = ofType("consent").filter((c) => c.record.level === "named_case");
    assert.equal(namedConsents.length, 6);
    assert.ok(named.every((id) => publicIds.has(id)));
  });

  it("never shows a protected value of a fictional case in an unprotected field", () => {
    const secrets = new Set<string>();
    for (const line of lines) {
      if (publicIds.has(line.record.id)) continue;
      for (const f of specOf(line.type)?.protectedFields ?? [])
        for (const s of strings(line.record[f])) if (s.length >= 5) secrets.add(s.toLowerCase());
    }
    assert.ok(secrets.size > 100);
    const leaks: string[] = [];
    for (const line of lines) {
      if (publicIds.has(line.record.id)) continue;
      const spec = specOf(line.type);
      for (const [field, value] of Object.entries(fieldsOf(line))) {
        if (spec?.protectedFields.includes(field)) continue;
        for (const text of strings(value).map((s) => s.toLowerCase()))
          for (const secret of secrets)
            if (text.includes(secret))
              leaks.push(`${line.type} ${line.record.id}.${field} contains "${secret}"`);
      }
    }
    assert.deepEqual(leaks, []);
  });

  it("uses only reserved demo phone numbers", () => {
    const phones = lines
      .flatMap((l) => strings(l.record))
      .flatMap((s) => s.match(/\+\d[\d ]{7,}\d/g) ?? []);
    assert.ok(phones.length > 30);
    for (const p of phones) assert.match(p, /^(\+995 500 000 0\d\d|\+994 00 000 00 \d\d)$/);
  });

  it("gives every evidence item its content, with a matching hash and size", () => {
    const items = ofType("evidence_item");
    assert.equal(DEMO_EVIDENCE.length, items.length);
    const content = new Map(DEMO_EVIDENCE.map((e) => [e.evidence_item_id, e]));
    for (const item of items) {
      const e = content.get(item.record.id);
      assert.ok(e, `content for ${item.record.id}`);
      const bytes = Buffer.from(e.content, "utf8");
      assert.equal(item.record.sha256, createHash("sha256").update(bytes).digest("hex"));
      assert.equal(item.record.size_bytes, bytes.length);
      assert.equal(item.record.media_type, e.media_type);
      assert.equal(item.record.storage_key, null);
      assert.equal(item.record.file_key, null);
    }
  });

  it("keeps complaint histories plausible and in the past", () => {
    const events = ofType("intervention_event");
    for (const l of [...events, ...ofType("proceeding_event")])
      assert.ok((l.record.occurred_on as string) <= DEMO_TIME.slice(0, 10), l.record.id);
    for (const i of ofType("intervention").filter((l) => !publicIds.has(l.record.id))) {
      const steps = events.filter((e) => e.record.intervention_id === i.record.id);
      assert.ok(steps.length >= 1 && steps.length <= 5, `${i.record.id}: ${steps.length} events`);
      const dates = steps.map((s) => s.record.occurred_on as string);
      assert.deepEqual(dates, [...dates].sort());
    }
    const statuses = new Set(events.map((e) => e.record.status));
    for (const s of [
      "no_response",
      "registration_refused",
      "registered",
      "investigation_opened",
      "perpetrator_identified",
      "charged",
      "closed_perpetrator_unknown",
    ])
      assert.ok(statuses.has(s), s);
    assert.equal(events.filter((e) => e.record.status === "charged").length, 1);
  });

  it("is deterministic", () => {
    assert.deepEqual(buildDemoLines(), lines);
    assert.equal(demoId("x"), demoId("x"));
    assert.notEqual(demoId("x"), demoId("y"));
  });
});
