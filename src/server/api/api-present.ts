import type { VaultKeys } from "../../keyring/installation.ts";
import { decodeRow, type Row } from "../../records/record-codec.ts";
import type { DomainRecord } from "../../records/record.types.ts";
import type { ApiResource } from "./api-resources.ts";

/** A record as the API returns it: protected fields omitted unless revealed, and named. */
export type ApiRecord = Record<string, unknown> & { redacted: string[] };

/** Drops the protected fields and lists them in `redacted` (all of them, whatever their value). */
export function redactRecord(resource: ApiResource, record: DomainRecord): ApiRecord {
  const out: Record<string, unknown> = { ...record };
  for (const f of resource.spec.protectedFields) delete out[f];
  return { ...out, redacted: [...resource.spec.protectedFields] };
}

/**
 * Opens a stored row for the response: protected fields are only decrypted when revealed, so a
 * redacted answer never has the plaintext in memory at all; hidden fields stay out either way.
 */
export function presentRow(
  resource: ApiResource,
  row: Row,
  keys: VaultKeys,
  reveal: boolean,
): ApiRecord {
  const { spec } = resource;
  if (!reveal)
    return { ...decodeRow(spec, row, null, { redact: true }), redacted: [...spec.protectedFields] };
  const out: Record<string, unknown> = decodeRow(spec, row, keys);
  for (const f of resource.hidden) delete out[f];
  return { ...out, redacted: [...resource.hidden] };
}
