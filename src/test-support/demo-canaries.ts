import { buildDemoLines } from "../demo/demo-data.ts";
import { specOf } from "../records/registry.ts";

/** Every string inside a value (arrays and object values, recursively). */
export function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Protected values of the demo data set, at least six characters long: none may ever be found at rest. */
export const PROTECTED_DEMO_VALUES: string[] = [
  ...new Set(
    buildDemoLines().flatMap((l) =>
      (specOf(l.type)?.protectedFields ?? []).flatMap((f) => strings(l.record[f])),
    ),
  ),
].filter((s) => s.length >= 6);
