// Serves the offline loader stand-in as a static file at its conventional path.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LOADER_STUB_URL_PATH, loaderStubPath } from '@flocktory-ssr/loader-stub';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', LOADER_STUB_URL_PATH);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(loaderStubPath, target);
