// At most 254 characters (RFC 5321); dots only between characters of the local part; domain
// labels not empty and not starting or ending with `-`. Other characters, Unicode included, are
// allowed (RFC 6531: иван@почта.рф), except those in UNSAFE_IN_EMAIL.
// Non-capturing groups: only tested, never matched for parts, and ~30% faster.
const EMAIL = /^(?=.{1,254}$)[^.@]+(?:\.[^.@]+)*@(?:[^.@-](?:[^.@]*[^.@-])?\.)+[^.@-](?:[^.@]*[^.@-])?$/u;
// Whitespace, control and invisible format characters (\p{Cc}, \p{Cf}: NUL, soft hyphen,
// zero-width and bidi controls), and RFC 5322's specials `<>()[]\,;:"`, which an address only
// holds in a quoted local part, never in a shop's order form.
const UNSAFE_IN_EMAIL = /[\s\p{Cc}\p{Cf}<>()[\]\\,;:"]/u;
const PHONE = /^\d{5,15}$/;
// Characters that are safe unquoted in the local part of an address, dots not leading or doubled.
const USER_ID = /^(?=.{1,64}$)[\w+-]+(\.[\w+-]+)*$/;

/** Whether `text` is an address Flocktory can use as it is. */
export const isEmail = (text: string): boolean => EMAIL.test(text) && !UNSAFE_IN_EMAIL.test(text);

const unknownEmail = (text: string, pattern: RegExp) => (pattern.test(text) ? text + '@unknown.email' : undefined);

/** The docs' address for a user known only by phone: "+7 (999) 888-77-66" → "79998887766@unknown.email". */
export const unknownEmailFromPhone = (phone: string | number): string | undefined =>
  unknownEmail(String(phone).replace(/[\s()+\-.]/g, ''), PHONE);

/** The docs' address for a user known only by the shop's id: 12345678 → "12345678@unknown.email". */
export const unknownEmailFromUserId = (id: string | number | bigint): string | undefined => unknownEmail(String(id).trim(), USER_ID);
