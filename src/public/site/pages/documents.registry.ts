import type { PublicPageType } from "../public-page.ts";
import { aboutPage } from "./about.page.tsx";
import { accessibilityPage } from "./accessibility.page.tsx";
import { documentItemPage } from "./documents-item.page.tsx";
import { documentListPages } from "./documents-list.page.tsx";
import { categoryFeed, feedsIndexPage, globalFeed, languageFeed, typeFeed } from "./feeds.page.tsx";
import { methodologyPage } from "./methodology.page.tsx";

/**
 * The documents part of the public site: listings, document pages, Atom feeds and the feeds
 * page, and the static information pages (about, methodology, accessibility).
 */
export const DOCUMENT_SITE_PAGES: readonly PublicPageType<any>[] = [
  ...documentListPages,
  documentItemPage,
  languageFeed,
  categoryFeed,
  typeFeed,
  globalFeed,
  feedsIndexPage,
  aboutPage,
  methodologyPage,
  accessibilityPage,
];
