/**
 * The public site in English: the reference catalogue for public pages (the staff interface has
 * its own in src/i18n). Other languages must have every key with the same `{placeholders}`.
 */
export const publicEn = {
  skip: "Skip to main content",
  language: "Language",
  "nav.label": "Main sections",
  "nav.home": "Home",
  "nav.documents": "Analytical documents",
  "nav.incidents": "Incidents",
  "nav.accountability": "Accountability",
  "nav.about": "About and method",
  "nav.subscribe": "Subscribe",
  "hotline.text": "Threatened or followed because of your work or your exile? Call our hotline:",
  "hotline.hours": "Calls are answered in Georgian, Azerbaijani, Russian and English.",
  "demo.banner":
    "Demonstration site: the six named cases come from public reporting; every other incident, number and person here is invented.",
  "breadcrumb.label": "You are here",
  "footer.keyboard.title": "Using this site with a keyboard",
  "footer.keyboard.text":
    "Tab moves to the next link or control and Shift+Tab to the previous one; Enter follows a link or presses a button; Space ticks a box. The first Tab stop on every page skips straight to the content. Charts have a table with the same numbers beside them.",
  "footer.accessibility": "Accessibility statement",
  "footer.methodology": "How we count",
  "footer.feeds": "News feeds (Atom)",
  "footer.data": "Open data downloads",
  "footer.licence": "Text and data may be reused with attribution.",
  "home.title": "Transnational repression: documented, tracked, published",
  "home.lead":
    "We document how states reach beyond their borders to silence people who fled them, and what the authorities of the host country did about each complaint.",
  "home.latest": "Latest publications",
  "home.figures": "In numbers",
  "home.all_documents": "All publications",
  "notfound.title": "Page not found",
  "notfound.body":
    "If you typed the address, check it. If you followed a link, the page may have moved.",
  "error.title": "Sorry, something went wrong",
  "error.body": "Please try again later. If it keeps happening, quote this reference: {id}",
  "refused.title": "This form did not come from this site",
  "refused.body":
    "Go back to the page, reload it and send the form again. This site only accepts forms sent from its own pages.",
} as const;

/** A key of the public-site catalogue. */
export type PublicKey = keyof typeof publicEn;
