import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file under a folder, as paths relative to it, sorted. */
export function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? filesUnder(p, base) : [p.slice(base.length + 1)];
    })
    .sort();
}
