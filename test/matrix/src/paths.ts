import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** The app templates: `apps/<app>/` holds what is particular to one app, `apps/_shared/<family>/` what its family shares. */
export const APPS_DIR = fileURLToPath(new URL('../apps', import.meta.url));

/** Files every app gets a copy of (the orders its thank-you page shows). */
export const SHARED_DIR = fileURLToPath(new URL('../shared', import.meta.url));
