import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { sql, type Kysely } from "kysely";
import type { Dialect } from "../../db/stores.ts";
import { publicStoreChanges } from "../../publishing/public-store-changes.ts";

/** A rendered public page kept in memory: what the response needs, nothing else. */
export interface CachedPage {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** A compressed form of a kept page, with its own entity tag (RFC 9110: one per representation). */
export interface Encoded {
  body: Buffer;
  etag: string;
}

/**
 * A kept page with its validator (a digest of the body, so it is the same on every server) and,
 * once compressed in the background, its brotli and gzip forms.
 */
export interface KeptPage extends CachedPage {
  etag: string;
  br?: Encoded;
  gzip?: Encoded;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text worth compressing: pages, feeds, CSV and JSON of at least a kilobyte. */
function compressible(page: CachedPage): boolean {
  const size = typeof page.body === "string" ? page.body.length : page.body.length;
  return size >= 1024 && /^(text\/|application\/(atom\+)?(xml|json))/.test(page.contentType);
}

/** A strong entity tag for a page body: 128 bits of its SHA-256, base64url. */
export function entityTag(body: string | Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/**
 * Rendered public pages by URL, dropped as a whole when the public store changes. Public pages
 * are the same for every visitor (no cookie, no personalisation), so a page rendered once can be
 * sent again until something is published or withdrawn. Writes by this process clear it at once;
 * writes by another process (the CLI) are seen by a check made at most once per `checkEveryMs`:
 * on SQLite `PRAGMA data_version`, which changes when another connection commits (free); on
 * PostgreSQL a fingerprint of counts and newest publication stamps. Bounded by total bytes, least
 * recently used first.
 */
export class PublicPageCache {
  readonly #pages = new Map<string, KeptPage>();
  #bytes = 0;
  #generation = "";
  #checkedAt = -Infinity;
  #checking: Promise<void> | null = null;
  #seenLocalChanges = publicStoreChanges();

  readonly #maxBytes: number;
  readonly #checkEveryMs: number;

  constructor(
    private readonly db: () => Kysely<any>,
    private readonly opts: {
      /** Total bytes kept (default 32 MB); a page over a sixteenth of it is not kept. */
      maxBytes?: number;
      /** How often the store is looked at for other processes' writes (default 1 s). */
      checkEveryMs?: number;
      dialect?: Dialect;
      now?: () => number;
    } = {},
  ) {
    this.#maxBytes = opts.maxBytes ?? 32 * 1024 * 1024;
    this.#checkEveryMs = opts.checkEveryMs ?? 1000;
  }

  #now(): number {
    return (this.opts.now ?? Date.now)();
  }

  /**
   * Whether kept pages may be sent without looking at the store first: nothing was written by
   * this process since the last look, and the last look at the store is recent enough. Cheap and
   * synchronous, for the server's fast path; when false, `refresh()` must run first.
   */
  isFresh(): boolean {
    return (
      this.#seenLocalChanges === publicStoreChanges() &&
      this.#now() - this.#checkedAt < this.#checkEveryMs
    );
  }

  /** Drops every page when the public store changed since the last look. */
  async refresh(): Promise<void> {
    if (this.#seenLocalChanges !== publicStoreChanges()) {
      this.#seenLocalChanges = publicStoreChanges();
      this.clear();
    }
    if (this.#now() - this.#checkedAt < this.#checkEveryMs) return;
    this.#checking ??= (async () => {
      const generation = await publicGeneration(this.db(), this.opts.dialect ?? "sqlite");
      if (generation !== this.#generation) {
        this.#generation = generation;
        this.clear();
      }
      this.#checkedAt = this.#now();
    })().finally(() => (this.#checking = null));
    await this.#checking;
  }

  /** A cached page, marked as recently used. */
  get(key: string): KeptPage | undefined {
    const page = this.#pages.get(key);
    if (page) {
      this.#pages.delete(key);
      this.#pages.set(key, page);
    }
    return page;
  }

  /**
   * Keeps a page unless it is too large to be worth it; evicts the oldest to stay in bounds.
   * Returns the page with its entity tag, kept or not.
   */
  set(key: string, page: CachedPage): KeptPage {
    const kept: KeptPage = { ...page, etag: entityTag(page.body) };
    const size = sizeOf(kept);
    if (size > this.#maxBytes / 16) return kept;
    const old = this.#pages.get(key);
    if (old) this.#bytes -= sizeOf(old);
    this.#pages.delete(key);
    this.#pages.set(key, kept);
    this.#bytes += size;
    this.#evict();
    if (compressible(page)) void this.#compress(key, kept);
    return kept;
  }

  #evict(): void {
    for (const [k, p] of this.#pages) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#pages.delete(k);
      this.#bytes -= sizeOf(p);
    }
  }

  /**
   * Brotli (quality 11) and gzip (level 9) forms, made once per page on libuv's thread pool, so a
   * reader on a slow line gets a fifth of the bytes and the event loop does not wait. Until they
   * are ready the page is sent uncompressed.
   */
  async #compress(key: string, page: KeptPage): Promise<void> {
    const body = typeof page.body === "string" ? Buffer.from(page.body) : page.body;
    try {
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipped(body, { level: 9 }),
      ]);
      const tag = page.etag.slice(1, -1);
      page.br = { body: br, etag: `"${tag}-br"` };
      page.gzip = { body: gz, etag: `"${tag}-gz"` };
      if (this.#pages.get(key) === page) {
        this.#bytes += br.length + gz.length;
        this.#evict();
      }
    } catch {
      // Compression is an optimisation: the page is still sent as it is.
    }
  }

  /** Forgets every page (after a publication in this process, or a changed generation). */
  clear(): void {
    this.#pages.clear();
    this.#bytes = 0;
  }

  /** How many pages and bytes are held (for tests and the benchmark). */
  get size(): { pages: number; bytes: number } {
    return { pages: this.#pages.size, bytes: this.#bytes };
  }
}

function sizeOf(p: KeptPage): number {
  const body = typeof p.body === "string" ? p.body.length * 2 : p.body.length;
  return body + (p.br?.body.length ?? 0) + (p.gzip?.body.length ?? 0);
}

/**
 * A value that changes whenever another process changes the public store. SQLite counts commits
 * by other connections in `data_version`; PostgreSQL has no such counter, so there it is a
 * fingerprint of the published content.
 */
async function publicGeneration(db: Kysely<any>, dialect: Dialect): Promise<string> {
  if (dialect === "sqlite") {
    const r = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    return String(r.rows[0]?.data_version ?? "");
  }
  const r = await sql<Record<string, unknown>>`select
      (select count(*) from public_incidents) as i,
      (select max(published_at) from public_incidents) as ia,
      (select count(*) from public_documents) as d,
      (select max(published_at) from public_documents) as da,
      (select count(*) from public_document_translations) as t,
      (select max(value) from public_meta where key = 'aggregates_built_at') as m`.execute(db);
  return JSON.stringify(r.rows[0] ?? {});
}
