import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { RenderedPage } from "../site/public-page.ts";

/** Folders remembered as made; past this the memory is cleared (a repeat mkdir costs one call). */
const REMEMBERED_DIRS = 10_000;

/**
 * Writes files under the mirror's folder: each folder made once (one mkdir call, its parents
 * remembered), each page with one synchronous write. Synchronous on purpose: it runs in export
 * workers whose only job is to draw and write, and it allocates no promise per file.
 */
export class MirrorWriter {
  readonly #root: string;
  readonly #dirs = new Set<string>();
  files = 0;
  bytes = 0;

  constructor(root: string) {
    this.#root = root;
    this.#dirs.add(root);
  }

  /** Writes one file (a Readable is streamed: 100,000 incidents never sit in memory as one string). */
  async write(relFile: string, body: RenderedPage["body"]): Promise<void> {
    const target = join(this.#root, relFile);
    this.#ensureDir(dirname(target));
    if (body instanceof Readable) {
      let size = 0;
      body.on("data", (chunk: Buffer | string) => (size += Buffer.byteLength(chunk)));
      await pipeline(body, createWriteStream(target));
      this.bytes += size;
    } else {
      writeFileSync(target, body);
      this.bytes += typeof body === "string" ? Buffer.byteLength(body) : body.length;
    }
    this.files++;
  }

  #ensureDir(dir: string): void {
    if (this.#dirs.has(dir) || dirname(dir) === dir) return;
    this.#ensureDir(dirname(dir));
    try {
      mkdirSync(dir);
    } catch (e) {
      // Another export worker may have made it a moment ago.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    if (this.#dirs.size >= REMEMBERED_DIRS) {
      this.#dirs.clear();
      this.#dirs.add(this.#root);
    }
    this.#dirs.add(dir);
  }
}
