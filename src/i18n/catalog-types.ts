import type { de } from './messages/de/index.js';

/** Every locale must provide every key of the German source with the same argument types. */
export type Messages = typeof de;
export type MessageKey = keyof Messages;
export type CatalogPart<T> = { [K in keyof T]: T[K] };
export type MessageArgs<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];
