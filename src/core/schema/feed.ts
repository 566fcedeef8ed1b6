import * as z from 'zod/mini';
import { type DolmetscherRecord, dolmetscherSchema } from './dolmetscher.js';
import { type LotseRecord, lotseSchema } from './lotsen.js';
import { contactSchema, isoDateOrDateTimeSchema, kommuneCodeSchema, TEXT_LIMITS, text } from './shared.js';
import { type SprachkursRecord, sprachkursSchema } from './sprachkurse.js';
import { FEED_KINDS, type FeedKind } from './vocabularies.js';

export const FEED_FORMAT = 'wir-feed';
export const FEED_VERSION = 1;

export const publisherSchema = z.object({
  name: text(TEXT_LIMITS.name),
  kommune: z.optional(kommuneCodeSchema),
  // The publisher's contact has no required display name: the publisher name serves.
  contact: z.optional(z.partial(contactSchema)),
});

/**
 * The envelope without the records' content: the feed loader checks it first so one bad
 * record never hides the whole feed, and records are then validated one by one.
 */
export const feedEnvelopeSchema = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(FEED_VERSION),
  kind: z.enum(FEED_KINDS),
  publisher: publisherSchema,
  updated: z.optional(isoDateOrDateTimeSchema),
  records: z.array(z.unknown()),
});

export interface RecordMap {
  lotsen: LotseRecord;
  sprachkurse: SprachkursRecord;
  dolmetscher: DolmetscherRecord;
}
export type RecordOf<K extends FeedKind> = RecordMap[K];
export type AnyRecord = RecordMap[FeedKind];

const RECORD_SCHEMAS = {
  lotsen: lotseSchema,
  sprachkurse: sprachkursSchema,
  dolmetscher: dolmetscherSchema,
} as const;

export function recordSchemaFor<K extends FeedKind>(kind: K): (typeof RECORD_SCHEMAS)[K] {
  return RECORD_SCHEMAS[kind];
}

/** The whole document of one kind, as published (used for JSON Schema and the CLI). */
export function feedDocumentSchemaFor<K extends FeedKind>(kind: K) {
  return z.object({
    format: z.literal(FEED_FORMAT),
    version: z.literal(FEED_VERSION),
    kind: z.literal(kind),
    publisher: publisherSchema,
    updated: z.optional(isoDateOrDateTimeSchema),
    records: z.array(RECORD_SCHEMAS[kind]),
  });
}

export type Publisher = z.infer<typeof publisherSchema>;
export type FeedEnvelope = z.infer<typeof feedEnvelopeSchema>;

export interface FeedDocument<K extends FeedKind = FeedKind> {
  format: typeof FEED_FORMAT;
  version: typeof FEED_VERSION;
  kind: K;
  publisher: Publisher;
  updated?: string | undefined;
  records: RecordOf<K>[];
}
