/** A Content-Security-Policy, reduced to what decides whether a script may run. */
export interface Policy {
  /** Where it came from: `header`, `meta` (applies to what follows it), `report-only` (blocks nothing). */
  origin: 'header' | 'meta' | 'report-only';
  text: string;
  directives: ReadonlyMap<string, readonly string[]>;
}

/** One header value may hold several policies separated by commas; each must allow a script. */
export function parsePolicies(value: string, origin: Policy['origin']): Policy[] {
  return value
    .split(',')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      const directives = new Map<string, string[]>();
      for (const part of text.split(';')) {
        const [name, ...sources] = part.trim().split(/\s+/);
        // The first occurrence of a directive wins; later ones are ignored by browsers.
        if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
      }
      return { origin, text, directives };
    });
}

/** The sources that govern `<script>` elements: script-src-elem, else script-src, else default-src. */
export function scriptSources(policy: Policy): readonly string[] | undefined {
  return policy.directives.get('script-src-elem') ?? policy.directives.get('script-src') ?? policy.directives.get('default-src');
}
