// The MIME types a browser runs as classic scripts (HTML's "JavaScript MIME type essence match").
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** `classic`, `module`, or null for a type the browser never runs (JSON, templates, consent-blocked). */
export function scriptKind(type: string | undefined): 'classic' | 'module' | null {
  if (type === undefined) return 'classic';
  const essence = type.trim().toLowerCase();
  if (essence === '' || JAVASCRIPT_TYPES.has(essence)) return 'classic';
  return essence === 'module' ? 'module' : null;
}
