import { readFileSync } from 'node:fs';

/**
 * The complete files a README shows: ```tsx blocks whose first line is a path comment such as
 * `// pages/_document.tsx`, keyed by that path (blocks of snippets without one are left alone).
 */
export function readmeFiles(readmePath: string, pathPattern: RegExp): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [, code] of readFileSync(readmePath, 'utf8').matchAll(/```tsx\n([\s\S]*?)```/g)) {
    const path = /^\/\/ (\S+)\n/.exec(code!)?.[1];
    if (path && pathPattern.test(path)) files[path] = code!;
  }
  return files;
}
