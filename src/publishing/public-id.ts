import { createHmac } from "node:crypto";
import type { VaultKeys } from "../keyring/installation.ts";

/**
 * The public id of a published incident: a keyed HMAC of its vault id. Stable across
 * re-publication and withdrawal (links keep working), yet it reveals neither the vault id nor
 * the creation time a UUIDv7 carries, and cannot be computed without the vault's keys.
 * The `public-incident\0` prefix keeps it apart from name tokens made with the same key.
 */
export function publicIncidentId(keys: VaultKeys, incidentId: string): string {
  const mac = createHmac("sha256", keys.blindIndex)
    .update(`public-incident\0${incidentId}`)
    .digest("hex");
  // 80 bits, lower-case hex: safe in URLs and file names of the static mirror.
  return `i${mac.slice(0, 20)}`;
}
