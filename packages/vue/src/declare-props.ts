// Types and `required` only feed Vue's development warnings (no prop of ours is Boolean or has a
// default), but Vue normalizes full options once per app, i.e. once per server request. Names
// alone leave less garbage per production server render; development keeps the warnings.
// `process.env.NODE_ENV` is written out so bundlers replace it, as they do for Vue itself.
const production = typeof process !== 'undefined' && process.env.NODE_ENV === 'production';

/** `options` in development, their names alone in production: the same props and TypeScript types either way. */
export function declareProps<T extends object>(options: T): T {
  return (production ? Object.keys(options) : options) as T;
}
