/** Storage for the reference receiver (Node only). */
export { type Account, AccountRepository, type AccountSecrets, type NewAccount, normaliseEmail } from './accounts.js';
export { type AuditAction, type AuditActorKind, type AuditEntry, AuditRepository, type NewAuditEntry } from './audit.js';
export { inScope, KOMMUNE_CODE, scopeCondition } from './kommune-scope.js';
export { MIGRATIONS, migrate, SCHEMA_VERSION } from './migrations.js';
export { type ClaimedMail, type MailPurpose, OutboxRepository, type OutgoingMail } from './outbox.js';
export { type Assignment, fingerprintOf, type InsertResult, type ListFilter, RequestRepository, type StoredAnfrage } from './requests.js';
export { LoginThrottleRepository, PasswordLinkRepository, SessionRepository, type SessionRow, type ThrottleState } from './sessions.js';
export { type RunResult, type SqlDb, type SqlValue, StoreBusyError } from './sql-db.js';
export { StatusLinkRepository } from './status-links.js';
export { openStore, Store, type StoreOptions } from './store.js';
