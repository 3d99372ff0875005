/**
 * `@flocktory-ssr/core/csp-hash`: kept out of the main entry, whose budget is 2 KB; `snippet.hash`
 * uses Web Crypto instead. Use this where a synchronous hash is needed.
 *
 * SHA-256 in plain JavaScript, synchronous, so adapters that render synchronously (React's
 * renderToString, Vue's SSR) can give a CSP hash without Web Crypto's promise or `node:crypto`.
 */
const K = new Uint32Array(64);
const H0 = new Uint32Array(8);

function initConstants(): void {
  // The constants are the fractional parts of the square and cube roots of the first primes.
  let found = 0;
  for (let candidate = 2; found < 64; candidate++) {
    let prime = true;
    for (let divisor = 2; divisor * divisor <= candidate; divisor++) if (candidate % divisor === 0) prime = false;
    if (!prime) continue;
    if (found < 8) H0[found] = ((candidate ** 0.5 % 1) * 2 ** 32) >>> 0;
    K[found++] = ((candidate ** (1 / 3) % 1) * 2 ** 32) >>> 0;
  }
}

function digest(bytes: Uint8Array): Uint8Array {
  if (K[0] === 0) initConstants();
  const bitLength = bytes.length * 8;
  const blocks = new Uint8Array(((bytes.length + 72) >> 6) << 6);
  blocks.set(bytes);
  blocks[bytes.length] = 0x80;
  const view = new DataView(blocks.buffer);
  view.setUint32(blocks.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(blocks.length - 4, bitLength >>> 0);
  const hash = H0.slice();
  const w = new Uint32Array(64);
  for (let offset = 0; offset < blocks.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!, b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = hash[0]!, b = hash[1]!, c = hash[2]!, d = hash[3]!, e = hash[4]!, f = hash[5]!, g = hash[6]!, h = hash[7]!;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    const state = [a, b, c, d, e, f, g, h];
    // Uint32Array stores each sum modulo 2^32.
    for (let i = 0; i < 8; i++) hash[i] = hash[i]! + state[i]!;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, hash[i]!);
  return out;
}

/** The CSP source for an inline script with exactly this text: `'sha256-…'`. */
export function cspHash(scriptText: string): string {
  let binary = '';
  for (const byte of digest(new TextEncoder().encode(scriptText))) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
