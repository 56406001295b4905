import { homePage } from "./pages/home.page.tsx";
import { DOCUMENT_SITE_PAGES } from "./pages/documents.registry.ts";
import { documentFilePage } from "./pages/documents-file.page.ts";
import { INCIDENT_PAGES } from "./pages/incidents.pages.ts";
import { subscribePage } from "./pages/subscribe.page.tsx";
import type { PublicPageType } from "./public-page.ts";

/**
 * Every public page type, served live and written by `tnr export-site`. A page type added here
 * is on the site, in the mirror, and in the accessibility and canary sweeps.
 */
export const PUBLIC_PAGES: readonly PublicPageType<any>[] = [
  homePage,
  ...DOCUMENT_SITE_PAGES,
  documentFilePage,
  ...INCIDENT_PAGES,
  subscribePage,
];
