/** Request core: what the request forms use to validate, deliver (send, wait, retry) and fall back to e-mail. */

export type {
  AnfrageRequest,
  DolmetscherRequest,
  InterpretingMode,
  InterpretingSetting,
  LotseRequest,
  RequesterType,
  RequestStatus,
} from '../schema/request.js';
export {
  GENDER_PREFERENCES,
  INTERPRETING_MODES,
  INTERPRETING_SETTINGS,
  REQUEST_LIMITS,
  REQUEST_STATUSES,
  REQUESTER_TYPES,
  requestSchema,
} from '../schema/request.js';
export {
  browserConnectivity,
  type Connectivity,
  type DeliverOptions,
  type Delivery,
  type DeliveryStep,
  deliverRequest,
  type SendFailure,
} from './deliver.js';
export { newDraftId } from './draft-id.js';
export { checkFormRules, earliestDate, type FormRuleError, receiverRuleErrors } from './lead-time.js';
export { mailtoFor } from './mailto.js';
export type { SubmitAttemptInfo, SubmitFailureKind, SubmitOptions, SubmitOutcome } from './submit.js';
export { parseRetryAfter, submitRequest } from './submit.js';
export type { RequestFieldError, RequestValidation } from './validate.js';
export { REQUEST_ERROR_MESSAGES, validateRequest } from './validate.js';
