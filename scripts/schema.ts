/**
 * Writes the published JSON Schemas (draft 2020-12) from the zod schemas, the single source
 * of truth: schema/wir-feed-<kind>.schema.json (envelope + records) and
 * schema/wir-anfrage.schema.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { FEED_KINDS, feedDocumentSchemaFor, requestSchema } from '../src/core/schema/index.js';

const OUT = 'schema';
const BASE = 'https://unpkg.com/wir-widgets/schema/';
mkdirSync(OUT, { recursive: true });

function emit(file: string, schema: z.ZodMiniType, title: string, description: string) {
  // io: 'input' leaves objects open (no additionalProperties: false): the contract says
  // unknown fields are ignored, so a publisher's extra field must not fail validation.
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const out = { $schema: json.$schema, $id: `${BASE}${file}`, title, description, ...json };
  writeFileSync(`${OUT}/${file}`, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${OUT}/${file}`);
}

for (const kind of FEED_KINDS) {
  emit(
    `wir-feed-${kind}.schema.json`,
    feedDocumentSchemaFor(kind),
    `WIR feed v1: ${kind}`,
    `A wir-feed document of kind "${kind}" (feed contract v1). Generated from src/core/schema by npm run schema; cross-field rules (from < to, free ≤ total, end ≥ start) are checked by the widget only.`,
  );
}

emit('wir-anfrage.schema.json', requestSchema, 'WIR request v1', 'The payload a request form POSTs (request contract v1).');
