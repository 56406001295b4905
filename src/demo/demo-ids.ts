import { createHash } from "node:crypto";

/** Who created and last changed every demo record. */
export const DEMO_ACTOR = "demo";

/** When every demo record was created and last changed (fixed, so the demo is reproducible). */
export const DEMO_TIME = "2026-01-15T09:00:00.000Z";

/** A deterministic version-5-style UUID for a demo record key (sha256 of "tnr-demo:" + key). */
export function demoId(key: string): string {
  const hex = createHash("sha256").update(`tnr-demo:${key}`, "utf8").digest("hex").slice(0, 32);
  const chars = hex.split("");
  chars[12] = "5";
  chars[16] = ((parseInt(chars[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const h = chars.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
