/*
 * Offline stand-in for https://api.flocktory.com/v2/loader.js, for demos and browser tests.
 * Like the real loader it drains the `window.flocktory` queue and then takes pushes directly.
 * Every push is recorded in `window.__flocktoryStub.pushes` (for tests) and shown in a small
 * box on the page, like Flocktory's own "it works" popup. It builds that box with DOM APIs and
 * textContent only, so hostile order data cannot inject markup here either.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var siteId = script && script.src ? new URL(script.src).searchParams.get('site_id') : null;
  var stub = window.__flocktoryStub || (window.__flocktoryStub = { siteId: siteId, pushes: [] });
  var box;

  function show(entry) {
    if (!box) {
      box = document.createElement('aside');
      box.id = 'flocktory-stub';
      box.setAttribute('role', 'status');
      // CSSOM, not a style attribute: a strict style-src CSP allows the former only.
      box.style.cssText = ('position:fixed;right:1rem;bottom:1rem;max-width:24rem;padding:.75rem 1rem;' +
        'background:#111;color:#fff;font:14px/1.4 system-ui,sans-serif;border-radius:.5rem;z-index:2147483647');
      var title = document.createElement('strong');
      title.textContent = 'Flocktory stand-in (site ' + (stub.siteId || '?') + ')';
      box.appendChild(title);
      (document.body || document.documentElement).appendChild(box);
    }
    var line = document.createElement('div');
    line.className = 'flocktory-stub-push';
    var payload = entry[1] || {};
    var order = payload.order || {};
    var user = payload.user || {};
    line.textContent = 'received ' + String(entry[0]) + ' for order ' + String(order.id) +
      ' (' + String(user.email) + ', ' + (order.items ? order.items.length : 0) + ' items, total ' + String(order.price) + ')';
    box.appendChild(line);
  }

  function record(entry) {
    // A deep copy, so later mutation of the page's objects cannot change what was "sent".
    var copy = JSON.parse(JSON.stringify(entry));
    stub.pushes.push(copy);
    if (document.body) show(copy);
    else document.addEventListener('DOMContentLoaded', function () { show(copy); });
    return stub.pushes.length;
  }

  var queued = Array.isArray(window.flocktory) ? window.flocktory : [];
  window.flocktory = {
    push: function () {
      var count = 0;
      for (var i = 0; i < arguments.length; i++) count = record(arguments[i]);
      return count;
    },
  };
  for (var i = 0; i < queued.length; i++) record(queued[i]);
})();
