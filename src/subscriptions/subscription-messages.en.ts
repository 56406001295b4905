/**
 * Subscription pages and e-mails in English: the reference catalogue (the other languages must
 * have every key with the same `{placeholders}`).
 */
export const subscriptionEn = {
  "sub.title": "Subscribe to new publications",
  "sub.lead": "Get an e-mail when we publish a document on the topics you choose.",
  "sub.email.label": "Your e-mail address",
  "sub.email.hint": "We will send one message to check that the address is yours.",
  "sub.categories.legend": "Topics",
  "sub.categories.hint": "Choose one or more.",
  "sub.language.legend": "Language of the e-mails",
  "sub.submit": "Subscribe",
  "sub.privacy.title": "What happens to your address",
  "sub.privacy.sealed":
    "Your address is encrypted the moment it arrives, with a key that only our protected database holds: this website itself cannot read it.",
  "sub.privacy.stored":
    "We keep only your address, your topics and language, and the day you subscribed. We do not record your IP address or your browser.",
  "sub.privacy.shared":
    "We never share your address with anyone and use it only to send you these e-mails.",
  "sub.privacy.leave":
    "Every e-mail has a link to unsubscribe in one click; your address is then deleted.",
  "sub.static.live": "Subscriptions are handled by the live site:",
  "sub.static.none":
    "This copy of the site cannot take subscriptions. Please subscribe on the organisation's website.",
  "sub.error.summary": "There is a problem",
  "sub.error.prefix": "Error:",
  "sub.error.email": "Enter an e-mail address in the correct format, like name@example.org",
  "sub.error.categories": "Choose at least one topic",
  "sub.error.language": "Choose the language of the e-mails",
  "sub.check.title": "Check your inbox",
  "sub.check.body":
    "We will send you an e-mail asking you to confirm your subscription. Nothing else is sent until you confirm. The message may take a few hours to arrive.",
  "sub.check.spam": "If nothing arrives, look in your spam folder, or subscribe again.",
  "sub.throttled.title": "Too many requests",
  "sub.throttled.body":
    "This form is receiving too many requests right now. Please wait a minute and try again.",
  "sub.confirm.title": "Confirm your subscription",
  "sub.confirm.body": "Press the button to start receiving e-mails about new publications.",
  "sub.confirm.button": "Confirm subscription",
  "sub.confirmed.title": "Subscription confirmed",
  "sub.confirmed.body":
    "Thank you. You will receive an e-mail when we publish on the topics you chose.",
  "sub.invalid.title": "This link no longer works",
  "sub.invalid.body":
    "It may have been used already or replaced by a newer one. You can subscribe again at any time.",
  "sub.received.title": "Request received",
  "sub.received.body": "We have received your request. It will take effect within a few hours.",
  "sub.unsub.title": "Unsubscribe",
  "sub.unsub.body": "Press the button to stop all e-mails from us and delete your address.",
  "sub.unsub.button": "Unsubscribe",
  "sub.unsubscribed.title": "You have unsubscribed",
  "sub.unsubscribed.body":
    "Your address has been deleted. You will receive no more e-mails from us.",
  "sub.again": "Subscribe again",
  "mail.confirm.subject": "Confirm your subscription to {site}",
  "mail.confirm.intro":
    "Someone, hopefully you, asked to receive e-mails from {site} about new publications.",
  "mail.confirm.action": "To confirm, open this link and press the button:",
  "mail.confirm.ignore":
    "If you did not ask for this, ignore this message: without confirmation you will receive nothing more.",
  "mail.notify.subject": "New publication: {title}",
  "mail.notify.intro": "{site} has published a new document:",
  "mail.notify.read": "Read it here:",
  "mail.footer.why": "You receive this e-mail because you subscribed to {site}.",
  "mail.footer.unsubscribe": "Unsubscribe in one click:",
} as const;

/** A key of the subscription catalogue. */
export type SubscriptionKey = keyof typeof subscriptionEn;
