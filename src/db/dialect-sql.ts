import { sql, type RawBuilder } from "kysely";
import type { Dialect } from "./stores.ts";

/** `group_concat(distinct x)` / `string_agg(distinct x)` joined by spaces. */
export function groupConcatDistinct(
  dialect: Dialect,
  expr: RawBuilder<unknown>,
): RawBuilder<string> {
  return dialect === "postgres"
    ? sql`string_agg(distinct ${expr}, ' ')`
    : sql`replace(group_concat(distinct ${expr}), ',', ' ')`;
}

/** Whole days from one ISO date column to another. */
export function daysBetween(
  dialect: Dialect,
  from: RawBuilder<unknown>,
  to: RawBuilder<unknown>,
): RawBuilder<number> {
  return dialect === "postgres"
    ? sql`(cast(${to} as date) - cast(${from} as date))`
    : sql`cast(round(julianday(${to}) - julianday(${from})) as integer)`;
}
