import { FLAT_SCHEMES } from "../vocabularies/vocabulary.codes.ts";

export type InterventionStatus = (typeof FLAT_SCHEMES.intervention_status)[number];

/** The accountability funnel, in order; an incident's stage is the furthest any complaint reached. */
export const FUNNEL_STAGES = [
  "none",
  "reported",
  "registered",
  "investigation_opened",
  "perpetrator_identified",
  "charged",
  "convicted",
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * How far along the funnel each status proves the authorities went. A closure "perpetrator
 * unknown" proves an investigation existed; a refusal to register proves only the filing.
 */
export const STATUS_RANK: Record<InterventionStatus, number> = {
  prepared: 0,
  filed: 1,
  registration_refused: 1,
  no_response: 1,
  appealed: 1,
  registered: 2,
  protection_granted: 2,
  protection_refused: 2,
  closed_no_crime: 2,
  investigation_opened: 3,
  victim_status_granted: 3,
  victim_status_refused: 3,
  investigative_action: 3,
  suspended: 3,
  closed_perpetrator_unknown: 3,
  reopened: 3,
  perpetrator_identified: 4,
  charged: 5,
  trial: 5,
  acquitted: 5,
  convicted: 6,
};

/** Statuses that are not an answer from the authority (for "days to first response"). */
const NOT_A_RESPONSE = new Set<string>(["prepared", "filed", "no_response", "appealed"]);

/** A dated status as derived values need it. */
export interface StatusEvent {
  status: string;
  occurred_on: string;
}

/** What an intervention's history tells at a glance. */
export interface DerivedStage {
  furthest_stage: number;
  current_status: string | null;
  last_event_on: string | null;
  first_response_days: number | null;
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Derives stage, status and response time from an intervention's events (any order). */
export function deriveStage(filedOn: string | null, events: readonly StatusEvent[]): DerivedStage {
  const sorted = [...events].sort((a, b) => a.occurred_on.localeCompare(b.occurred_on));
  const furthest = sorted.reduce(
    (m, e) => Math.max(m, STATUS_RANK[e.status as InterventionStatus] ?? 0),
    0,
  );
  const filed = filedOn ?? sorted.find((e) => e.status === "filed")?.occurred_on ?? null;
  const firstResponse = sorted.find((e) => !NOT_A_RESPONSE.has(e.status));
  return {
    furthest_stage: furthest,
    current_status: sorted.at(-1)?.status ?? null,
    last_event_on: sorted.at(-1)?.occurred_on ?? null,
    first_response_days: filed && firstResponse ? days(filed, firstResponse.occurred_on) : null,
  };
}

/** Days an intervention has waited since its last event, as of `today`. */
export function daysWithoutResponse(lastEventOn: string | null, today: string): number | null {
  return lastEventOn ? days(lastEventOn, today) : null;
}

/** The rank→stage name mapping. */
export function stageName(rank: number): FunnelStage {
  return FUNNEL_STAGES[Math.max(0, Math.min(rank, FUNNEL_STAGES.length - 1))]!;
}

/** A SQL CASE expression body mapping `status` to its rank (used by set-based recomputation). */
export function statusRankCaseSql(column: string): string {
  const whens = Object.entries(STATUS_RANK)
    .map(([s, r]) => `when '${s}' then ${r}`)
    .join(" ");
  return `case ${column} ${whens} else 0 end`;
}
