import { CODES, type FindingCode } from './codes';
import type { Finding } from './types';

export type FindingDetails = Partial<Pick<Finding, 'element' | 'path' | 'position' | 'severity' | 'source' | 'fix'>>;

/** A finding with its code's usual severity and fix, unless `details` says otherwise. */
export function finding(code: FindingCode, message: string, details: FindingDetails = {}): Finding {
  const info = CODES[code];
  const result: Finding = {
    severity: details.severity ?? info.severity,
    code,
    message,
    fix: details.fix ?? info.fix,
    source: details.source ?? 'html',
  };
  if (details.element !== undefined) result.element = details.element;
  if (details.path !== undefined) result.path = details.path;
  if (details.position !== undefined) result.position = details.position;
  return result;
}

/** A value for a message: JSON-quoted, at most 60 characters. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
