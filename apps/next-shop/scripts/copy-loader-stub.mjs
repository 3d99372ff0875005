// Copies the offline loader stand-in into public/, where Next serves it as a static file. (Turbopack
// cannot bundle the stand-in package's runtime file read, so it is copied at build time instead.)
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOADER_STUB_URL_PATH, loaderStubPath } from '@flocktory-ssr/loader-stub';

const target = join(fileURLToPath(new URL('../public', import.meta.url)), LOADER_STUB_URL_PATH);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(loaderStubPath, target);
console.log(`loader stand-in copied to public${LOADER_STUB_URL_PATH}`);
