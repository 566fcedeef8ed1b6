/** Reference receiver for request contract v1 (Node only; never imported by browser code). */

export { DEFAULT_DB_PATH, portFromEnv, receiverOptionsFromEnv } from './config.js';
export type { Receiver, ReceiverOptions } from './receiver.js';
export { createReceiver, isReceiverPath, MAX_BODY_BYTES, RECEIVER_BASE_PATH } from './receiver.js';
export type { ListFilter, StoredAnfrage } from './store.js';
export { AnfrageStore } from './store.js';
