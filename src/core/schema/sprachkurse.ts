import * as z from 'zod/mini';
import {
  emailSchema,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  languageCodeSchema,
  phoneSchema,
  placeSchema,
  slotsSchema,
  TEXT_LIMITS,
  text,
  translationsSchema,
} from './shared.js';
import { AUDIENCES, COURSE_FORMATS, COURSE_TOPICS, COURSE_TYPES, LEVELS, PROGRAMS } from './vocabularies.js';

const seatsSchema = z
  .object({ total: z.int().check(z.gte(0), z.lte(10000)), free: z.int().check(z.gte(0), z.lte(10000)) })
  .check(z.refine((s) => s.free <= s.total, { message: '"free" cannot exceed "total"', path: ['free'] }));

/** A low-threshold German course (docs/architecture.md, Feed contract v1, kind "sprachkurse"). */
export const sprachkursSchema = z
  .object({
    id: idSchema,
    title: text(TEXT_LIMITS.title),
    provider: z.object({ name: text(TEXT_LIMITS.name), url: z.optional(httpUrlSchema) }),
    program: z.enum(PROGRAMS),
    courseType: z.optional(z.enum(COURSE_TYPES)),
    levels: z.array(z.enum(LEVELS)).check(z.minLength(1)),
    audience: z.enum(AUDIENCES),
    childcare: z.boolean(),
    /** Ages in years the childcare accepts. */
    childcareAges: z.optional(z.object({ min: z.int().check(z.gte(0), z.lte(17)), max: z.int().check(z.gte(0), z.lte(17)) })),
    schedule: slotsSchema,
    start: isoDateSchema,
    end: z.optional(isoDateSchema),
    rollingEntry: z.optional(z.boolean()),
    seats: z.optional(seatsSchema),
    cost: z.object({
      amount: z.number().check(z.gte(0), z.lte(10000)),
      note: z.optional(text(TEXT_LIMITS.short)),
    }),
    format: z.enum(COURSE_FORMATS),
    place: placeSchema,
    topics: z.optional(z.array(z.enum(COURSE_TOPICS))),
    supportLanguages: z.optional(z.array(languageCodeSchema).check(z.maxLength(30))),
    registration: z.object({
      url: z.optional(httpUrlSchema),
      email: z.optional(emailSchema),
      phone: z.optional(phoneSchema),
      deadline: z.optional(isoDateSchema),
    }),
    description: z.optional(text(TEXT_LIMITS.description)),
    translations: z.optional(translationsSchema),
  })
  .check(
    z.refine((c) => c.end === undefined || c.end >= c.start, {
      message: '"end" cannot be before "start"',
      path: ['end'],
    }),
  );

export type SprachkursRecord = z.infer<typeof sprachkursSchema>;
