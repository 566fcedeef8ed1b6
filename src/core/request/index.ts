/** Request core: what `<wir-dolmetscher-anfrage>` uses to validate, send and fall back to e-mail. */
export { newDraftId } from './draft-id.js';
export { validateRequest, REQUEST_ERROR_MESSAGES } from './validate.js';
export type { RequestFieldError, RequestValidation } from './validate.js';
export { submitRequest, parseRetryAfter } from './submit.js';
export type { SubmitOutcome, SubmitFailureKind, SubmitOptions, SubmitAttemptInfo } from './submit.js';
export { mailtoFor } from './mailto.js';
export { checkFormRules, earliestDate, type FormRuleError } from './lead-time.js';
export {
  requestSchema,
  REQUESTER_TYPES,
  INTERPRETING_MODES,
  INTERPRETING_SETTINGS,
  GENDER_PREFERENCES,
  REQUEST_STATUSES,
  REQUEST_LIMITS,
} from '../schema/request.js';
export type { AnfrageRequest, RequestStatus, RequesterType, InterpretingMode, InterpretingSetting } from '../schema/request.js';
