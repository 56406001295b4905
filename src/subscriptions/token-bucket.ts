/**
 * An in-memory token bucket for one endpoint as a whole: it keys on nothing about the visitor
 * (no IP is kept, not even in memory), so a flood slows the form for everyone, never for one
 * person in particular, and answers 429 instead of filling the public store.
 */
export class TokenBucket {
  readonly #capacity: number;
  readonly #perSecond: number;
  readonly #now: () => Date;
  #tokens: number;
  #at: number;

  constructor(capacity: number, perMinute: number, now: () => Date) {
    this.#capacity = capacity;
    this.#perSecond = perMinute / 60;
    this.#now = now;
    this.#tokens = capacity;
    this.#at = now().getTime();
  }

  /** Takes one token: 0 when allowed, else the whole seconds until one is available. */
  take(): number {
    const t = this.#now().getTime();
    this.#tokens = Math.min(
      this.#capacity,
      this.#tokens + (Math.max(0, t - this.#at) / 1000) * this.#perSecond,
    );
    this.#at = t;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.#tokens) / this.#perSecond));
  }
}
