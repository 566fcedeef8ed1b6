/**
 * Any file a coordinator drops → a workbook, or one problem that says what to do instead.
 * The type is judged from the bytes, not the name: a CSV renamed .xlsx, or an .xls saved
 * as .xlsx by an old program, still gets a clear answer.
 */
import type { ImportProblem } from './problems.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Workbook } from './sheet.js';

export type ReadResult = { ok: true; workbook: Workbook } | { ok: false; problem: ImportProblem };

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls (Excel 97–2003)

function unreadable(file: string, message: string, fix: string): ReadResult {
  return { ok: false, problem: { severity: 'error', code: 'unreadable-file', file, message, fix } };
}

export async function readSheetFile(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (bytes.length === 0)
    return unreadable(name, 'Die Datei ist leer', 'Speichern Sie die Tabelle erneut und wählen Sie die gespeicherte Datei.');
  if (startsWith(bytes, OLE2)) {
    return unreadable(
      name,
      'Dies ist eine alte Excel-Datei (.xls)',
      'Speichern Sie sie in Excel unter „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.',
    );
  }
  if (startsWith(bytes, ZIP)) {
    // An OpenDocument file stores its type as the first zip entry ("mimetype") in plain text.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 100));
    if (head.includes('opendocument.spreadsheet')) {
      return unreadable(name, 'Dies ist eine LibreOffice-Tabelle (.ods)', 'Speichern Sie sie unter „Excel 2007-365 (.xlsx)“ oder als CSV.');
    }
    try {
      return { ok: true, workbook: await readXlsx(bytes, name) };
    } catch (error) {
      return unreadable(
        name,
        `Die Excel-Datei kann nicht gelesen werden (${String((error as Error).message ?? error).slice(0, 80)})`,
        'Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut als .xlsx.',
      );
    }
  }
  // Text that is not CSV (a PDF, an image) shows up as control characters in the first bytes.
  const probe = bytes.subarray(0, 512);
  const controls = probe.filter((b) => b < 9 || (b > 13 && b < 32)).length;
  if (controls > 8 && !(probe[0] === 0xff || probe[0] === 0xfe)) {
    return unreadable(
      name,
      'Diese Datei ist weder eine Excel-Tabelle (.xlsx) noch eine CSV-Datei',
      'Wählen Sie die Tabelle mit den Einträgen.',
    );
  }
  return { ok: true, workbook: readCsv(bytes, name) };
}
