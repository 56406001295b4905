import nodemailer from "nodemailer";
import type { Lang } from "../i18n/languages.ts";
import { siteConfig } from "../public/site/site-config.ts";

/** One outgoing mail: plain text and HTML alternatives, plus list headers. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Where links in mails point and who they come from. */
export interface MailSettings {
  smtpUrl: string;
  /** The From header, e.g. `TNR Monitor <news@example.org>`. */
  from: string;
  /** The live site's origin, without a trailing slash. */
  baseUrl: string;
  siteName: Record<Lang, string>;
}

/** Sends mails; tests and the server both use the SMTP one. */
export interface Mailer {
  settings: MailSettings;
  send(message: MailMessage): Promise<void>;
}

/**
 * Mail settings from TNR_SMTP_URL, TNR_MAIL_FROM and TNR_PUBLIC_URL, or null when one is missing
 * (then nothing is mailed: no confirmation link can be built without the site's address).
 */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv, demo = false): MailSettings | null {
  const smtpUrl = env.TNR_SMTP_URL?.trim();
  const from = env.TNR_MAIL_FROM?.trim();
  const base = env.TNR_PUBLIC_URL?.trim();
  if (!smtpUrl || !from || !base || !/^https?:\/\//.test(base)) return null;
  return { smtpUrl, from, baseUrl: base.replace(/\/+$/, ""), siteName: siteConfig(env, demo).name };
}

/** The bare address of a From header ("Name <a@b>" → "a@b"), for the mailto unsubscribe. */
export function fromAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}

/** A mailer over SMTP (nodemailer). One connection per batch is plenty at NGO list sizes. */
export function smtpMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    settings,
    async send(m) {
      await transport.sendMail({
        from: settings.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        headers: m.headers,
        // No tracking: nothing in the message calls home, and no read receipts are asked for.
        disableUrlAccess: true,
        disableFileAccess: true,
      });
    },
  };
}
