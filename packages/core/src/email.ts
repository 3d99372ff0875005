// At most 254 characters (RFC 5321); no whitespace and none of RFC 5322's specials `<>()[]\,;:"`,
// which an address only holds in a quoted local part, never in a shop's order form. Other
// characters, Unicode included, are allowed (internationalized addresses, RFC 6531).
const EMAIL = /^(?=.{1,254}$)[^\s@<>()[\]\\,;:"]+@[^\s@.<>()[\]\\,;:"]+(\.[^\s@.<>()[\]\\,;:"]+)+$/;
const PHONE = /^\d{5,15}$/;
// Characters that are safe unquoted in the local part of an address, dots not leading or doubled.
const USER_ID = /^(?=.{1,64}$)[\w+-]+(\.[\w+-]+)*$/;

/** Whether `text` is an address Flocktory can use as it is. */
export const isEmail = (text: string): boolean => EMAIL.test(text);

const unknownEmail = (text: string, pattern: RegExp) => (pattern.test(text) ? text + '@unknown.email' : undefined);

/** The docs' address for a user known only by phone: "+7 (999) 888-77-66" → "79998887766@unknown.email". */
export const unknownEmailFromPhone = (phone: string | number): string | undefined =>
  unknownEmail(String(phone).replace(/[\s()+\-.]/g, ''), PHONE);

/** The docs' address for a user known only by the shop's id: 12345678 → "12345678@unknown.email". */
export const unknownEmailFromUserId = (id: string | number | bigint): string | undefined => unknownEmail(String(id).trim(), USER_ID);
