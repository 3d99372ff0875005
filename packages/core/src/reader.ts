/**
 * The one reader behind every command. A schema lists an object's documented fields in the docs'
 * order, each with its rule and whether it is required; `readFields` walks any schema and returns
 * the normalized data, recording every problem as an issue `{ path, code, message, fatal }`.
 *
 * Rules are small functions (value-rules.ts, identity.ts) referenced by the schemas, so a bundle
 * holds only the rules of the commands it imports.
 */
import { addIssue, joinPath, MAX_ISSUES, explain, type FlocktoryIssue, type IssueCode } from './issues';
import { plainObject, unknownKey, type Ancestors, type PlainObject } from './read-object';

/**
 * What a rule returns for a value it cannot use: the issue to record (none: it recorded its own),
 * and what is accepted instead, for the message (see describe, which adds the value received).
 */
export class Invalid {
  constructor(
    readonly code: IssueCode | undefined,
    readonly message?: string,
  ) {}
}

/** "Unusable, and the issues are already recorded": what nested readers return. */
export const REPORTED = /* @__PURE__ */ new Invalid(undefined);

/**
 * Reads one field. `value` is the field's own enumerable property (never an inherited one); a
 * value rule looks at nothing else, while nested readers and rules that combine keys also use
 * where the field is. Returns the normalized value, `undefined` when the field is absent (`null`,
 * `undefined`, blank text), or an Invalid.
 */
export type Rule<T> = (
  value: unknown,
  issues: FlocktoryIssue[],
  parentPath: string,
  key: string,
  ancestors: Ancestors,
  parent: PlainObject,
) => T | Invalid | undefined;

export interface Field<T, R extends boolean> {
  readonly rule: Rule<T>;
  readonly required: R;
}

/** The docs require it: when it is absent or bad, nothing is sent (a fatal issue). */
export const required = <T>(rule: Rule<T>): Field<T, true> => ({ rule, required: true });
/** Left out when absent; when bad, dropped with an issue that is not fatal. */
export const optional = <T>(rule: Rule<T>): Field<T, false> => ({ rule, required: false });

type AnyField = Field<unknown, boolean>;
export type Fields = Record<string, AnyField>;

type Value<F> = F extends Field<infer T, boolean> ? T : never;
type Flatten<T> = { [K in keyof T]: T[K] };
/** What a schema's fields read into: the required ones present, the optional ones possibly absent. */
export type DataOf<F extends Fields> = Flatten<
  { [K in keyof F as F[K] extends Field<unknown, true> ? K : never]: Value<F[K]> } & {
    [K in keyof F as F[K] extends Field<unknown, true> ? never : K]?: Value<F[K]>;
  }
>;

/** What `schema` reads into. */
export type DataOfSchema<S> = S extends Schema<infer F> ? DataOf<F> : never;

export interface Schema<F extends Fields> {
  /** For the types only (never set): the fields as declared. */
  readonly declared?: F;
  /** Field names in the schema's order, which is also the order of the result's keys. */
  readonly keys: readonly string[];
  readonly fields: readonly AnyField[];
  /** Each field's store site (see `store`). */
  readonly sites: readonly number[];
  /** Input keys that are not fields but are accepted (read by a rule, or ignored). */
  readonly alsoAccepts: readonly string[];
}

// V8 caches how to store a property per code location and property name. A single location for
// every field of every schema sees many names, goes megamorphic and costs ~17 ns a store, +7% on
// the typical order's build; a location per field name keeps each store as fast as in a literal.
// 24 locations: the schemas have 17 field names (more share a location, still correct, a bit slower).
const SITES = new Map<string, number>();
const STORE_SITES = 24;

function siteOf(key: string): number {
  let site = SITES.get(key);
  if (site === undefined) SITES.set(key, (site = SITES.size));
  return site;
}

/** `result[key] = value`, from the code location of `site` (the same for every store of one field name). */
function store(result: PlainObject, site: number, key: string, value: unknown): void {
  // prettier-ignore
  switch (site % STORE_SITES) {
    case 0:
      result[key] = value;
      return;
    case 1:
      result[key] = value;
      return;
    case 2:
      result[key] = value;
      return;
    case 3:
      result[key] = value;
      return;
    case 4:
      result[key] = value;
      return;
    case 5:
      result[key] = value;
      return;
    case 6:
      result[key] = value;
      return;
    case 7:
      result[key] = value;
      return;
    case 8:
      result[key] = value;
      return;
    case 9:
      result[key] = value;
      return;
    case 10:
      result[key] = value;
      return;
    case 11:
      result[key] = value;
      return;
    case 12:
      result[key] = value;
      return;
    case 13:
      result[key] = value;
      return;
    case 14:
      result[key] = value;
      return;
    case 15:
      result[key] = value;
      return;
    case 16:
      result[key] = value;
      return;
    case 17:
      result[key] = value;
      return;
    case 18:
      result[key] = value;
      return;
    case 19:
      result[key] = value;
      return;
    case 20:
      result[key] = value;
      return;
    case 21:
      result[key] = value;
      return;
    case 22:
      result[key] = value;
      return;
    default:
      result[key] = value;
  }
}

/**
 * Declares an object: `declare` returns its documented fields in order (a function, so that a
 * bundler can drop a schema no command uses: `/* @__PURE__ *\/ schema(…)` is removable only when
 * its arguments have no calls). `alsoAccepts`: input keys that are not fields of their own (read by
 * a rule, like the e-mail's fallbacks, or accepted and ignored); any other key is reported and
 * never sent.
 */
export function schema<F extends Fields>(declare: () => F, alsoAccepts: readonly string[] = []): Schema<F> {
  const fields = declare();
  const keys = Object.keys(fields);
  return { keys, fields: Object.values(fields), sites: keys.map(siteOf), alsoAccepts };
}

/**
 * Reads the object `value` at `path` by `schema`: the result holds each usable field, in the
 * schema's order. Returns undefined when `value` is absent, and REPORTED when it is unusable or a
 * required field is (with fatal issues recorded). Every field is read either way, so one call
 * reports every problem.
 */
export function readFields<F extends Fields>(
  schema: Schema<F>,
  value: unknown,
  issues: FlocktoryIssue[],
  path: string,
  ancestors?: Ancestors,
): DataOf<F> | Invalid | undefined {
  if (value == null) return undefined;
  const object = plainObject(value, path, issues, ancestors);
  if (!object) return REPORTED;
  const { keys, fields, sites } = schema;
  // The own enumerable keys (a builtin, cached per object shape) in place of an own-property
  // check per field. When they are the schema's first fields in its order (data written as the docs
  // show it), one Object.values reads them all; otherwise each known key is read by name, and the
  // others are reported and never read (a getter there is none of our business).
  const names = Object.keys(object);
  let inOrder = names.length <= keys.length;
  for (let index = 0; inOrder && index < names.length; index++) inOrder = names[index] === keys[index];
  let values: unknown[];
  if (inOrder) {
    values = Object.values(object);
  } else {
    values = new Array(keys.length);
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      const at = keys.indexOf(name);
      if (at >= 0) values[at] = object[name];
      else if (!schema.alsoAccepts.includes(name)) unknownKey(issues, path, name);
    }
  }
  const result: PlainObject = {};
  let complete = true;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const field = fields[index] as AnyField;
    const before = issues.length;
    // Past MAX_ISSUES, one issue stands for the rest (see addIssue): its fatal flag before this field.
    const restWasFatal = before > MAX_ISSUES && (issues[MAX_ISSUES] as FlocktoryIssue).fatal;
    const read = field.rule(values[index], issues, path, key, ancestors, object);
    if (read === undefined || read instanceof Invalid) {
      if (read === undefined) {
        if (field.required) addIssue(issues, joinPath(path, key), 'required', true);
      } else if (read.code) {
        addIssue(issues, joinPath(path, key), read.code, field.required, describe(read, values[index]));
      } else if (!field.required) {
        // An optional nested object was dropped whole: what broke it no longer stops the rest.
        for (let at = before; at < issues.length; at++) (issues[at] as FlocktoryIssue).fatal = false;
        if (before > MAX_ISSUES) (issues[MAX_ISSUES] as FlocktoryIssue).fatal = restWasFatal;
      }
      complete &&= !field.required;
    } else {
      store(result, sites[index] as number, key, read);
    }
  }
  // Complete: every required field was read, so the result has the schema's shape.
  return complete ? (result as DataOf<F>) : REPORTED;
}

/** An object that must be there: absent is a fatal `required` issue at `path`. Undefined when unusable. */
export function readRequired<F extends Fields>(
  schema: Schema<F>,
  value: unknown,
  issues: FlocktoryIssue[],
  path: string,
  ancestors?: Ancestors,
): DataOf<F> | undefined {
  const read = readFields(schema, value, issues, path, ancestors);
  if (read === undefined) return addIssue(issues, path, 'required', true);
  return read instanceof Invalid ? undefined : read;
}

/** A field holding an object read by `inner`. */
export function nested<F extends Fields>(inner: Schema<F>): Rule<DataOf<F>> {
  return (value, issues, parentPath, key, ancestors, parent) =>
    readFields(inner, value, issues, joinPath(parentPath, key), { value: parent, up: ancestors });
}

/** Not a list where a list must be. */
const NOT_A_LIST = /* @__PURE__ */ new Invalid('invalid_type', 'expected an array');
const EMPTY_LIST = /* @__PURE__ */ new Invalid('empty_items');

/** More items than any real order or cart has; the bound keeps a hostile `length` (2e7 holes) from costing seconds. */
export const MAX_ITEMS = 10_000;

/**
 * A field holding an array of objects read by `inner`, each one required: a bad element makes the
 * whole list unusable. `nonEmpty`: an empty array is an issue (`empty_items`).
 */
export function listOf<F extends Fields>(inner: Schema<F>, nonEmpty: boolean): Rule<DataOf<F>[]> {
  return (value, issues, parentPath, key, ancestors, parent) => {
    if (value == null) return undefined;
    if (!Array.isArray(value)) return NOT_A_LIST;
    const length = listLength(value, nonEmpty);
    if (length instanceof Invalid) return length;
    return readList(inner, value, length, issues, joinPath(parentPath, key), { value: parent, up: ancestors }) ?? REPORTED;
  };
}

/**
 * How many elements of `list` to read, or why none can be: `length` is read once (a Proxy may
 * answer anything, a sparse array may claim any length) and bounded by MAX_ITEMS. A length that
 * is not a whole number ≥ 0 (a Proxy's -1 or "many") reads no element; it is `empty_items` where
 * a list must hold one.
 */
export function listLength(list: readonly unknown[], nonEmpty: boolean): number | Invalid {
  const length: number = list.length;
  if (!(length > 0)) return length === 0 && !nonEmpty ? 0 : nonEmpty ? EMPTY_LIST : NOT_A_LIST;
  if (!(length <= MAX_ITEMS)) return new Invalid('too_many_items', `${String(length)} items, at most ${MAX_ITEMS}`);
  return length;
}

/** The first `length` elements of `list` read by `schema`, or undefined (issues recorded) when one is unusable. */
export function readList<F extends Fields>(
  schema: Schema<F>,
  list: readonly unknown[],
  length: number,
  issues: FlocktoryIssue[],
  path: string,
  ancestors?: Ancestors,
): DataOf<F>[] | undefined {
  // No cycle check for the array itself: the ancestors are plain objects, never arrays.
  const inside = { value: list, up: ancestors };
  const items: DataOf<F>[] = [];
  let complete = true;
  // Not `map`: it would skip the holes of a sparse array, which must be reported as missing items.
  for (let index = 0; index < length; index++) {
    const item = readRequired(schema, list[index], issues, `${path}[${index}]`, inside);
    if (item) items.push(item);
    else complete = false;
  }
  return complete ? items : undefined;
}

/**
 * Reads one optional value outside a schema's loop (by rules that combine several keys): a bad
 * value is recorded at `parentPath.key`, not fatal, and read as absent.
 */
export function readValue<T>(
  rule: (value: unknown) => T | Invalid | undefined,
  value: unknown,
  issues: FlocktoryIssue[],
  parentPath: string,
  key: string,
): T | undefined {
  const read = rule(value);
  if (!(read instanceof Invalid)) return read;
  if (read.code) addIssue(issues, joinPath(parentPath, key), read.code, false, describe(read, value));
  return undefined;
}

/** An Invalid's message with the value received (see explain); a nested object or list is named by its kind only. */
export function describe(invalid: Invalid, value: unknown): string {
  return explain(invalid.code as IssueCode, invalid.message, value);
}
