/**
 * The German words coordinators use in their sheets for each fixed vocabulary of the feed
 * contract: the first label is what the template's drop-down offers and what the export
 * writes; `also` lists other ways offices write the same thing. The codes themselves are
 * always accepted too (they are the JSON values). Residents see other, friendlier texts
 * (src/i18n); these are the office's words.
 */
import {
  AUDIENCES,
  COURSE_FORMATS,
  COURSE_TOPICS,
  COURSE_TYPES,
  GENDERS,
  KNOWN_TRAININGS,
  LANGUAGE_LEVELS,
  LEVELS,
  LOTSEN_TOPICS,
  MODES,
  PROGRAMS,
  SETTINGS,
} from '../schema/index.js';

export interface VocabularyEntry<C extends string = string> {
  code: C;
  label: string;
  also?: readonly string[];
}

export interface Vocabulary<C extends string = string> {
  /** What the list is called on the template's list sheet. */
  title: string;
  entries: ReadonlyArray<VocabularyEntry<C>>;
}

type Labels<C extends string> = { readonly [K in C]: readonly [label: string, ...also: string[]] };

function vocabulary<C extends string>(title: string, codes: readonly C[], labels: Labels<C>): Vocabulary<C> {
  return { title, entries: codes.map((code) => ({ code, label: labels[code][0], also: labels[code].slice(1) })) };
}

export const LOTSEN_TOPIC_LABELS = vocabulary('Themen (Lotsen)', LOTSEN_TOPICS, {
  behoerden: ['Behörden', 'Ämter', 'Amt', 'Behördengänge', 'Ämter und Behörden', 'Behörde'],
  gesundheit: ['Gesundheit', 'Arzt', 'Ärzte', 'Arztbesuche'],
  'schule-kita': ['Schule und Kita', 'Schule/Kita', 'Schule', 'Kita', 'Kindergarten', 'Bildung'],
  wohnen: ['Wohnen', 'Wohnung', 'Wohnungssuche'],
  arbeit: ['Arbeit', 'Beruf', 'Jobcenter', 'Job', 'Arbeitssuche'],
  'asyl-aufenthalt': ['Asyl und Aufenthalt', 'Asyl', 'Aufenthalt', 'Ausländerbehörde', 'Asyl/Aufenthalt'],
  alltag: ['Alltag', 'Alltagshilfe', 'Einkaufen'],
  freizeit: ['Freizeit', 'Sport', 'Vereine'],
  familie: ['Familie', 'Kinder', 'Eltern'],
});

export const TRAINING_LABELS = vocabulary('Fortbildungen', KNOWN_TRAININGS, {
  'flucht-asyl': ['Flucht und Asyl', 'Flucht/Asyl'],
  'interkulturelle-kompetenz': ['Interkulturelle Kompetenz', 'Interkulturelles Training'],
  gesundheitslotse: ['Gesundheitslotse', 'Gesundheitslotsin', 'Gesundheitslots:in'],
  bildungslotse: ['Bildungslotse', 'Bildungslotsin', 'Bildungslots:in'],
  'erste-hilfe': ['Erste Hilfe', 'Erste-Hilfe-Kurs'],
  datenschutz: ['Datenschutz', 'Datenschutzschulung'],
});

export const GENDER_LABELS = vocabulary('Geschlecht', GENDERS, {
  w: ['weiblich', 'Frau', 'f', 'female', 'weibl.'],
  m: ['männlich', 'Mann', 'male', 'männl.'],
  d: ['divers', 'diverse', 'x'],
});

export const LANGUAGE_LEVEL_LABELS = vocabulary('Sprachniveau', LANGUAGE_LEVELS, {
  muttersprache: ['Muttersprache', 'Muttersprachler', 'Muttersprachlerin', 'Erstsprache', 'native'],
  fliessend: ['fließend', 'sehr gut', 'verhandlungssicher'],
  gut: ['gut', 'gute Kenntnisse'],
  grundkenntnisse: ['Grundkenntnisse', 'Grundlagen', 'etwas', 'Basis'],
});

export const LEVEL_LABELS = vocabulary('Niveau', LEVELS, {
  alpha: ['Alphabetisierung', 'Alpha', 'Alphakurs', 'A0'],
  A1: ['A1'],
  A2: ['A2'],
  B1: ['B1'],
  B2: ['B2'],
  C1: ['C1'],
});

export const PROGRAM_LABELS = vocabulary('Programm', PROGRAMS, {
  wir: ['WIR', 'WIR-Kurs', 'WIR-Programm'],
  'mitsprache-deutsch4u': ['MitSprache – Deutsch4U', 'MitSprache', 'Deutsch4U', 'MitSprache Deutsch4U'],
  integrationskurs: ['Integrationskurs', 'BAMF-Integrationskurs', 'BAMF'],
  sonstiges: ['Sonstiges', 'Weiterer Kurs', 'anderer', 'andere'],
});

export const COURSE_TYPE_LABELS = vocabulary('Kursart', COURSE_TYPES, {
  allgemein: ['Allgemeiner Kurs', 'allgemein', 'Deutschkurs'],
  alphabetisierung: ['Alphabetisierungskurs', 'Alphabetisierung', 'Alphakurs'],
  zweitschrift: ['Zweitschriftlernende', 'Zweitschrift', 'Zweitschriftlerner'],
  frauen: ['Frauenkurs', 'Frauen', 'nur Frauen'],
  eltern: ['Elternkurs', 'Eltern', 'Mütterkurs'],
  jugend: ['Jugendkurs', 'Jugend', 'Jugendliche'],
  intensiv: ['Intensivkurs', 'intensiv'],
  sprachcafe: ['Sprachcafé', 'Sprachcafe', 'Sprachtreff', 'Konversation'],
});

export const AUDIENCE_LABELS = vocabulary('Zielgruppe', AUDIENCES, {
  alle: ['Alle', 'für alle', 'offen'],
  frauen: ['Frauen', 'nur Frauen'],
  eltern: ['Eltern', 'Mütter', 'Väter'],
  gefluechtete: ['Geflüchtete', 'Flüchtlinge', 'Asylsuchende'],
  jugendliche: ['Jugendliche', 'junge Menschen', 'Jugend'],
  senioren: ['Senioren', 'Seniorinnen und Senioren', 'Ältere'],
});

export const COURSE_FORMAT_LABELS = vocabulary('Format', COURSE_FORMATS, {
  praesenz: ['Präsenz', 'vor Ort', 'Präsenzkurs'],
  online: ['Online', 'digital', 'Onlinekurs'],
  hybrid: ['Hybrid', 'Präsenz und online', 'gemischt'],
});

export const COURSE_TOPIC_LABELS = vocabulary('Themen (Kurse)', COURSE_TOPICS, {
  familie: ['Familie', 'Kinder'],
  gesundheit: ['Gesundheit'],
  bildung: ['Bildung', 'Schule'],
  arbeit: ['Arbeit', 'Beruf'],
  gesellschaft: ['Gesellschaft', 'Politik', 'Orientierung'],
  nachbarschaft: ['Nachbarschaft', 'Wohnumfeld', 'Stadtteil'],
});

export const SETTING_LABELS = vocabulary('Einsatzbereiche', SETTINGS, {
  'schule-kita': ['Schule und Kita', 'Schule/Kita', 'Schule', 'Kita', 'Elterngespräch'],
  gesundheit: ['Gesundheit', 'Arzt', 'Klinik', 'Krankenhaus', 'Praxis'],
  behoerde: ['Behörde', 'Amt', 'Ämter', 'Behörden'],
  beratung: ['Beratung', 'Beratungsstelle'],
  soziales: ['Soziales', 'Jugendamt', 'Sozialdienst'],
  freizeit: ['Freizeit', 'Verein'],
});

export const MODE_LABELS = vocabulary('Einsatzart', MODES, {
  'vor-ort': ['vor Ort', 'persönlich', 'Präsenz'],
  telefon: ['Telefon', 'telefonisch', 'am Telefon'],
  video: ['Video', 'per Video', 'Videocall', 'online'],
});

/** The yes/no list of the template's drop-downs ("leer" also means no). */
export const YES_NO_LABELS = ['ja', 'nein'] as const;

/** The drop-down label of a code ("schule-kita" → "Schule und Kita"); the code itself if unknown. */
export function labelOf(vocabularyOf: Vocabulary, code: string): string {
  return vocabularyOf.entries.find((e) => e.code === code)?.label ?? code;
}
