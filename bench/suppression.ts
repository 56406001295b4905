import { performance } from "node:perf_hooks";
import { suppressAggregates, type IncidentFact } from "../src/publishing/suppression.ts";
import { TACTICS, TACTIC_GROUPS } from "../src/vocabularies/vocabulary.codes.ts";
import { HOSTS, prng } from "./store/generate.ts";

/** How synthetic facts are spread over the universe of host states, years and tactic groups. */
export type FactProfile = "public" | "wide";

const TACTIC_CODES = Object.keys(TACTICS) as (keyof typeof TACTICS)[];
const WIDE_HOSTS = Array.from({ length: 25 }, (_, k) => `H${String(k).padStart(2, "0")}`);
const WIDE_GROUPS = Array.from({ length: 8 }, (_, k) => `group_${k}`);
/** Zipf-like weights: the first host state has a quarter of the incidents, the last one 1 %. */
const WIDE_HOST_WEIGHTS = WIDE_HOSTS.map((_, k) => 1 / (k + 1));
/** Fewer complaints reach each further funnel stage. */
const WIDE_STAGE_WEIGHTS = [30, 25, 18, 12, 8, 5, 2];

function weighted(r: () => number, weights: number[]): number {
  let x = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

/**
 * N counted incidents as statistics see them. "public" spreads them as `bench/public-data.ts`
 * does (19 host states with Georgia three times as likely, 2010–2025, the four top tactic
 * groups by how many tactics each holds, stages 0–5, 30 % countable); "wide" is a larger
 * universe (25 host states, Zipf-skewed, 2010–2026, 8 groups, stages 0–6 thinning out).
 */
export function syntheticFacts(n: number, profile: FactProfile, seed = 20261201): IncidentFact[] {
  const r = prng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  return Array.from({ length: n }, (): IncidentFact => {
    if (profile === "public") {
      const group: string = TACTICS[pick(TACTIC_CODES)];
      const stage = Math.floor(r() * 6);
      return {
        host: pick(HOSTS),
        year: 2010 + Math.floor(r() * 16),
        group: TACTIC_GROUPS[group as keyof typeof TACTIC_GROUPS] ?? group,
        stage,
        countable: r() < 0.3,
        firstResponseDays: stage > 1 ? 10 + Math.floor(r() * 90) : null,
      };
    }
    const stage = weighted(r, WIDE_STAGE_WEIGHTS);
    return {
      host: WIDE_HOSTS[weighted(r, WIDE_HOST_WEIGHTS)]!,
      year: 2010 + Math.floor(r() * 17),
      group: pick(WIDE_GROUPS),
      stage,
      countable: r() < 0.3,
      firstResponseDays: stage > 1 ? 10 + Math.floor(r() * 90) : null,
    };
  });
}

/** One measured size: wall time of `suppressAggregates` (median of the runs) and its output. */
export interface SuppressionResult {
  profile: FactProfile;
  incidents: number;
  runs: number;
  medianMs: number;
  cells: number;
  suppressed: number;
}

/** Times `suppressAggregates` on synthetic facts of each size and profile (median of `runs`). */
export function runSuppression(opts: {
  sizes: number[];
  profiles: FactProfile[];
  runs: number;
  log: (s: string) => void;
}): SuppressionResult[] {
  const out: SuppressionResult[] = [];
  for (const profile of opts.profiles)
    for (const incidents of opts.sizes) {
      const facts = syntheticFacts(incidents, profile);
      const times: number[] = [];
      let cells = 0;
      let suppressed = 0;
      for (let run = 0; run < opts.runs; run++) {
        const start = performance.now();
        const result = suppressAggregates(facts);
        times.push(performance.now() - start);
        cells = result.cells.length;
        suppressed = result.cells.filter((c) => c.suppressed).length;
      }
      const medianMs = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      opts.log(`  ${profile} ${incidents}: ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
      out.push({ profile, incidents, runs: opts.runs, medianMs, cells, suppressed });
    }
  return out;
}

/** The results as a markdown table. */
export function suppressionTable(results: SuppressionResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.profile} | ${r.incidents.toLocaleString("en")} | ${(r.medianMs / 1000).toFixed(2)} s | ${r.cells.toLocaleString("en")} | ${r.suppressed.toLocaleString("en")} |`,
  );
  return [
    `## suppression (median of ${results[0]?.runs ?? 0} runs)`,
    "",
    "| profile | counted incidents | suppressAggregates | cells | suppressed |",
    "|---|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}
