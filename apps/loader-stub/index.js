import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the stand-in script, for apps that serve or copy it. */
export const loaderStubPath = fileURLToPath(new URL('./loader.js', import.meta.url));

/** The stand-in's source, for apps that serve it from a route. */
export const loaderStubSource = readFileSync(loaderStubPath, 'utf8');

/** The path apps serve it at, by convention, when the stand-in is chosen. */
export const LOADER_STUB_URL_PATH = '/flocktory-stub/loader.js';
