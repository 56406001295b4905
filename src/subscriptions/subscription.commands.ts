import type { Kysely, Transaction } from "kysely";
import { hashToken, openAuthField, randomToken, sealAuthField } from "../auth/auth-crypto.ts";
import type { Lang } from "../i18n/languages.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import type { Vault } from "../vault/vault.ts";
import type { Mailer } from "./mailer.ts";
import {
  deleteSubscriber,
  findSubscriberByConfirmHash,
  findSubscriberById,
  findSubscriberByLookup,
  insertSubscriber,
  subscribersDueConfirmation,
  updateSubscriber,
  type SubscriberRow,
} from "./subscriber.repository.ts";
import {
  openInboxItem,
  subscriberIdOfToken,
  subscriberLookup,
  unsubscribeToken,
  type InboxItem,
} from "./subscription-crypto.ts";
import { deleteInboxItem, listInboxItems } from "./subscription-inbox.repository.ts";
import { confirmationMail } from "./subscription-mails.tsx";

type Trx = Transaction<any> | Kysely<any>;

/** The day of a date (YYYY-MM-DD): nothing about subscribers is kept finer than a day. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The additional data that binds a sealed address to its subscriber row. */
const emailAad = (id: string) => `subscriber:${id}`;

/** A subscriber's address, opened from the vault (only while unsealed). */
export function subscriberEmail(keys: VaultKeys, row: SubscriberRow): string {
  return openAuthField(keys, row.email, emailAad(row.id));
}

/**
 * Records a subscription request: a new address becomes a pending subscriber; a known one keeps
 * its current subscription and gets the new choices as pending, applied only when confirmed, so
 * a stranger cannot change someone else's topics. Either way a confirmation mail is owed.
 */
export async function applySubscribeRequest(
  trx: Trx,
  keys: VaultKeys,
  item: Extract<InboxItem, { kind: "subscribe" }>,
  now: Date,
): Promise<void> {
  const lookup = subscriberLookup(keys, item.email);
  const categories = JSON.stringify(item.categories);
  const existing = await findSubscriberByLookup(trx, lookup);
  if (existing) {
    await updateSubscriber(trx, existing.id, {
      pending_language: item.language,
      pending_categories: categories,
      confirmation_due: 1,
    });
    return;
  }
  const id = randomToken(16);
  await insertSubscriber(trx, {
    id,
    email_lookup: lookup,
    email: sealAuthField(keys, item.email.trim(), emailAad(id)),
    status: "pending",
    language: item.language,
    categories,
    pending_language: item.language,
    pending_categories: categories,
    confirm_token_hash: null,
    confirmation_due: 1,
    created_on: dayOf(now),
    confirmed_on: null,
  });
}

/** Confirms by a confirmation token (single use): true when it named a subscriber. */
export async function confirmSubscription(trx: Trx, token: string, now: Date): Promise<boolean> {
  const row = await findSubscriberByConfirmHash(trx, hashToken(token));
  if (!row) return false;
  await updateSubscriber(trx, row.id, {
    status: "confirmed",
    language: row.pending_language ?? row.language,
    categories: row.pending_categories ?? row.categories,
    pending_language: null,
    pending_categories: null,
    confirm_token_hash: null,
    confirmation_due: 0,
    confirmed_on: row.confirmed_on ?? dayOf(now),
  });
  return true;
}

/**
 * Unsubscribes by a token: the subscriber and what they were sent are deleted. True for any
 * genuine token, also when it was already used, so a second click says the same.
 */
export async function unsubscribe(trx: Trx, keys: VaultKeys, token: string): Promise<boolean> {
  const id = subscriberIdOfToken(keys, token);
  if (!id) return false;
  if (await findSubscriberById(trx, id)) await deleteSubscriber(trx, id);
  return true;
}

/** Applies one opened inbox item inside a vault transaction. */
async function applyItem(trx: Trx, keys: VaultKeys, item: InboxItem, now: Date): Promise<void> {
  if (item.kind === "subscribe") await applySubscribeRequest(trx, keys, item, now);
  else if (item.kind === "confirm") await confirmSubscription(trx, item.token, now);
  else await unsubscribe(trx, keys, item.token);
}

/**
 * Moves the public drop box into the vault: each item is opened, applied in a vault transaction
 * and only then deleted from the public store; a crash in between applies it again, which every
 * kind of item tolerates. Items that do not open are dropped.
 */
export async function ingestInbox(vault: Vault, now: Date): Promise<number> {
  const keys = vault.keys();
  const publicDb = vault.stores.publicDb;
  let applied = 0;
  for (;;) {
    const rows = await listInboxItems(publicDb, 200);
    if (!rows.length) return applied;
    for (const row of rows) {
      const item = await openInboxItem(row.sealed, keys);
      if (item) {
        await vault
          .db()
          .transaction()
          .execute((trx) => applyItem(trx, keys, item, now));
        applied++;
      }
      await deleteInboxItem(publicDb, row.id);
    }
  }
}

/**
 * Sends every owed confirmation mail with a fresh single-use token (only its hash is kept; a new
 * mail replaces the old link). A failed send stays owed and is tried on the next run.
 */
export async function sendDueConfirmations(vault: Vault, mailer: Mailer): Promise<number> {
  const db = vault.db();
  const keys = vault.keys();
  let sent = 0;
  for (const row of await subscribersDueConfirmation(db)) {
    const token = randomToken();
    await updateSubscriber(db, row.id, { confirm_token_hash: hashToken(token) });
    const to = { email: subscriberEmail(keys, row), language: pendingLanguage(row) };
    try {
      await mailer.send(
        confirmationMail(mailer.settings, to, token, unsubscribeToken(keys, row.id)),
      );
    } catch {
      continue;
    }
    await updateSubscriber(db, row.id, { confirmation_due: 0 });
    sent++;
  }
  return sent;
}

function pendingLanguage(row: SubscriberRow): Lang {
  return row.pending_language ?? row.language;
}
