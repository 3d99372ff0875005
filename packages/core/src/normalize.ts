import type { FlocktoryIssue } from './issues';
import { identity } from './identity';
import { collect } from './options';
import { listOf, nested, optional, readRequired, required, schema } from './reader';
import type { PostcheckoutData } from './types';
import { count, httpUrl, id, price, sex, text } from './value-rules';

export interface NormalizeResult {
  /** Present unless a required field is unusable. */
  data: PostcheckoutData | undefined;
  /** Every problem found; those with `fatal: false` concern dropped optional fields. */
  issues: readonly FlocktoryIssue[];
}

// The documented fields of each object (https://flocktory.github.io/en/integration/postcheckout/),
// in the docs' order, which is the order they are sent in; any other key is reported, never sent.
// `phone` and `id` are the e-mail's fallbacks, read by `identity`. The user's schema is also the
// mappers' (their `user` argument is read as the adapters read it). postcheckout-json.ts writes the
// data these read, field by field: a field added here is added there too.
export const POSTCHECKOUT_USER = /* @__PURE__ */ schema(
  () => ({ name: optional(text), email: required(identity), sex: optional(sex) }),
  ['phone', 'id'],
);
const ITEM = /* @__PURE__ */ schema(() => ({
  id: required(id),
  title: optional(text),
  price: optional(price),
  image: optional(httpUrl),
  count: optional(count),
}));
const ORDER = /* @__PURE__ */ schema(() => ({
  id: required(id),
  price: required(price),
  custom_field: optional(text),
  items: required(listOf(ITEM, true)),
}));
const POSTCHECKOUT = /* @__PURE__ */ schema(() => ({
  user: required(nested(POSTCHECKOUT_USER)),
  order: required(nested(ORDER)),
  spot: optional(text),
}));

/**
 * Reads a shop's input by the docs' rules into `issues`; no data when one of them is fatal (the
 * nonce's included), so partial data never reaches the serializer. Throws on input that cannot be
 * read (a throwing getter or Proxy trap): `collect` turns that into an issue.
 */
export function readPostcheckout(input: unknown, issues: FlocktoryIssue[]): PostcheckoutData | undefined {
  const data = readRequired(POSTCHECKOUT, input, issues, '');
  return data && !issues.some((issue) => issue.fatal) ? data : undefined;
}

/** Reads a shop's input by the docs' rules; every problem is collected, none is thrown. */
export function normalizePostcheckout(input: unknown): NormalizeResult {
  return collect((issues) => readPostcheckout(input, issues));
}
