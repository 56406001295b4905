import { sql, type Kysely } from "kysely";
import { publicStoreChanges } from "../../publishing/public-store-changes.ts";

/** A rendered public page kept in memory: what the response needs, nothing else. */
export interface CachedPage {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/**
 * Rendered public pages by URL, dropped as a whole when the public store changes. Public pages
 * are the same for every visitor (no cookie, no personalisation), so a page rendered once can be
 * sent again until something is published or withdrawn. The store's "generation" (counts and
 * newest publication stamps) is read at most once per `checkEveryMs`, so publishing from another
 * process (the CLI) shows within that time. Bounded by total bytes, least recently used first.
 */
export class PublicPageCache {
  readonly #pages = new Map<string, CachedPage>();
  #bytes = 0;
  #generation = "";
  #checkedAt = 0;
  #checking: Promise<void> | null = null;
  #seenLocalChanges = publicStoreChanges();

  constructor(
    private readonly db: () => Kysely<any>,
    private readonly opts: { maxBytes: number; checkEveryMs: number; now?: () => number } = {
      maxBytes: 32 * 1024 * 1024,
      checkEveryMs: 1000,
    },
  ) {}

  /** Drops every page when the public store changed since the last look. */
  async refresh(): Promise<void> {
    if (this.#seenLocalChanges !== publicStoreChanges()) {
      this.#seenLocalChanges = publicStoreChanges();
      this.clear();
    }
    const now = (this.opts.now ?? Date.now)();
    if (now - this.#checkedAt < this.opts.checkEveryMs) return;
    this.#checking ??= (async () => {
      const generation = await publicGeneration(this.db());
      if (generation !== this.#generation) {
        this.#generation = generation;
        this.clear();
      }
      this.#checkedAt = (this.opts.now ?? Date.now)();
    })().finally(() => (this.#checking = null));
    await this.#checking;
  }

  /** A cached page, marked as recently used. */
  get(key: string): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (page) {
      this.#pages.delete(key);
      this.#pages.set(key, page);
    }
    return page;
  }

  /** Keeps a page unless it is too large to be worth it; evicts the oldest to stay in bounds. */
  set(key: string, page: CachedPage): void {
    const size = sizeOf(page);
    if (size > this.opts.maxBytes / 16) return;
    const old = this.#pages.get(key);
    if (old) this.#bytes -= sizeOf(old);
    this.#pages.delete(key);
    this.#pages.set(key, page);
    this.#bytes += size;
    for (const [k, p] of this.#pages) {
      if (this.#bytes <= this.opts.maxBytes) break;
      this.#pages.delete(k);
      this.#bytes -= sizeOf(p);
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

function sizeOf(p: CachedPage): number {
  return typeof p.body === "string" ? p.body.length * 2 : p.body.length;
}

/** A fingerprint of the public store's content: changes with every publication or withdrawal. */
async function publicGeneration(db: Kysely<any>): Promise<string> {
  const r = await sql<Record<string, unknown>>`select
      (select count(*) from public_incidents) as i,
      (select max(published_at) from public_incidents) as ia,
      (select count(*) from public_documents) as d,
      (select max(published_at) from public_documents) as da,
      (select count(*) from public_document_translations) as t,
      (select max(value) from public_meta where key = 'aggregates_built_at') as m`.execute(db);
  return JSON.stringify(r.rows[0] ?? {});
}
