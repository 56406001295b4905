import { Readable } from "node:stream";
import type { Kysely } from "kysely";
import type { PublicPageType } from "../public-page.ts";
import { csvLine, csvRecord, DOWNLOAD_COLUMNS, downloadRecord } from "./data.record.ts";
import { allIncidents } from "./incidents.repository.ts";

// A BOM makes spreadsheet programs read the file as UTF-8 (Georgian and Cyrillic stay readable);
// CSV parsers that follow RFC 4180 and the WHATWG encoding rules skip it.
const BOM = "\uFEFF";

/** The CSV text in chunks: header, then one record per incident, one database batch at a time. */
async function* csvChunks(db: Kysely<any>): AsyncGenerator<string> {
  yield BOM + csvLine(DOWNLOAD_COLUMNS);
  let chunk = "";
  for await (const p of allIncidents(db)) {
    chunk += csvRecord(p);
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** A JSON array written one object per line, so it streams and still parses as one document. */
async function* jsonChunks(db: Kysely<any>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  let chunk = "";
  for await (const p of allIncidents(db)) {
    chunk += (first ? "\n" : ",\n") + JSON.stringify(downloadRecord(p));
    first = false;
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk + "\n]\n";
}

/** `/data/incidents.csv`: every published incident (RFC 4180, UTF-8 with BOM, CRLF), streamed. */
export const incidentsCsvDownload: PublicPageType = {
  id: "data-incidents-csv",
  scope: "global",
  route: "/data/incidents.csv",
  paths: () => [{}],
  async render(ctx) {
    return {
      contentType: "text/csv; charset=utf-8; header=present",
      body: Readable.from(csvChunks(ctx.db)),
    };
  },
};

/** `/data/incidents.json`: the same incidents as a JSON array with lists kept as lists, streamed. */
export const incidentsJsonDownload: PublicPageType = {
  id: "data-incidents-json",
  scope: "global",
  route: "/data/incidents.json",
  paths: () => [{}],
  async render(ctx) {
    return {
      contentType: "application/json; charset=utf-8",
      body: Readable.from(jsonChunks(ctx.db)),
    };
  },
};
