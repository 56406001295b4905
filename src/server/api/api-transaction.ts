import type { Kysely, Transaction } from "kysely";
import { AppError, ValidationError } from "../../errors.ts";

/** Driver error codes that mean "the input cannot be stored", not "the server is broken". */
const UNIQUE = new Set(["23505", "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"]);
const FOREIGN_KEY = new Set(["23503", "SQLITE_CONSTRAINT_FOREIGNKEY"]);
// Invalid text representation, bad UTF-8 / NUL, numeric out of range, string too long.
const UNSTORABLE = new Set(["22P02", "22021", "22003", "22001"]);

/** Turns a constraint the database enforced into the client error it is; anything else passes. */
function storageError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const code = String((e as { code?: unknown })?.code ?? "");
  if (UNIQUE.has(code))
    return new AppError("conflict", "A record with these values already exists.");
  if (FOREIGN_KEY.has(code))
    return new ValidationError([{ path: "/", message: "refers to a record that does not exist" }]);
  if (UNSTORABLE.has(code))
    return new ValidationError([{ path: "/", message: "a value cannot be stored" }]);
  return e;
}

/**
 * Runs one API request's work in one transaction (reads, reveal audits and writes commit
 * together); constraint violations surface as 409/422 rather than 500.
 */
export async function inApiTransaction<T>(
  db: Kysely<any>,
  fn: (trx: Transaction<any>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(fn);
  } catch (e) {
    throw storageError(e);
  }
}
