import * as z from 'zod/mini';
import {
  contactSchema,
  genderSchema,
  idSchema,
  kommuneCodeSchema,
  languagesSchema,
  placeSchema,
  slotsSchema,
  TEXT_LIMITS,
  text,
  translationsSchema,
  travelKmSchema,
} from './shared.js';
import { MODES, SETTINGS } from './vocabularies.js';

/** A Laiendolmetscher:in (docs/architecture.md, Feed contract v1, kind "dolmetscher"). */
export const dolmetscherSchema = z
  .object({
    id: idSchema,
    name: text(TEXT_LIMITS.name),
    gender: z.optional(genderSchema),
    languages: languagesSchema,
    serves: z.optional(z.array(kommuneCodeSchema).check(z.maxLength(33))),
    place: z.optional(placeSchema),
    travelKm: z.optional(travelKmSchema),
    settings: z.array(z.enum(SETTINGS)).check(z.minLength(1)),
    modes: z.array(z.enum(MODES)).check(z.minLength(1)),
    availability: z.optional(slotsSchema),
    noticeDays: z.optional(z.int().check(z.gte(0), z.lte(90))),
    description: z.optional(text(TEXT_LIMITS.description)),
    translations: z.optional(translationsSchema),
    contact: contactSchema,
  })
  .check(
    // Without either, the engine could never say whether the interpreter covers a resident.
    z.refine((d) => (d.serves !== undefined && d.serves.length > 0) || d.place !== undefined, {
      message: 'needs "serves" (Kommune codes) or "place"',
      path: ['serves'],
    }),
  );

export type DolmetscherRecord = z.infer<typeof dolmetscherSchema>;
