import type { Kysely, Transaction } from "kysely";
import type { Vault } from "../vault/vault.ts";
import type { Mailer } from "./mailer.ts";
import {
  claimDelivery,
  confirmedSubscribers,
  markAnnouncementDone,
  pendingAnnouncements,
  queueAnnouncement,
  releaseDelivery,
} from "./subscriber.repository.ts";
import { subscriberEmail, dayOf } from "./subscription.commands.ts";
import { unsubscribeToken } from "./subscription-crypto.ts";
import { announcementMail, type AnnouncedDocument } from "./subscription-mails.tsx";

export type { AnnouncedDocument } from "./subscription-mails.tsx";

/** Keeps only the public facts an announcement needs (a PublicDocumentRow fits). */
function announced(doc: AnnouncedDocument): AnnouncedDocument {
  return {
    slug: doc.slug,
    categories: [...doc.categories],
    translations: doc.translations.map((t) => ({
      language: t.language,
      title: t.title,
      summary: t.summary ?? null,
    })),
  };
}

/**
 * Queues a just-published document for announcement, in the publishing vault transaction so it
 * commits with the publication; a slug already queued is not queued again (republishing a new
 * version does not mail everyone twice).
 */
export async function enqueueDocumentAnnouncement(
  trx: Transaction<any> | Kysely<any>,
  document: AnnouncedDocument,
  now: Date = new Date(),
): Promise<void> {
  await queueAnnouncement(trx, {
    slug: document.slug,
    payload: JSON.stringify(announced(document)),
    queued_on: dayOf(now),
  });
}

/** How a round of announcements went. */
export interface NotifyResult {
  sent: number;
  failed: number;
}

/**
 * Mails a published document to each confirmed subscriber who chose one of its categories and
 * reads one of its languages, in that language, with the unsubscribe headers. Each (subscriber,
 * document) pair is claimed before sending, so running twice (or two runs at once) never mails
 * anyone twice; a failed send gives its claim back for the next run. Needs the unsealed vault.
 */
export async function notifySubscribers(props: {
  vault: Vault;
  document: AnnouncedDocument;
  mailer: Mailer;
}): Promise<NotifyResult> {
  const { vault, mailer } = props;
  const doc = announced(props.document);
  const db = vault.db();
  const keys = vault.keys();
  const languages = doc.translations.map((t) => t.language);
  const result: NotifyResult = { sent: 0, failed: 0 };
  for (const sub of await confirmedSubscribers(db, languages)) {
    const chosen = JSON.parse(sub.categories) as string[];
    if (!doc.categories.some((c) => chosen.includes(c))) continue;
    if (!(await claimDelivery(db, sub.id, doc.slug))) continue;
    const to = { email: subscriberEmail(keys, sub), language: sub.language };
    try {
      await mailer.send(announcementMail(mailer.settings, to, doc, unsubscribeToken(keys, sub.id)));
      result.sent++;
    } catch {
      await releaseDelivery(db, sub.id, doc.slug);
      result.failed++;
    }
  }
  return result;
}

/** Announces every queued document; one whose every mail went out is marked done. */
export async function announcePending(vault: Vault, mailer: Mailer): Promise<NotifyResult> {
  const total: NotifyResult = { sent: 0, failed: 0 };
  for (const row of await pendingAnnouncements(vault.db())) {
    const document = JSON.parse(row.payload) as AnnouncedDocument;
    const r = await notifySubscribers({ vault, document, mailer });
    total.sent += r.sent;
    total.failed += r.failed;
    if (r.failed === 0) await markAnnouncementDone(vault.db(), row.slug);
  }
  return total;
}
