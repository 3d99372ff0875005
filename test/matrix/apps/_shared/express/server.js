// One Express app, the thank-you page in each of three view engines (/ejs, /pug, /handlebars).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import express from 'express';
import { create } from 'express-handlebars';
import { flocktory, registerHandlebarsHelpers } from '@flocktory-ssr/html/express';

const orders = JSON.parse(readFileSync(new URL('./orders.json', import.meta.url), 'utf8'));

const app = express();
app.set('views', new URL('./views', import.meta.url).pathname);
const handlebars = create({ defaultLayout: false });
registerHandlebarsHelpers(handlebars.handlebars);
app.engine('handlebars', handlebars.engine);

app.use(express.static(new URL('./public', import.meta.url).pathname));
// A strict nonce CSP, as helmet's docs set one up: res.locals.cspNonce per response.
app.use((req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  res.setHeader(
    'Content-Security-Policy',
    `script-src 'nonce-${res.locals.cspNonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`,
  );
  next();
});
app.use(flocktory({ siteId: 42, loaderSrc: '/flocktory-stub/loader.js' }));

app.get('/', (req, res) => res.send('<!doctype html><title>shop</title><p>Shop</p>'));
for (const engine of ['ejs', 'pug', 'handlebars']) {
  app.get(`/${engine}/thank-you/:key`, (req, res) => {
    const purchase = orders[req.params.key];
    if (!purchase) return res.status(404).send('Not found');
    res.render(`${engine}/thank-you.${engine}`, { purchase });
  });
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
app.listen(port, host, () => console.log(`listening on http://${host}:${port}`));
