import type { Severity } from './types';

interface CodeInfo {
  severity: Severity;
  fix: string;
}

const RENDER_WITH_LIBRARY =
  'render it with @flocktory-ssr/html (or the React/Vue adapter), which validates, normalizes and escapes the data';

const EMAIL_HASHED_FIX = 'Flocktory needs the plain e-mail address, not a hash';
const EMAIL_TEST_FIX = "hello@flocktory.com was the docs' 2016 test address; pass the real user's e-mail";

/**
 * Every finding code, its usual severity and how to fix it. Codes are stable: CI scripts may
 * match on them. Facts cite Flocktory's docs (https://flocktory.github.io/en/integration/…).
 */
export const CODES = {
  page_unreadable: { severity: 'error', fix: 'check the URL or path; the page must answer 2xx with HTML' },

  loader_missing: {
    severity: 'error',
    fix: 'add <script async src="https://api.flocktory.com/v2/loader.js?site_id=ID"></script> to <head> on every page (https://flocktory.github.io/en/integration/general/)',
  },
  loader_duplicate: { severity: 'warning', fix: 'include the loader once per page: it serves every Flocktory product' },
  loader_site_id_conflict: {
    severity: 'error',
    fix: "keep one loader with your own site id; a wrong site id runs another site's campaigns",
  },
  loader_site_id_missing: { severity: 'error', fix: 'append ?site_id=ID (your id from cabinet.flocktory.com, Profile → My Sites)' },
  loader_site_id_invalid: { severity: 'error', fix: 'site_id must be digits only, with no space after "site_id="' },
  loader_not_async: { severity: 'warning', fix: 'add the async attribute: Flocktory documents only asynchronous loading' },
  loader_not_in_head: {
    severity: 'warning',
    fix: 'move the loader into <head>: loaded late, page views, time on site and traffic sources are counted wrongly',
  },
  loader_wrong_type: {
    severity: 'error',
    fix: 'remove the type attribute (or use text/javascript); if a consent manager sets it, make sure it enables the loader',
  },
  loader_insecure: { severity: 'warning', fix: 'load https://api.flocktory.com/v2/loader.js (https, or protocol-relative)' },
  loader_other_host: { severity: 'info', fix: "fine for a proxy or a test stand-in; in production it must serve Flocktory's loader" },
  loader_in_script: {
    severity: 'info',
    fix: 'the loader is added by a script (tag manager style): its placement and async cannot be checked statically; use --browser',
  },
  site_id_inconsistent: { severity: 'error', fix: 'use one site id on every page of the shop' },

  marker_no_data: {
    severity: 'error',
    fix: 'give the .i-flocktory element a data-fl-action, or the data-fl-user-* attributes of the user marker',
  },
  marker_unknown_action: { severity: 'warning', fix: 'documented actions: track-category-view, track-item-view, exchange' },
  marker_attribute_required: { severity: 'error', fix: 'add the attribute with a non-empty value' },
  marker_attribute_unknown: { severity: 'warning', fix: 'Flocktory ignores attributes it does not document; check the spelling' },
  marker_attribute_cyrillic: {
    severity: 'error',
    fix: 'the name contains Cyrillic letters (the docs\' table spells data-fl-item-сategory-id with a Cyrillic "с"); type it in Latin letters',
  },
  marker_attribute_broken: {
    severity: 'error',
    fix: 'a quote in the value ended the attribute early: escape values for HTML attributes (" as &quot;)',
  },
  marker_value_invalid: { severity: 'error', fix: 'use one of the documented values' },
  marker_placeholder: {
    severity: 'error',
    fix: 'the template did not fill this value in; render the real value, or leave the element (or optional attribute) out',
  },
  marker_email_invalid: {
    severity: 'error',
    fix: 'pass a plain e-mail address; without one, 79998887766@unknown.email (phone) or 12345@unknown.email (your user id)',
  },
  marker_email_hashed: { severity: 'error', fix: EMAIL_HASHED_FIX },
  marker_email_exchange_fallback: {
    severity: 'warning',
    fix: "xname@flocktory.com is the Exchange banner's address for unknown users; the user marker must be absent for logged-out users",
  },
  marker_email_test_address: { severity: 'warning', fix: EMAIL_TEST_FIX },
  marker_name_empty: { severity: 'info', fix: 'leave data-fl-user-name out when the name is unknown' },
  marker_in_template: {
    severity: 'warning',
    fix: 'content of <template> is not in the page until a script adds it; Flocktory does not see it there',
  },
  user_marker_anonymous: {
    severity: 'error',
    fix: "render the user marker only for the logged-in user of this session (a cached page can show someone else's e-mail)",
  },
  user_marker_empty: {
    severity: 'warning',
    fix: 'for a logged-out user leave the marker out; for a logged-in one pass the e-mail or its fallback',
  },
  user_marker_conflict: { severity: 'error', fix: "render one user marker, for the current session's user only" },
  user_marker_duplicate: { severity: 'info', fix: 'one user marker per page is enough' },
  category_marker_duplicate: { severity: 'error', fix: 'one category marker per page, on category pages only' },
  category_marker_on_product_page: {
    severity: 'error',
    fix: 'remove the category marker from product pages; the item marker carries data-fl-item-category-id',
  },
  category_marker_wrong_page: { severity: 'error', fix: 'the category marker belongs on category (listing) pages only' },
  item_marker_wrong_page: { severity: 'error', fix: 'the item marker belongs on product pages only' },
  item_marker_duplicate: { severity: 'warning', fix: 'one item marker per product page; listing tiles must not carry it' },
  exchange_marker_anonymous: { severity: 'error', fix: 'for a logged-out user use xname@flocktory.com and drop data-fl-user-name' },
  exchange_name_with_fallback: { severity: 'info', fix: 'with xname@flocktory.com leave data-fl-user-name out' },

  script_syntax_error: { severity: 'error', fix: `the script does not run at all, so nothing reaches Flocktory: ${RENDER_WITH_LIBRARY}` },
  script_cut_short: {
    severity: 'error',
    fix: `"</script" inside shop text ends the element: the rest of the code became page text (and could be markup an attacker chose). Escape "<" as \\u003c, or ${RENDER_WITH_LIBRARY}`,
  },
  script_html_comment: {
    severity: 'warning',
    fix: 'escape "<" in strings as \\u003c: "<!--" inside a script changes how the HTML parser finds its end',
  },
  script_escape_state: {
    severity: 'error',
    fix: 'escape "<" in strings as \\u003c: "<!--" then "<script" made the element swallow the HTML after it',
  },
  script_not_javascript: {
    severity: 'warning',
    fix: 'a script with this type never runs; if a consent manager sets it, make sure it enables the script',
  },
  push_malformed: { severity: 'error', fix: "push one array: window.flocktory.push(['postcheckout', { user, order }])" },
  push_unknown_command: {
    severity: 'warning',
    fix: 'documented commands: postcheckout, addToCart, removeFromCart, updateCart, attachToProfile',
  },
  push_dynamic_value: { severity: 'info', fix: 'computed at run time: run with --browser to check what is really pushed' },
  push_bare_word: {
    severity: 'error',
    fix: `shop text was written into the code without quotes: a ReferenceError (nothing is sent) and a code-injection hole. ${RENDER_WITH_LIBRARY}`,
  },
  push_unescaped_lt: {
    severity: 'warning',
    fix: 'escape "<" in strings as \\u003c: a "</script>" in this text would end the script and let the rest run as HTML',
  },
  push_unescaped_quote: {
    severity: 'warning',
    fix: `quotes are mirrored, not escaped: the first value with the other quote breaks the script. ${RENDER_WITH_LIBRARY}`,
  },
  push_no_queue: {
    severity: 'error',
    fix: 'set the queue up first: window.flocktory = window.flocktory || []; the loader is async, so without it window.flocktory is undefined, the push throws and the order is lost',
  },
  push_queue_unverified: {
    severity: 'warning',
    fix: 'set the queue up in this script: window.flocktory = window.flocktory || []; the loader is async, and unless an external script before this one sets window.flocktory up (the doctor does not read external scripts), the push throws and the order is lost',
  },
  flocktory_clobbered: {
    severity: 'error',
    fix: 'rename the element: an element with id or name "flocktory" is window.flocktory until a script assigns it, so "window.flocktory || []" keeps the element and push throws',
  },
  push_duplicate_order: { severity: 'error', fix: 'push each order once per page view' },
  push_legacy_api: { severity: 'warning', fix: 'window._flocktory is not documented; use window.flocktory.push' },
  postcheckout_missing: {
    severity: 'error',
    fix: "the thank-you page must push ['postcheckout', { user, order }] (https://flocktory.github.io/en/integration/postcheckout/)",
  },
  payload_invalid: {
    severity: 'error',
    fix: "send what core accepts: see the field table of @flocktory-ssr/core's README (https://flocktory.github.io/en/integration/postcheckout/)",
  },
  payload_not_normalized: {
    severity: 'error',
    fix: 'send the value core would send (shown): Flocktory receives exactly what the page pushes',
  },
  payload_email_hashed: { severity: 'error', fix: EMAIL_HASHED_FIX },
  payload_email_exchange_fallback: {
    severity: 'warning',
    fix: "xname@flocktory.com is the Exchange banner's address for unknown users; send the buyer's e-mail, or 79998887766@unknown.email (phone) / 12345@unknown.email (your user id)",
  },
  payload_email_test_address: { severity: 'warning', fix: EMAIL_TEST_FIX },
  cart_payload_invalid: { severity: 'error', fix: 'see the cart API: https://flocktory.github.io/en/integration/precheckout/' },

  csp_blocks_script: { severity: 'error', fix: 'give the script the response\'s nonce (nonce="…"), or list its hash in script-src' },
  csp_blocks_loader: {
    severity: 'error',
    fix: "give the loader the nonce, or allow https://api.flocktory.com in script-src (with 'strict-dynamic', only the nonce works)",
  },
  csp_report_only: { severity: 'info', fix: 'a report-only policy blocks nothing yet; fix this before enforcing it' },

  browser_csp_violation: { severity: 'error', fix: 'allow what Flocktory needs in the policy (the blocked URI or inline script is shown)' },
  browser_console_error: {
    severity: 'warning',
    fix: 'an error on the page can stop scripts; check that it is not from the Flocktory code',
  },
  browser_no_loader_object: {
    severity: 'info',
    fix: 'window.flocktory was never replaced by the loader (blocked, not loaded yet, or a stand-in)',
  },
} satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof CODES;
