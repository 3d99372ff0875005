/** How many cases to run: FLOCKTORY_FC_RUNS, else 100 000 in CI, 2 000 locally; and a printed seed. */
export function propertyRuns(): number {
  const fromEnv = Number(process.env.FLOCKTORY_FC_RUNS);
  if (Number.isSafeInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.env.CI === 'true' || process.env.CI === '1' ? 100_000 : 2_000;
}

/** FLOCKTORY_FC_SEED reproduces a run; otherwise a fresh seed, printed before the run. */
export function propertySeed(): number {
  const fromEnv = Number(process.env.FLOCKTORY_FC_SEED);
  return Number.isSafeInteger(fromEnv) && process.env.FLOCKTORY_FC_SEED ? fromEnv : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
}
