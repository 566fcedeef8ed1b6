/**
 * The request contract's vocabularies and caps (request.ts holds the schema that uses them).
 * Free of zod, so the request form can show its choices before the schema has loaded.
 */
import { MODES, SETTINGS } from './vocabularies.js';

export const REQUESTER_TYPES = ['schule', 'kita', 'arztpraxis', 'behoerde', 'beratungsstelle', 'verein', 'privat'] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

// The same lists as the Dolmetscher feed's `modes` and `settings`: the engine matches a
// request's mode and setting against those, so they must not drift apart.
export const INTERPRETING_MODES = MODES;
export type InterpretingMode = (typeof INTERPRETING_MODES)[number];

export const INTERPRETING_SETTINGS = SETTINGS;
export type InterpretingSetting = (typeof INTERPRETING_SETTINGS)[number];

export const GENDER_PREFERENCES = ['w', 'm'] as const;

/** The request kinds of contract v1: an interpreter for an appointment, or contact with a Lotse from the finder. */
export const REQUEST_KINDS = ['dolmetscher', 'lotse'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Status a coordinator moves a stored request through; not part of what the form sends. */
export const REQUEST_STATUSES = ['received', 'in-progress', 'matched', 'done', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Caps: generous for real input, small enough that a stored request stays well under 32 KB. */
export const REQUEST_LIMITS = {
  nameLength: 200,
  emailLength: 254, // RFC 5321 path limit
  phoneLength: 40,
  addressLength: 200,
  ortLength: 100,
  notesLength: 1000,
  /** A Lotse contact's note: a line or two about the errand, not a case history. */
  lotseNoteLength: 500,
  /** Feed record ids and display names as the Lotsen feed publishes them. */
  lotseIdLength: 100,
  alternatives: 5,
  durationMin: 15,
  durationMax: 480,
} as const;
