import { addIssue, explain, joinPath } from './issues';
import { isEmail, unknownEmailFromPhone, unknownEmailFromUserId } from './email';
import { own } from './read-object';
import { readValue, REPORTED, type Rule } from './reader';
import { text } from './value-rules';

/**
 * The user's e-mail, else the docs' fallbacks in their order: `phone@unknown.email`, then
 * `id@unknown.email`, from the object's `phone` and `id` (schemas using it accept those keys). A bad address with a usable fallback is
 * not fatal: the data still reaches Flocktory. Each problem is recorded at its own key.
 */
export const identity: Rule<string> = (value, issues, parentPath, _key, _ancestors, parent) => {
  const email = readValue(text, value, issues, parentPath, 'email');
  const phone = readValue(text, own(parent, 'phone'), issues, parentPath, 'phone');
  const id = readValue(text, own(parent, 'id'), issues, parentPath, 'id');
  if (email && isEmail(email)) return email;
  const fromPhone = phone && unknownEmailFromPhone(phone);
  const fromId = id && unknownEmailFromUserId(id);
  const at = (key: string) => joinPath(parentPath, key);
  if (email)
    addIssue(
      issues,
      at('email'),
      'invalid_email',
      !fromPhone && !fromId,
      explain('invalid_email', 'expected an address such as name@example.com', email),
    );
  else if (!phone && !id) addIssue(issues, at('email'), 'required', true, `required (or ${at('phone')} or ${at('id')})`);
  if (phone && !fromPhone)
    addIssue(issues, at('phone'), 'invalid_phone', !fromId && !email, explain('invalid_phone', 'expected 5 to 15 digits', phone));
  if (id && !fromId && !fromPhone)
    addIssue(issues, at('id'), 'invalid_user_id', !email, explain('invalid_user_id', 'expected up to 64 of A-Z a-z 0-9 _ + - .', id));
  // Without an address, one of the issues above is fatal.
  return fromPhone || fromId || REPORTED;
};
