/** A single progress line on a terminal; silent when output is not a TTY or CI is set. */
export class Progress {
  readonly #label: string;
  readonly #enabled: boolean;
  #last = 0;

  constructor(label: string, stream: NodeJS.WriteStream = process.stderr) {
    this.#label = label;
    this.#enabled = Boolean(stream.isTTY) && !process.env.CI;
  }

  /** Redraws the line at most ten times a second. */
  update(done: number, total?: number, unit = "records"): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#last < 100) return;
    this.#last = now;
    const pct = total ? ` (${Math.min(100, Math.floor((done / total) * 100))}%)` : "";
    process.stderr.write(`\r${this.#label}: ${done.toLocaleString("en")} ${unit}${pct}   `);
  }

  /** Ends the line. */
  done(message?: string): void {
    if (!this.#enabled) return;
    process.stderr.write(`\r${this.#label}: ${message ?? "done"}${" ".repeat(20)}\n`);
  }
}
