/**
 * The shapes of the cart and profile commands, from Flocktory's precheckout and FAQ docs
 * (https://flocktory.github.io/en/integration/precheckout/): the rules of core's browser client
 * (`@flocktory-ssr/core/client`'s addToCart/removeFromCart/updateCart/attachToProfile), written
 * again here because core exports no validator that does not push.
 */
import { joinPath } from '../js/static-value';

export interface CartIssue {
  path: string;
  message: string;
}

type FieldRule = 'id' | 'price' | 'count' | 'text';

const ITEM_FIELDS: Record<string, Record<string, { rule: FieldRule; required: boolean }>> = {
  addToCart: {
    id: { rule: 'id', required: true },
    price: { rule: 'price', required: false },
    count: { rule: 'count', required: true },
    brand: { rule: 'text', required: false },
    categoryId: { rule: 'text', required: false },
  },
  removeFromCart: { id: { rule: 'id', required: true }, count: { rule: 'count', required: true } },
  updateCart: { id: { rule: 'id', required: true }, price: { rule: 'price', required: true }, count: { rule: 'count', required: true } },
};

export const CART_COMMANDS = ['addToCart', 'removeFromCart', 'updateCart', 'attachToProfile'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkField(rule: FieldRule, value: unknown, path: string, issues: CartIssue[]): void {
  const shown = JSON.stringify(value);
  if (rule === 'id' && !(typeof value === 'string' && value.trim() !== '') && typeof value !== 'number') {
    issues.push({ path, message: `${path} is ${shown}: a non-empty id from your product feed` });
  } else if (rule === 'price' && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
    issues.push({
      path,
      message: `${path} is ${shown}: Flocktory needs a number ≥ 0 (the unit price after discounts)${typeof value === 'string' ? '; it receives a string' : ''}`,
    });
  } else if (rule === 'count' && !(typeof value === 'number' && Number.isSafeInteger(value) && value > 0)) {
    issues.push({ path, message: `${path} is ${shown}: a positive whole number, the change in units (not the new total)` });
  } else if (rule === 'text' && typeof value !== 'string') {
    issues.push({ path, message: `${path} is ${shown}: text` });
  }
}

function checkItem(command: string, item: unknown, path: string, issues: CartIssue[]): void {
  if (!isObject(item)) {
    issues.push({ path, message: `${path} must be an object` });
    return;
  }
  const fields = ITEM_FIELDS[command]!;
  for (const [key, { rule, required }] of Object.entries(fields)) {
    const value = item[key];
    if (value === undefined || value === null) {
      if (required) issues.push({ path: joinPath(path, key), message: `${joinPath(path, key)} is required` });
    } else checkField(rule, value, joinPath(path, key), issues);
  }
  for (const key of Object.keys(item)) {
    if (!(key in fields))
      issues.push({ path: joinPath(path, key), message: `${joinPath(path, key)} is not a documented field of ${command}` });
  }
}

function checkProfile(payload: Record<string, unknown>, issues: CartIssue[]): void {
  const data = payload.data;
  if (!isObject(data)) {
    issues.push({ path: 'data', message: 'data must be an object of flat values' });
    return;
  }
  for (const [key, value] of Object.entries(data)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      issues.push({
        path: joinPath('data', key),
        message: `${joinPath('data', key)}: only strings, numbers and booleans (no nested objects)`,
      });
    }
  }
}

/** Every problem of one cart/profile command's payload; values the code computes are skipped by the caller. */
export function validateCartCommand(command: (typeof CART_COMMANDS)[number], payload: unknown): CartIssue[] {
  const issues: CartIssue[] = [];
  if (!isObject(payload)) return [{ path: '', message: `the ${command} payload must be an object` }];
  if (command === 'attachToProfile') checkProfile(payload, issues);
  else if (command === 'updateCart') {
    const items = isObject(payload.cart) ? payload.cart.items : undefined;
    if (!Array.isArray(items)) issues.push({ path: 'cart.items', message: 'cart.items must be the array of every item in the cart' });
    else for (const [index, item] of items.entries()) checkItem(command, item, `cart.items[${index}]`, issues);
  } else {
    const item = payload.item;
    // An array was documented (RU, 2018-2019) for several products at once; the current docs and
    // core's addToCart take one object per call.
    if (Array.isArray(item)) {
      issues.push({ path: 'item', message: `item is an array of ${item.length}: push one product per call` });
    } else {
      checkItem(command, item, 'item', issues);
    }
  }
  return issues;
}
