/** Reference receiver for request contract v1 (Node only; never imported by browser code). */
export { createReceiver, isReceiverPath, RECEIVER_BASE_PATH, MAX_BODY_BYTES } from './receiver.js';
export type { Receiver, ReceiverOptions } from './receiver.js';
export { receiverOptionsFromEnv, portFromEnv, DEFAULT_DB_PATH } from './config.js';
export { AnfrageStore } from './store.js';
export type { StoredAnfrage, ListFilter } from './store.js';
