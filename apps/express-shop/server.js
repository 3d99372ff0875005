import { readConfig } from './src/config.js';
import { startServer } from './src/app.js';

const { url, close } = await startServer();
console.log(`express-shop listening on ${url}`);
const config = readConfig();
console.log(
  config.loader === 'stub'
    ? `Flocktory loader: offline stand-in at ${url}${config.loaderSrc} (set FLOCKTORY_SITE_ID for the real one)`
    : `Flocktory loader: https://api.flocktory.com/v2/loader.js?site_id=${config.siteId}`,
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    close().finally(() => process.exit(0));
    // Keep-alive connections would otherwise hold the process open.
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
