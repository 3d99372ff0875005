import { Dynamic, dynamicParts } from '../js/static-value';

// Values core accepts unchanged, by field name: they stand in for what the code computes, so the
// rest of the payload is still checked and compared. Findings inside these paths are dropped.
const NEUTRAL: Record<string, unknown> = {
  price: 0,
  count: 1,
  email: 'computed@example.com',
  sex: 'm',
  image: 'https://example.com/computed.png',
  items: [{ id: 'computed' }],
  item: { id: 'computed' },
  user: { email: 'computed@example.com' },
  order: { id: 'computed', price: 0, items: [{ id: 'computed' }] },
};

function neutral(key: string): unknown {
  return structuredClone(NEUTRAL[key] ?? 'computed');
}

/** The payload with every computed part replaced by a neutral value, and where those parts were. */
export function withNeutralValues(payload: unknown): { value: unknown; dynamicPaths: string[] } {
  const dynamicPaths = dynamicParts(payload).map((part) => part.path);
  const replace = (value: unknown, key: string): unknown => {
    if (value instanceof Dynamic) return neutral(key);
    // An element of `items` is an item; elsewhere an element stands in as its array's key says.
    if (Array.isArray(value)) return value.map((item) => replace(item, key === 'items' ? 'item' : key));
    if (value && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) {
        // Own data property even for "__proto__": core must see (and report) it as the page sends it.
        Object.defineProperty(copy, name, { value: replace(item, name), enumerable: true, writable: true, configurable: true });
      }
      return copy;
    }
    return value;
  };
  return { value: replace(payload, ''), dynamicPaths };
}
