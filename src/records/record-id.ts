import { poolRandomBytes } from "../crypto/random-pool.ts";

/**
 * A new record id: a UUID version 7 (RFC 9562), time-ordered so that new rows land at the end of
 * every primary-key index instead of at random places in it.
 */
export function newRecordId(now = Date.now()): string {
  const b = poolRandomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
