/** Storage for the reference receiver (Node only). */
export { MIGRATIONS, migrate, SCHEMA_VERSION } from './migrations.js';
export { fingerprintOf, type InsertResult, type ListFilter, RequestRepository, type StoredAnfrage } from './requests.js';
export { type RunResult, type SqlDb, type SqlValue, StoreBusyError } from './sql-db.js';
export { openStore, Store, type StoreOptions } from './store.js';
