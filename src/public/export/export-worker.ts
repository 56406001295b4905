/**
 * An export worker (a worker thread of `tnr export-site`). It loads the page modules as soon as
 * it is started, then waits for "start" (the folder being written and the site settings), opens
 * its own read-only connection to the public store, and draws and writes the tasks the main
 * thread sends, one after the other, answering each with what it wrote or with its error.
 * "close" ends it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Kysely } from "kysely";
import { PUBLIC_PAGES } from "../site/public-pages.ts";
import type { SiteConfig } from "../site/site-config.ts";
import { runTask, type ExportBase, type ExportTask } from "./export-tasks.ts";
import { MirrorWriter } from "./mirror-writer.ts";
import { openPublicReader, type PublicStoreSpec } from "./public-reader.ts";

/** What a worker is told when the export begins. */
export interface ExportStart {
  /** The folder being written (the export's temporary sibling of OUT). */
  root: string;
  config: SiteConfig;
  /** The export's clock, as an ISO string. */
  now: string;
}

/** A message to a worker. */
export type ToWorker = { start: ExportStart } | { id: number; task: ExportTask } | { close: true };

/** A worker's answer to one task. */
export type FromWorker =
  | { id: number; pages: number; files: number; bytes: number }
  | { id: number; error: { message: string; stack?: string } };

const store = (workerData as { store: PublicStoreSpec }).store;
const port = parentPort!;
const pages = new Map(PUBLIC_PAGES.map((p) => [p.id, p]));
/** The export under way, from "start" on. */
let current: { db: Kysely<any>; base: ExportBase; writer: MirrorWriter } | null = null;
// Messages are handled one at a time, in order (the main thread sends the next task before
// this one ends, so the worker never waits for work).
let queue: Promise<void> = Promise.resolve();

async function run(id: number, task: ExportTask): Promise<void> {
  try {
    if (!current) throw new Error("Export worker: a task came before start.");
    const { base, writer } = current;
    const before = { files: writer.files, bytes: writer.bytes };
    const written = await runTask(base, pages, writer, task);
    const answer: FromWorker = {
      id,
      pages: written,
      files: writer.files - before.files,
      bytes: writer.bytes - before.bytes,
    };
    port.postMessage(answer);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    port.postMessage({ id, error: { message: err.message, stack: err.stack } } as FromWorker);
  }
}

function handle(message: ToWorker): Promise<void> {
  if ("start" in message) {
    const { root, config, now } = message.start;
    const db = openPublicReader(store);
    const base: ExportBase = { mode: "static", config, db, now: new Date(now) };
    current = { db, base, writer: new MirrorWriter(root) };
    return Promise.resolve();
  }
  if ("close" in message)
    return (async () => {
      await current?.db.destroy();
      port.close();
    })();
  return run(message.id, message.task);
}

port.on("message", (message: ToWorker) => {
  queue = queue.then(() => handle(message));
});
