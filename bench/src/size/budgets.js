/**
 * Size budgets (min+gzip), all in one place. `entry` is a subpath of the package's `exports`;
 * `external` is what the page already has or what another budget already counts. Everything else
 * the entry pulls in counts.
 *
 * `limit` fails `pnpm test` when exceeded. `target`, where given, is a smaller size the entry is
 * meant to reach but does not yet: reported (check output, RESULTS.md), never failing the run.
 *
 * `skipWhenMissing`: the check passes with a message while that package's dist is not built yet
 * (for packages that have not landed). All of these have landed: a missing dist fails the check.
 */
export const BUDGETS = [
  {
    label: '@flocktory-ssr/core (whole public entry)',
    packageName: '@flocktory-ssr/core',
    entry: '.',
    // The target is 2 KB. The entry weighed 2,465 B (2026-11-30), and nothing left in it is an
    // optional feature or free of a speed target: bench/README.md, "Why the core is not 2 KB".
    // The hardening against hostile input added 443 B (2,908 B): the inline code that records the
    // orders it ran and survives a clobbered window.flocktory (~120 B of the snippet text every page
    // also carries), the unambiguous price/count reader, unsafe-integer ids, the stricter e-mail rule,
    // and the bounds on items and issues. The limit is that size plus room for a fix or two, so the
    // core cannot grow unnoticed.
    target: 2048,
    limit: 2950,
    external: [],
    skipWhenMissing: false,
  },
  {
    label: '@flocktory-ssr/core/csp-hash (synchronous SHA-256)',
    packageName: '@flocktory-ssr/core',
    entry: './csp-hash',
    // 1,080 B on 2026-12-01. No adapter imports it: servers that need a hash synchronously do. Its
    // SHA-256 constants are written out as the standard prints them (+365 B over computing them
    // with a prime sieve at first use), which is easier to check than the sieve was.
    limit: 1200,
    external: [],
    skipWhenMissing: false,
  },
  {
    label: '@flocktory-ssr/core/mappers (server-side mapping; its own entry, so the main one does not grow)',
    packageName: '@flocktory-ssr/core',
    entry: './mappers',
    // 4,010 B on 2026-12-01 (3,693 B before the amount reader and the safe-by-default mode): every
    // mapper of the three formats, with core's value and user readers.
    limit: 4200,
    external: [],
    skipWhenMissing: false,
  },
  {
    label: '@flocktory-ssr/core/bridge (browser: dataLayer cart events to Flocktory)',
    packageName: '@flocktory-ssr/core',
    entry: './bridge',
    // 3,080 B on 2026-12-01 (2,813 B before the amount reader that tells decimals from thousands): the GA4 and UA cart readers it shares with the mappers included.
    limit: 3200,
    external: [],
    skipWhenMissing: false,
  },
  {
    label: '@flocktory-ssr/react client code of the postcheckout ("use client" module, not exported)',
    packageName: '@flocktory-ssr/react',
    entry: './dist/postcheckout-script.js',
    limit: 1024,
    // The core/client code it imports counts here (990 B in all on 2026-12-01: 696 B before the
    // page-wide list of sent orders, the report of a second payload for one order id, and the
    // replacement of a clobbered window.flocktory).
    external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    skipWhenMissing: false,
  },
  {
    label: '@flocktory-ssr/react client code of the loader ("use client" module, not exported)',
    packageName: '@flocktory-ssr/react',
    entry: './dist/loader-script.js',
    limit: 1024,
    // Every page ships it: the core/client code it imports counts here.
    external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    skipWhenMissing: false,
  },
  {
    label: '@flocktory-ssr/vue own client code (core counted in its own budget)',
    packageName: '@flocktory-ssr/vue',
    entry: '.',
    limit: 1024,
    // Its components build the snippet in the browser too, so the whole core ships with them; that
    // is the core's budget above, not this one.
    external: ['vue', '@vue/*', '@flocktory-ssr/core', '@flocktory-ssr/core/client'],
    skipWhenMissing: false,
  },
];
