import express from 'express';
import { localPath, signIn, signOut } from './account.js';

/** The fake sign-in: a form that sets a cookie, and sign-out. */
export function accountRoutes() {
  const router = express.Router();

  router.get('/sign-in', (req, res) => {
    res.render('sign-in', { title: 'Вход', next: localPath(req.query.next), problem: '' });
  });

  router.post('/sign-in', express.urlencoded({ extended: false }), (req, res) => {
    const next = localPath(req.body?.next);
    if (!signIn(res, req.body ?? {})) return void res.status(422).render('sign-in', { title: 'Вход', next, problem: 'Enter an email.' });
    res.redirect(303, next);
  });

  router.post('/sign-out', (_req, res) => {
    signOut(res);
    res.redirect(303, '/');
  });

  return router;
}
