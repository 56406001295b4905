import type { PublicPageType } from "../public-page.ts";
import { accountabilityHostPage, accountabilityPage } from "./accountability.page.tsx";
import { incidentsCsvDownload, incidentsJsonDownload } from "./data.downloads.ts";
import { dataPage } from "./data.page.tsx";
import { incidentPage } from "./incident.page.tsx";
import {
  incidentsHostPagedPage,
  incidentsHostPage,
  incidentsPagedPage,
  incidentsPage,
} from "./incidents.page.tsx";

/** The incident database, incident pages, downloads with their dictionary, and the dashboard. */
export const INCIDENT_PAGES: readonly PublicPageType<any>[] = [
  incidentsPage,
  incidentsPagedPage,
  incidentsHostPage,
  incidentsHostPagedPage,
  incidentPage,
  dataPage,
  incidentsCsvDownload,
  incidentsJsonDownload,
  accountabilityPage,
  accountabilityHostPage,
];
