import type { FastifyBaseLogger } from "fastify";
import type { Vault } from "../vault/vault.ts";
import { mailSettingsFromEnv, smtpMailer, type Mailer } from "./mailer.ts";
import { ingestInbox, sendDueConfirmations } from "./subscription.commands.ts";
import { announcePending } from "./subscription-notify.ts";

/** How often the server works through subscriptions while unsealed. */
export const SUBSCRIPTION_JOB_EVERY_MS = 60_000;

/** What one run did (counts only: never an address). */
export interface JobReport {
  ingested: number;
  confirmationsSent: number;
  announcementsSent: number;
  announcementsFailed: number;
}

/**
 * One pass, only while unsealed: the public drop box moves into the vault, then (with a mailer)
 * owed confirmation mails and queued announcements go out. Without a mailer requests are still
 * taken off the public side; the mails wait until SMTP is configured.
 */
export async function runSubscriptionJobs(
  vault: Vault,
  mailer: Mailer | null,
  now: Date = new Date(),
): Promise<JobReport | null> {
  if (vault.state !== "unsealed") return null;
  const report: JobReport = {
    ingested: await ingestInbox(vault, now),
    confirmationsSent: 0,
    announcementsSent: 0,
    announcementsFailed: 0,
  };
  if (!mailer) return report;
  report.confirmationsSent = await sendDueConfirmations(vault, mailer);
  const announced = await announcePending(vault, mailer);
  report.announcementsSent = announced.sent;
  report.announcementsFailed = announced.failed;
  return report;
}

/**
 * Runs the subscription jobs every minute while the server runs (the timer does not keep the
 * process alive). Without SMTP settings it says so once in the log and sends nothing.
 */
export function startSubscriptionJobs(
  vault: Vault,
  log: FastifyBaseLogger,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.Timeout {
  const settings = mailSettingsFromEnv(env, Boolean(vault.installation?.demo));
  const mailer = settings ? smtpMailer(settings) : null;
  if (!mailer)
    log.warn(
      "Subscription mails are not sent: set TNR_SMTP_URL, TNR_MAIL_FROM and TNR_PUBLIC_URL to send them.",
    );
  let running = false;
  const timer = setInterval(() => {
    if (running || vault.state !== "unsealed") return;
    running = true;
    runSubscriptionJobs(vault, mailer)
      .then((r) => {
        if (
          r &&
          (r.ingested || r.confirmationsSent || r.announcementsSent || r.announcementsFailed)
        )
          log.info({ subscriptions: r }, "subscription jobs ran");
      })
      .catch((e) =>
        log.error(
          { code: (e as { code?: string }).code ?? "internal" },
          "subscription jobs failed",
        ),
      )
      .finally(() => {
        running = false;
      });
  }, SUBSCRIPTION_JOB_EVERY_MS);
  timer.unref();
  return timer;
}
