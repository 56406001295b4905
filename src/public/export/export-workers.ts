import { Worker } from "node:worker_threads";
import type { ExportTask } from "./export-tasks.ts";
import type { ExportStart, FromWorker, ToWorker } from "./export-worker.ts";
import type { PublicStoreSpec } from "./public-reader.ts";

/** Tasks sent to a worker ahead of time, so it never waits for the main thread. */
const TASKS_PER_WORKER = 2;

/**
 * Heap of each worker: its own old space (pages are written as soon as a task is drawn) and a
 * young generation large enough that the short-lived strings of a page die there.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 48 };

/** What a worker wrote for one task. */
export interface TaskResult {
  pages: number;
  files: number;
  bytes: number;
}

interface Pending {
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
}

/** One export worker and the tasks it has been sent. */
interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  exited: Promise<void>;
  /** Why the worker can take no more tasks (it failed or ended), or null while it can. */
  gone: Error | null;
}

// The worker is TypeScript: it registers tsx (as bin/tnr.js does) before loading its module.
// Node flags are not inherited (execArgv: []), so the same code works under `node --import tsx`.
// The large packages are imported first, before tsx's hooks are in place: each of their hundreds
// of files would otherwise cross to the hooks thread and back, which doubles a worker's start.
const BOOT = `
const { workerData } = require("node:worker_threads");
Promise.all(workerData.preload.map((url) => import(url)))
  .then(() => import(workerData.tsxApi))
  .then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** Plain JavaScript packages the pages use, loaded by a worker before tsx. */
const PRELOAD = [
  "kysely",
  "preact",
  "preact/jsx-runtime",
  "preact-render-to-string",
  "markdown-it",
  "markdown-it-footnote",
  "vega",
  "vega-lite",
  "d3-geo",
  "topojson-client",
];

/**
 * Worker threads that draw and write the mirror's pages, each with its own connection to the
 * public store. They load their modules as soon as they are made (so a caller makes them before
 * its own slow start-up: opening the stores, loading the pages), then wait for `start`. A task
 * that fails rejects with its error; a worker that dies rejects its tasks and sets `failure`.
 */
export class ExportWorkers {
  readonly #slots: Slot[];
  #nextId = 0;
  #closing = false;
  #failure: Error | null = null;

  constructor(count: number, store: PublicStoreSpec) {
    const workerData = {
      store,
      preload: PRELOAD.map((name) => import.meta.resolve(name)),
      tsxApi: import.meta.resolve("tsx/esm/api"),
      entry: new URL("./export-worker.ts", import.meta.url).href,
    };
    this.#slots = Array.from({ length: count }, () => {
      const worker = new Worker(BOOT, {
        eval: true,
        workerData,
        execArgv: [],
        resourceLimits: WORKER_LIMITS,
      });
      const slot: Slot = { worker, pending: new Map(), exited: Promise.resolve(), gone: null };
      const failAll = (e: Error) => {
        slot.gone ??= e;
        if (!this.#closing) this.#failure ??= e;
        for (const p of slot.pending.values()) p.reject(e);
        slot.pending.clear();
      };
      worker.on("message", (m: FromWorker) => {
        const p = slot.pending.get(m.id);
        slot.pending.delete(m.id);
        if (!p) return;
        if ("error" in m)
          p.reject(Object.assign(new Error(m.error.message), { stack: m.error.stack }));
        else p.resolve({ pages: m.pages, files: m.files, bytes: m.bytes });
      });
      worker.on("error", failAll);
      slot.exited = new Promise((resolve) =>
        worker.on("exit", (code) => {
          failAll(new Error(`An export worker stopped (exit code ${code}).`));
          resolve();
        }),
      );
      return slot;
    });
  }

  /** Why a worker died before the export closed them (the export then fails), or null. */
  get failure(): Error | null {
    return this.#failure;
  }

  /** How many workers there are. */
  get size(): number {
    return this.#slots.length;
  }

  /** Tells every worker where to write and with which settings (before the first task). */
  start(data: ExportStart): void {
    for (const s of this.#slots) s.worker.postMessage({ start: data } satisfies ToWorker);
  }

  /** A worker with room for another task, the least busy first; null when all are full. */
  idle(): number | null {
    let best: number | null = null;
    this.#slots.forEach((s, i) => {
      if (s.gone || s.pending.size >= TASKS_PER_WORKER) return;
      if (best === null || s.pending.size < this.#slots[best]!.pending.size) best = i;
    });
    return best;
  }

  /** Sends a task to a worker; resolves with what it wrote. */
  run(worker: number, task: ExportTask): Promise<TaskResult> {
    const slot = this.#slots[worker]!;
    const id = this.#nextId++;
    return new Promise<TaskResult>((resolve, reject) => {
      if (slot.gone) return reject(slot.gone);
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, task } satisfies ToWorker);
    });
  }

  /** Lets the workers finish their tasks, close their connections and end. */
  async close(): Promise<void> {
    this.#closing = true;
    for (const s of this.#slots) s.worker.postMessage({ close: true } satisfies ToWorker);
    await Promise.all(this.#slots.map((s) => s.exited));
  }

  /** Stops every worker at once (after a failure). */
  async terminate(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
