/**
 * The id of a request draft. It is made once when the user starts a draft and sent as both
 * the body `id` and the `Idempotency-Key` header, so resending the same draft (after a
 * timeout, a reload, a second click) can never create a second request at the receiver.
 */
export function newDraftId(): string {
  // crypto.randomUUID is v4 and exists in every browser we support (secure contexts) and in
  // Node ≥ 19 as a global; no fallback on Math.random, because a guessable or colliding id
  // would let one request overwrite or reveal another.
  return globalThis.crypto.randomUUID();
}
