/**
 * RFC 5545 content-line mechanics: escaping TEXT values, folding long lines, CRLF.
 * Kept apart from the course logic so the rules of the format sit in one small place.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT (§3.1); a feed could carry them.
      .replace(CONTROL_CHARACTERS, '')
  );
}

/** UTF-8 length of one code point; computed so the core needs no TextEncoder global. */
function octets(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function octetLength(line: string): number {
  let n = 0;
  for (const ch of line) n += octets(ch);
  return n;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space. Octets, not
 * characters: Arabic or umlauts take two bytes in UTF-8, so counting characters would make
 * over-long lines, and cutting inside a multi-byte sequence would corrupt the character.
 */
export function foldLine(line: string): string {
  if (octetLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  // The first line may hold 75 octets; continuation lines 74 after their leading space.
  let limit = 75;
  for (const ch of line) {
    const size = octets(ch);
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines into a calendar stream: folded, CRLF-terminated (also the last line). */
export function serializeLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
