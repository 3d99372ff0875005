/**
 * `pnpm --filter ./bench pages [express] [next] [nuxt] [express-shop] [next-shop] [nuxt-shop] [--off A,B]`
 * (each also `-by-hand`): only the thank-you page table's measurements (`-shop`: the shop-weight page),
 * printed, RESULTS.md untouched (for checking a change to what a page costs).
 * `--off FlocktoryLoader,FlocktoryUser` leaves out only those components in the "without" bucket
 * (Next.js and Nuxt copies; Nuxt also knows "plugins", our module's plugins): what they cost.
 */
import { measurePages } from './measure-pages.js';

const args = process.argv.slice(2);
const offAt = args.indexOf('--off');
const off = offAt === -1 ? undefined : args.splice(offAt, 2)[1]?.split(',').filter(Boolean);
const results = await measurePages((line) => console.log(line), args.length > 0 ? args : undefined, off);
console.log(JSON.stringify(results, null, 2));
