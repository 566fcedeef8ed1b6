/** Reference receiver for request contract v1 (Node only; never imported by browser code). */
export type { ListFilter, StoredAnfrage } from '../store/index.js';
export { openStore, Store } from '../store/index.js';
export { DEFAULT_DB_PATH, portFromEnv, receiverOptionsFromEnv } from './config.js';
export type { Receiver, ReceiverOptions } from './receiver.js';
export { createReceiver, HEALTH_PATH, isReceiverPath, MAX_BODY_BYTES, RECEIVER_BASE_PATH } from './receiver.js';
