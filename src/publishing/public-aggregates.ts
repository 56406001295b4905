import {
  countedIncidentFacts,
  replaceAggregateCells,
  setPublicMeta,
  type PublicDb,
} from "./public-store.repository.ts";
import { DEFAULT_THRESHOLD, suppressAggregates, type SuppressedAggregates } from "./suppression.ts";

/**
 * Recomputes every aggregate table from the counted published incidents, with suppression, in
 * the caller's public-store transaction (run after each publish or withdrawal).
 */
export async function refreshPublicAggregates(
  db: PublicDb,
  opts: { threshold?: number; now?: string } = {},
): Promise<SuppressedAggregates> {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const aggregates = suppressAggregates(await countedIncidentFacts(db), threshold);
  await replaceAggregateCells(db, aggregates.cells);
  await setPublicMeta(db, "suppression_threshold", String(threshold));
  await setPublicMeta(db, "aggregates_built_at", opts.now ?? new Date().toISOString());
  return aggregates;
}
