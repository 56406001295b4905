/**
 * Measures the incident database at 100,000 published incidents (run by hand:
 * `npx tsx src/public/site/pages/incidents.bench.ts [sqlite|postgres]`). Rows are synthetic and
 * bulk-inserted straight into the public store; nothing is committed as a fixture.
 */
import { performance } from "node:perf_hooks";
import type { Dialect } from "../../../db/stores.ts";
import { buildApp } from "../../../server/app.ts";
import { createTestVault } from "../../../test-support/test-vault.ts";
import { TACTICS } from "../../../vocabularies/vocabulary.codes.ts";
import { buildPublicIncident } from "./incidents.fixture.ts";

const N = 100_000;
const dialect = (process.argv[2] ?? "sqlite") as Dialect;
const t = await createTestVault(dialect);
const db = t.vault.stores.publicDb;
const hosts = ["GE", "TR", "UA", "DE", "FR", "RU", "KZ", "AM"];
const tactics = Object.keys(TACTICS);
const started = performance.now();
for (let i = 0; i < N; i += 500) {
  const batch = Array.from({ length: Math.min(500, N - i) }, (_, k) => {
    const n = i + k + 1;
    return buildPublicIncident(n, {
      hostState: hosts[n % hosts.length]!,
      year: 2010 + (n % 16),
      tactic: tactics[n % tactics.length]!,
      stage: n % 7,
    });
  });
  await db
    .insertInto("public_incidents")
    .values(
      batch.map((p) => ({
        public_id: p.publicId,
        origin_state: p.originState,
        host_state: p.hostState,
        year: p.year,
        date_label: p.date.from,
        primary_tactic: p.primaryTactic,
        primary_tactic_group: p.primaryTacticGroup,
        target_profile: p.targetProfiles[0] ?? null,
        furthest_stage: p.response.furthestStageRank,
        verification_status: p.verificationStatus,
        countable: 1,
        counted: 1,
        published_at: "2026-11-29T00:00:00.000Z",
        payload: JSON.stringify(p),
      })),
    )
    .execute();
  await db
    .insertInto("public_incident_facets")
    .values(
      batch.flatMap((p) => [
        { public_id: p.publicId, facet: "tactic", value: p.primaryTactic },
        { public_id: p.publicId, facet: "tactic_group", value: p.primaryTacticGroup },
        { public_id: p.publicId, facet: "target_profile", value: "journalist" },
      ]),
    )
    .execute();
}
console.log(`${dialect}: inserted ${N} incidents in ${Math.round(performance.now() - started)} ms`);

// As publishing does after every publish: the stamp the list pages' cache is keyed on.
await db
  .insertInto("public_meta")
  .values({ key: "aggregates_built_at", value: new Date().toISOString() })
  .execute();
const app = buildApp(t.vault);
const urls = [
  "/en/incidents/",
  "/en/incidents/page/2/",
  "/en/incidents/page/1000/",
  "/en/incidents/page/2000/",
  "/en/incidents/?host=GE&year=2017",
  "/en/incidents/?tactic=spyware",
  "/en/incidents/?group=direct_attack&stage=3",
  "/en/incidents/host/TR/page/100/",
  `/en/incidents/i${(54321).toString(16).padStart(20, "0")}/`,
];
for (const url of urls) {
  await app.inject({ url }); // warm
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const s = performance.now();
    const res = await app.inject({ url });
    times.push(performance.now() - s);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${url.padEnd(48)} median ${times[2]!.toFixed(1)} ms  max ${times[4]!.toFixed(1)} ms`,
  );
}
for (const file of ["csv", "json"]) {
  const s = performance.now();
  const heap = process.memoryUsage().heapUsed;
  const res = await app.inject({ url: `/data/incidents.${file}` });
  console.log(
    `/data/incidents.${file}: ${(res.rawPayload.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - s)} ms (heap +${Math.round((process.memoryUsage().heapUsed - heap) / 1e6)} MB incl. inject buffer)`,
  );
}
await app.close();
await t.close();
