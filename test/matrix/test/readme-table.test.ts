// README's compatibility table names every app of the matrix and the Node lines it runs on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

import { APPS } from '../src/apps';
import { REPO } from '../src/paths';

test("README's compatibility table lists each app with the Node lines it runs on", () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const rows = Object.fromEntries(
    [...readme.matchAll(/^\| `([\w.-]+)` \| [^|]+ \| ([\d, ]+) \|/gm)].map((match) => [match[1], match[2]!.trim()]),
  );
  const expected = Object.fromEntries(Object.entries(APPS).map(([name, app]) => [name, app.nodeLines.join(', ')]));
  expect(rows).toEqual(expected);
});
