/**
 * One line per answered request: method, path without query, status, duration and request
 * id — never anything a person typed, never an address. As text for a terminal, or as JSON
 * (WIR_LOG_FORMAT=json) for a log collector.
 */
export type LogFormat = 'text' | 'json';

export interface RequestLogFields {
  method: string;
  path: string;
  status: number;
  ms: number;
  id?: string;
}

export function formatRequestLog(format: LogFormat, fields: RequestLogFields, now: Date = new Date()): string {
  if (format === 'json') {
    return JSON.stringify({ time: now.toISOString(), level: 'info', event: 'request', ...fields, ms: Math.round(fields.ms * 10) / 10 });
  }
  return `${fields.method} ${fields.path} ${fields.status} ${fields.ms.toFixed(1)}ms${fields.id ? ` id=${fields.id}` : ''}`;
}

/** Events an operator must look at; a log collector alerts on their level. */
const ERROR_EVENTS = new Set(['server-error', 'retention-failed']);

/** A line about the server itself (start, stop, retention, a failure), in the same format. */
export function formatEventLog(format: LogFormat, event: string, fields: Record<string, string | number> = {}, now = new Date()): string {
  const level = ERROR_EVENTS.has(event) ? 'error' : 'info';
  if (format === 'json') return JSON.stringify({ time: now.toISOString(), level, event, ...fields });
  const rest = Object.entries(fields).map(([k, v]) => `${k}=${v}`);
  return [event, ...rest].join(' ');
}

/** A free-text line (mail delivery, housekeeping), as the text itself or wrapped in a JSON event. */
export function formatMessageLog(format: LogFormat, event: string, message: string, now = new Date()): string {
  return format === 'json' ? JSON.stringify({ time: now.toISOString(), level: 'info', event, message }) : message;
}
