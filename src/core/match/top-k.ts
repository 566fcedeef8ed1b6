/**
 * The best k hits of one query, kept in order while the scan runs: a sorted insertion into
 * fixed arrays, so a query that counts 10,000 hits allocates nothing per hit. The order is
 * compareHits (paging.ts), the one order every result list uses.
 */
import { compareHits } from './paging.js';

export class TopK {
  /** Record positions, best first; `size` of them are filled. */
  index = new Int32Array(20);
  score = new Float64Array(20);
  /** Distance as shown (one decimal; Infinity without one): nearer first among equal scores. */
  km = new Float64Array(20);
  size = 0;
  k = 0;

  /** `ids[i]` breaks the last ties; the arrays are the index's, never copied. */
  constructor(readonly ids: readonly string[]) {}

  /** Empties the buffer for a query that wants its best `k` (0 = count only). */
  reset(k: number): void {
    if (this.index.length < k) {
      this.index = new Int32Array(k);
      this.score = new Float64Array(k);
      this.km = new Float64Array(k);
    }
    this.k = k;
    this.size = 0;
  }

  /** The score a new hit must reach to enter, -Infinity while there is room. */
  get floor(): number {
    return this.size < this.k ? -Infinity : this.score[this.k - 1]!;
  }

  /** Adds record `i` if it belongs to the best k. */
  offer(i: number, score: number, km: number): void {
    const { index, score: scores, km: kms, ids, k } = this;
    if (this.size === k && compareHits(score, km, ids[i]!, scores[k - 1]!, kms[k - 1]!, ids[index[k - 1]!]!) >= 0) return;
    let j = this.size < k ? this.size++ : k - 1;
    for (; j > 0 && compareHits(score, km, ids[i]!, scores[j - 1]!, kms[j - 1]!, ids[index[j - 1]!]!) < 0; j--) {
      index[j] = index[j - 1]!;
      scores[j] = scores[j - 1]!;
      kms[j] = kms[j - 1]!;
    }
    index[j] = i;
    scores[j] = score;
    kms[j] = km;
  }
}
