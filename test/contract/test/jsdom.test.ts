/** The exactly-once contract in jsdom: the same pages and bundles as in Chromium, in a second or two. */
import { contractSuite } from '../src/suite';
import { jsdomBrowser } from '../src/runners/jsdom-browser';

contractSuite(async () => jsdomBrowser);
