/*
 * Offline stand-in for https://api.flocktory.com/v2/loader.js, for demos and browser tests.
 * Like the real loader it drains the `window.flocktory` queue and then takes pushes directly, and
 * it reads every `.i-flocktory` marker in the page once the document is parsed, and again on
 * `window.flocktory.reInit()` (what single-page apps call after a client-side navigation).
 * What it received is recorded in `window.__flocktoryStub` (for tests; types in index.d.ts):
 *   pushes: every push command, in order;
 *   views:  one entry per page view, `{ reason: 'load' | 'reInit', url, markers: [{ action, attributes }] }`.
 * and shown in a small box on the page, like Flocktory's own "it works" popup. The box is built
 * with DOM APIs and textContent only, so hostile shop data cannot inject markup here either.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var siteId = script && script.src ? new URL(script.src).searchParams.get('site_id') : null;
  var stub = window.__flocktoryStub || (window.__flocktoryStub = { siteId: siteId, pushes: [], views: [] });
  if (!stub.views) stub.views = [];
  var box;
  var list;

  function ensureBox() {
    if (!box) {
      box = document.createElement('aside');
      box.id = 'flocktory-stub';
      box.setAttribute('role', 'status');
      box.setAttribute('aria-label', 'What the Flocktory stand-in received');
      // CSSOM, not a style attribute: a strict style-src CSP allows the former only.
      box.style.cssText =
        'position:fixed;right:1rem;bottom:1rem;max-width:26rem;max-height:40vh;overflow:auto;' +
        'padding:.75rem 1rem;background:#111;color:#fff;font:13px/1.4 system-ui,sans-serif;border-radius:.5rem;' +
        'z-index:2147483647';
      var title = document.createElement('strong');
      title.textContent = 'Flocktory stand-in (site ' + (stub.siteId || '?') + ')';
      list = document.createElement('ol');
      list.style.cssText = 'margin:.25rem 0 0;padding-left:1.25rem';
      box.appendChild(title);
      box.appendChild(list);
    }
    // A framework that re-renders <body> may drop the box: put it back.
    if (!box.isConnected) (document.body || document.documentElement).appendChild(box);
  }

  function show(kind, text) {
    ensureBox();
    var line = document.createElement('li');
    line.className = 'flocktory-stub-' + kind;
    line.textContent = text;
    list.appendChild(line);
    // The newest line in view.
    box.scrollTop = box.scrollHeight;
  }

  function whenBody(run) {
    if (document.body) run();
    else document.addEventListener('DOMContentLoaded', run);
  }

  function describePush(entry) {
    var command = String(entry[0]);
    var payload = entry[1] || {};
    var item = payload.item || {};
    if (command === 'postcheckout') {
      var order = payload.order || {};
      var user = payload.user || {};
      return (
        'received postcheckout for order ' +
        String(order.id) +
        ' (' +
        String(user.email) +
        ', ' +
        (order.items ? order.items.length : 0) +
        ' items, total ' +
        String(order.price) +
        ')'
      );
    }
    if (command === 'addToCart') {
      return 'received addToCart ' + String(item.id) + ' +' + String(item.count) + ' at ' + String(item.price);
    }
    if (command === 'removeFromCart') return 'received removeFromCart ' + String(item.id) + ' −' + String(item.count);
    if (command === 'updateCart') {
      var items = (payload.cart && payload.cart.items) || [];
      var parts = [];
      for (var i = 0; i < items.length; i++) parts.push(String(items[i].id) + ' ×' + String(items[i].count));
      return 'received updateCart [' + parts.join(', ') + ']';
    }
    return 'received ' + command + ' ' + JSON.stringify(payload);
  }

  function record(entry) {
    // A deep copy, so later mutation of the page's objects cannot change what was "sent".
    var copy = JSON.parse(JSON.stringify(entry));
    stub.pushes.push(copy);
    whenBody(function () {
      show('push', describePush(copy));
    });
    return stub.pushes.length;
  }

  function describeMarker(marker) {
    var a = marker.attributes;
    if (marker.action === null) return 'user ' + String(a['data-fl-user-email']);
    if (marker.action === 'track-category-view') return 'category ' + String(a['data-fl-category-id']);
    if (marker.action === 'track-item-view') return 'item ' + String(a['data-fl-item-id']);
    if (marker.action === 'exchange') return 'exchange' + (a['data-fl-spot'] ? ' ' + a['data-fl-spot'] : '');
    return String(marker.action);
  }

  /** One page view: every `.i-flocktory` element now in the DOM, with all its attributes but `class`. */
  function readMarkers(reason) {
    var markers = [];
    var elements = document.querySelectorAll('.i-flocktory');
    for (var i = 0; i < elements.length; i++) {
      var attributes = {};
      var names = elements[i].getAttributeNames();
      for (var j = 0; j < names.length; j++) {
        if (names[j] !== 'class') attributes[names[j]] = elements[i].getAttribute(names[j]);
      }
      markers.push({ action: elements[i].getAttribute('data-fl-action'), attributes: attributes });
    }
    stub.views.push({ reason: reason, url: location.href, markers: markers });
    var seen = [];
    for (var k = 0; k < markers.length; k++) seen.push(describeMarker(markers[k]));
    show('view', 'page view (' + reason + ') ' + location.pathname + ': ' + (seen.length ? seen.join(', ') : 'no markers'));
  }

  var queued = Array.isArray(window.flocktory) ? window.flocktory : [];
  window.flocktory = {
    push: function () {
      var count = 0;
      for (var i = 0; i < arguments.length; i++) count = record(arguments[i]);
      return count;
    },
    reInit: function () {
      whenBody(function () {
        readMarkers('reInit');
      });
    },
  };
  for (var i = 0; i < queued.length; i++) record(queued[i]);
  // The markers are read once the whole document is parsed (the loader is async: it may run earlier).
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', function () {
      readMarkers('load');
    });
  else readMarkers('load');
})();
