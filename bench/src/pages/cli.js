/**
 * `pnpm --filter ./bench pages [express] [next] [nuxt]`: only the thank-you page table's
 * measurements, printed, RESULTS.md untouched (for checking a change to what a page costs).
 */
import { measurePages } from './measure-pages.js';

const only = process.argv.slice(2);
const results = await measurePages((line) => console.log(line), only.length > 0 ? only : undefined);
console.log(JSON.stringify(results, null, 2));
