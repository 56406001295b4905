import { nameTokens, queryTokens } from "../crypto/blind-index.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import type { Db } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";

/** Every blind-index token of an identity: its full name and each variant spelling. */
export function identityTokens(keys: VaultKeys, identity: DomainRecord): string[] {
  const names = [
    identity.full_name as string,
    ...((identity.name_variants as string[] | null) ?? []),
  ];
  return [...new Set(names.flatMap((n) => nameTokens(keys.blindIndex, n)))];
}

/** Replaces the blind-index tokens of a person after their identity changed. */
export async function replaceNameTokens(
  db: Db,
  keys: VaultKeys,
  identity: DomainRecord,
): Promise<void> {
  const personId = String(identity.person_id);
  await db.deleteFrom("person_name_tokens").where("person_id", "=", personId).execute();
  const tokens = identityTokens(keys, identity);
  if (tokens.length)
    await db
      .insertInto("person_name_tokens")
      .values(tokens.map((token) => ({ token, person_id: personId })))
      .execute();
}

/** Ids of persons whose name matches the query in any script or spelling — without plaintext. */
export async function findPersonIdsByName(
  db: Db,
  keys: VaultKeys,
  query: string,
  limit = 50,
): Promise<string[]> {
  const tokens = queryTokens(keys.blindIndex, query);
  if (!tokens.length) return [];
  const rows = await db
    .selectFrom("person_name_tokens")
    .select("person_id")
    .distinct()
    .where("token", "in", tokens)
    .limit(limit)
    .execute();
  return rows.map((r) => String(r.person_id));
}
