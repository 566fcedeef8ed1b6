/**
 * CSV → neutral sheet. German Excel saves "CSV (Trennzeichen-getrennt)" with `;` in
 * Windows-1252; "CSV UTF-8" adds a BOM; LibreOffice asks and often writes UTF-8 with `,`;
 * "Unicode-Text" is UTF-16 with tabs. We detect the encoding from the bytes and the
 * separator from the header line, then let papaparse do the quoting rules.
 */
import Papa from 'papaparse';
import type { Sheet, Workbook } from './sheet.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** BOM first; then UTF-8 if the bytes are valid UTF-8 (ASCII is too), else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    // Windows-1252 decodes every byte: a file that is not UTF-8 is, in practice, what German Excel wrote.
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, „, “, –, …). Node's TextDecoder
// decodes the label as Latin-1 and would turn "–" into an invisible control character.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  return { text: encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding).decode(body), encoding };
}

const SEPARATORS = [';', '\t', ',', '|'] as const;

/**
 * The separator that occurs most often outside quotes in the first non-empty line (the
 * header). `;` wins ties: it is what German Excel writes, and a comma may sit inside a header.
 */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ';';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** One sheet named after the file (as Excel names it when it opens a CSV). */
export function readCsv(bytes: Uint8Array, file: string): Workbook & { encoding: TextEncodingName; separator: string } {
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const sheet: Sheet = { name: file.replace(/\.[^.]*$/, ''), rows: [] };
  parsed.data.forEach((cells, index) => {
    // A record is one row in Excel even when a quoted cell spans several lines.
    if (cells.some((c) => c.trim() !== '')) sheet.rows.push({ rowNumber: index + 1, cells });
  });
  return { file, sheets: [sheet], encoding, separator };
}
