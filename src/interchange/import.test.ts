import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { incidentSpec } from "../incidents/incident.schema.ts";
import { saveChanges } from "../records/record.commands.ts";
import { getRecord, type Db } from "../records/record.repository.ts";
import { RECORD_SPECS, specOf } from "../records/registry.ts";
import { fileComplaint, seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { csvCell, INCIDENT_CSV_COLUMNS, incidentCsvLines } from "./csv-export.ts";
import { exportLines } from "./export.ts";
import { importFile, importLines, type ImportTarget, type LineSource } from "./import.ts";

const CANARY_NAME = "Canaryvə Ülkər Testqızı";
const CANARY_SUMMARY = "CANARY internal summary: met at the safe flat";

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const l of lines) out.push(l);
  return out;
}

/** Numbered lines, as a file would give them. */
function source(texts: string[]): LineSource {
  return async function* () {
    for (let i = 0; i < texts.length; i++) yield [i + 1, texts[i]!];
  };
}

/** Rows per record table plus the history: what an import may change. */
async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...RECORD_SPECS.map((s) => s.table), "record_versions"]) {
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(r.n);
  }
  return counts;
}

const target = (t: TestVault): ImportTarget => ({
  db: t.vault.db(),
  keys: t.vault.keys(),
  dialect: t.vault.stores.dialect,
});

/** A copy of an exported line with a new id and some fields changed. */
function variant(line: string, changes: Record<string, unknown>): string {
  const parsed = JSON.parse(line) as { type: string; record: Record<string, unknown> };
  return JSON.stringify({
    type: parsed.type,
    record: { ...parsed.record, id: randomUUID(), ...changes },
  });
}

for (const dialect of DIALECTS) {
  describe(`interchange import and export on ${dialect}`, () => {
    let src: TestVault;
    let empty: TestVault;
    let roundTrip: TestVault;
    const opened: TestVault[] = [];
    let fullExport: string[];
    /** The seeded records only (no vocabulary, no history), in export order. */
    let caseLines: string[];
    const lineOf = (type: string) => caseLines.find((l) => JSON.parse(l).type === type)!;
    const lineWithId = (id: string) => caseLines.find((l) => JSON.parse(l).record.id === id)!;
    const fresh = async () => {
      const t = await createTestVault(dialect);
      opened.push(t);
      return t;
    };

    before(async () => {
      src = await createTestVault(dialect);
      empty = await fresh();
      const { incident } = await seedCase(src, { name: CANARY_NAME });
      await fileComplaint(src, incident, ["registered", "investigation_opened"]);
      await saveChanges({
        db: src.vault.db(),
        keys: src.vault.keys(),
        actor: src.actor,
        spec: incidentSpec,
        id: incident.id,
        expectedVersion: 1,
        changes: { title: "Threats, then an attack", internal_summary: CANARY_SUMMARY },
      });
      await seedCase(src, { name: "Second Person Testov", tactic: "online_threats" });
      fullExport = await collect(exportLines(src.vault.db(), src.vault.keys()));
      caseLines = fullExport.filter((l) => !/^\{"type":"(vocabulary_term|record_version)"/.test(l));
    });
    after(async () => {
      await src.close();
      for (const t of opened) await t.close();
    });

    /** The case lines with three invalid lines (3, 6 and the last) among them. */
    function fileWithThreeBadLines(): string[] {
      const texts = [...caseLines];
      texts.splice(2, 0, variant(lineOf("incident"), { start_date: "May 2017" }));
      texts.splice(5, 0, variant(lineOf("act"), { tactic: "mind_control" }));
      texts.push('{"type": "incident", "record": {');
      return texts;
    }

    it("reports every invalid line with its number and field, and imports nothing", async () => {
      const texts = fileWithThreeBadLines();
      const file = join(empty.config.dataDir, "three-bad-lines.jsonl");
      writeFileSync(file, texts.join("\n") + "\n");
      const before = await tableCounts(empty.vault.db());
      const report = await importFile(target(empty), file, { actor: empty.actor });
      assert.equal(report.committed, false);
      assert.equal(report.invalidLines, 3);
      assert.equal(report.lines, texts.length);
      assert.deepEqual(
        report.issues.map((i) => [i.line, i.path]),
        [
          [3, "/record/start_date"],
          [6, "/record/tactic"],
          [texts.length, "/"],
        ],
      );
      assert.deepEqual(await tableCounts(empty.vault.db()), before);
    });

    it("imports the valid lines with skipInvalid", async () => {
      const t = await fresh();
      const before = await tableCounts(t.vault.db());
      const report = await importLines(target(t), source(fileWithThreeBadLines()), {
        actor: t.actor,
        skipInvalid: true,
      });
      assert.equal(report.committed, true);
      assert.equal(report.invalidLines, 3);
      assert.equal(report.imported.incident, 2);
      assert.equal(report.imported.act, 2);
      const now = await tableCounts(t.vault.db());
      assert.equal(now.incidents, before.incidents! + 2);
      assert.equal(now.person_identities, before.person_identities! + 2);
      const incident = JSON.parse(lineOf("incident")).record;
      const back = await getRecord(t.vault.db(), t.vault.keys(), incidentSpec, incident.id);
      assert.equal(back.title, incident.title);
    });

    const bad: [string, () => string, string, RegExp][] = [
      ["invalid JSON", () => '{"type": "incident", "record": {"id": ', "/", /not valid JSON/],
      [
        "an unknown type",
        () => JSON.stringify({ type: "spaceship", record: {} }),
        "/type",
        /unknown record type "spaceship"/,
      ],
      [
        "an unknown field",
        () => variant(lineOf("incident"), { nickname: "x" }),
        "/record",
        /unknown field "nickname"/,
      ],
      [
        "a bad vocabulary code",
        () => variant(lineOf("act"), { tactic: "mind_control" }),
        "/record/tactic",
        /"mind_control" is not a term of the tactic vocabulary/,
      ],
      [
        "a bad date",
        () => variant(lineOf("incident"), { start_date: "29 May 2017" }),
        "/record/start_date",
        /not in the expected format/,
      ],
    ];
    for (const [what, line, path, message] of bad) {
      it(`explains ${what}`, async () => {
        const report = await importLines(target(empty), source([line()]), { actor: empty.actor });
        assert.equal(report.committed, false);
        assert.equal(report.issues.length, 1);
        assert.equal(report.issues[0]!.line, 1);
        assert.equal(report.issues[0]!.path, path);
        assert.match(report.issues[0]!.message, message);
      });
    }

    it("refuses a dangling reference and names the record and field", async () => {
      const missing = randomUUID();
      const act = variant(lineOf("act"), { incident_id: missing });
      const { id: actId, victim_id, org_id } = JSON.parse(act).record;
      const before = await tableCounts(empty.vault.db());
      const report = await importLines(
        target(empty),
        source([lineWithId(org_id), lineWithId(victim_id), act]),
        { actor: empty.actor },
      );
      assert.equal(report.committed, false);
      assert.equal(report.invalidLines, 0);
      assert.deepEqual(
        report.issues.map((i) => i.path),
        [`act/${actId}/incident_id`],
      );
      assert.match(report.issues[0]!.message, new RegExp(`incident ${missing}.*does not exist`));
      assert.deepEqual(await tableCounts(empty.vault.db()), before);
    });

    it("round-trips export → import → export byte for byte (after sorting)", async () => {
      assert.ok(fullExport.some((l) => l.startsWith('{"type":"record_version"')));
      assert.ok(fullExport.some((l) => /"type":"incident".*"version":2/.test(l)));
      roundTrip = await fresh();
      const report = await importLines(target(roundTrip), source(fullExport), {
        actor: roundTrip.actor,
      });
      assert.equal(report.committed, true);
      assert.equal(report.imported.record_version, 1);
      const again = await collect(exportLines(roundTrip.vault.db(), roundTrip.vault.keys()));
      assert.deepEqual([...again].sort(), [...fullExport].sort());
    });

    it("leaves records unchanged on a second import and counts them as already present", async () => {
      const t = roundTrip;
      const before = await collect(exportLines(t.vault.db(), t.vault.keys()));
      const counts = await tableCounts(t.vault.db());
      const report = await importLines(target(t), source(fullExport), { actor: t.actor });
      assert.equal(report.committed, true);
      assert.equal(report.alreadyPresent, fullExport.length);
      assert.deepEqual(await tableCounts(t.vault.db()), counts);
      assert.deepEqual(await collect(exportLines(t.vault.db(), t.vault.keys())), before);
    });

    it("leaves every protected field and the history out of a public-only export", async () => {
      const lines = await collect(
        exportLines(src.vault.db(), src.vault.keys(), { publicOnly: true }),
      );
      assert.ok(lines.some((l) => l.includes('"type":"incident"')));
      for (const line of lines) {
        const { type, record } = JSON.parse(line) as { type: string; record: object };
        assert.notEqual(type, "record_version");
        const spec = specOf(type)!;
        for (const field of spec.protectedFields)
          assert.equal(field in record, false, `${type}.${field} in a public export`);
      }
      const text = lines.join("\n");
      for (const canary of [CANARY_NAME, CANARY_SUMMARY, "+995 500 000 099", "Fictional street"])
        assert.equal(text.includes(canary), false, `public export holds "${canary}"`);
    });

    it("writes the incident CSV with its columns and one row per act", async () => {
      const rows = await collect(incidentCsvLines(src.vault.db()));
      assert.equal(rows[0], INCIDENT_CSV_COLUMNS.join(","));
      assert.deepEqual(INCIDENT_CSV_COLUMNS.slice(1, 7), [
        "year",
        "origin_state",
        "origin_state_name",
        "host_state",
        "host_state_name",
        "tactic",
      ]);
      assert.ok(INCIDENT_CSV_COLUMNS.includes("target_profile"));
      const acts = caseLines.filter((l) => l.startsWith('{"type":"act"')).length;
      assert.equal(rows.length - 1, acts);
      const col = (row: string, name: (typeof INCIDENT_CSV_COLUMNS)[number]) =>
        row.split(",")[INCIDENT_CSV_COLUMNS.indexOf(name)];
      const online = rows.find((r) => r.includes(",online_threats,"))!;
      assert.equal(col(online, "year"), "2017");
      assert.equal(col(online, "origin_state_name"), "Azerbaijan");
      assert.equal(col(online, "host_state_name"), "Georgia");
      assert.doesNotMatch(rows.join("\n"), /Canary|Testov|Fictional street/);
    });

    it("quotes CSV cells and defuses spreadsheet formulas", () => {
      assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
      assert.equal(csvCell("+1 555"), "'+1 555");
      assert.equal(csvCell("@SUM(A1)"), "'@SUM(A1)");
      assert.equal(csvCell("-2+3"), "'-2+3");
      assert.equal(csvCell("Tbilisi, Georgia"), '"Tbilisi, Georgia"');
      assert.equal(csvCell("two\nlines"), '"two\nlines"');
      assert.equal(csvCell(null), "");
      assert.equal(csvCell(2017), "2017");
    });
  });
}
