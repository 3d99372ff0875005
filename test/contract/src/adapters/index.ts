/**
 * Every adapter that runs the contract. An adapter passes when every scenario its capabilities
 * cover passes, in jsdom and in Chromium; CONTRIBUTING.md says what a new adapter adds here.
 */
import { fileURLToPath } from 'node:url';

import type { ContractAdapter } from '../adapter';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const react = {
  capabilities: ['hydration', 'navigation', 'strict-mode', 'streaming'],
  serverEntry: here('./react/server.tsx'),
  clientEntry: here('./react/client.tsx'),
} as const;

export const contractAdapters: readonly ContractAdapter[] = [
  { name: 'React 19', ...react },
  { name: 'React 18', ...react, alias: { react: 'react-18', 'react-dom': 'react-dom-18' } },
  {
    name: 'Vue 3',
    capabilities: ['hydration', 'navigation', 'keep-alive'],
    serverEntry: here('./vue/server.ts'),
    clientEntry: here('./vue/client.ts'),
  },
  { name: 'HTML (renderPostcheckout)', capabilities: [], serverEntry: here('./html/server.ts'), clientEntry: null },
];
