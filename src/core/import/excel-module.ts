/**
 * exceljs, loaded on first use: it is large (≈250 KB gzip in the browser), and a coordinator
 * who only checks a CSV never needs it. Node hands a CommonJS module over as `default`; the
 * browser build wraps it the same way (scripts/werkstatt-rollup.mjs).
 */
export type ExcelJs = typeof import('exceljs');

let loading: Promise<ExcelJs> | undefined;

export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import('exceljs').then(
    (mod) => (mod as ExcelJs & { default?: ExcelJs }).default ?? mod,
    (error: unknown) => {
      // A failed chunk load (offline, deploy in progress) must not poison later attempts.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
