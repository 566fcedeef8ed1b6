/**
 * Token bucket per client address: `perMinute` tokens refill evenly, and a full bucket
 * allows a burst of the same size. A school's shared NAT address can send a handful of
 * requests at once; a script cannot flood the coordinators' inbox.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until one token is available again (only when not allowed). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBucketLimiter {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #buckets = new Map<string, Bucket>();
  readonly #maxKeys: number;

  constructor(perMinute: number, options: { burst?: number; maxKeys?: number } = {}) {
    if (!(perMinute > 0)) throw new RangeError('rate limit must be a positive number per minute');
    this.#capacity = options.burst ?? perMinute;
    this.#refillPerMs = perMinute / 60_000;
    this.#maxKeys = options.maxKeys ?? 10_000;
  }

  take(key: string, now: number): RateLimitDecision {
    const bucket = this.#buckets.get(key) ?? { tokens: this.#capacity, at: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.at) * this.#refillPerMs);
    bucket.at = now;
    if (!this.#buckets.has(key)) {
      if (this.#buckets.size >= this.#maxKeys) this.#prune(now);
      this.#buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const waitMs = (1 - bucket.tokens) / this.#refillPerMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  // Addresses are personal data and memory is finite: forget buckets that have refilled
  // (they behave exactly like a new one), and if that is not enough, the oldest half.
  #prune(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#refillPerMs >= this.#capacity) this.#buckets.delete(key);
    }
    if (this.#buckets.size >= this.#maxKeys) {
      let drop = Math.ceil(this.#buckets.size / 2);
      for (const key of this.#buckets.keys()) {
        if (drop-- <= 0) break;
        this.#buckets.delete(key);
      }
    }
  }
}
