/** The exactly-once contract in Debian's Chromium, under the page's real nonce CSP. */
import { contractSuite } from '../src/suite';
import { chromiumBrowser } from '../src/runners/chromium-browser';

contractSuite(chromiumBrowser);
