import * as z from 'zod/mini';
import {
  contactSchema,
  genderSchema,
  idSchema,
  languagesSchema,
  placeSchema,
  slotsSchema,
  TEXT_LIMITS,
  text,
  translationsSchema,
  travelKmSchema,
} from './shared.js';
import { LOTSEN_TOPICS } from './vocabularies.js';

/** An ehrenamtliche:r Integrationslotse:in (docs/architecture.md, Feed contract v1, kind "lotsen"). */
export const lotseSchema = z.object({
  id: idSchema,
  name: text(TEXT_LIMITS.name),
  gender: z.optional(genderSchema),
  languages: languagesSchema,
  place: placeSchema,
  travelKm: z.optional(travelKmSchema),
  topics: z.array(z.enum(LOTSEN_TOPICS)).check(z.minLength(1)),
  availability: z.optional(slotsSchema),
  available: z.boolean(),
  trainings: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))).check(z.maxLength(20))),
  description: z.optional(text(TEXT_LIMITS.description)),
  translations: z.optional(translationsSchema),
  contact: contactSchema,
});

export type LotseRecord = z.infer<typeof lotseSchema>;
