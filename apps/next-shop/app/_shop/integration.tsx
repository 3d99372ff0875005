'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { Integration } from '../../lib/request-state';

const IntegrationContext = createContext<Integration>('flocktory');

/** Tells the cart buttons which integration sends Flocktory's cart events (see lib/request-state). */
export function IntegrationProvider({ integration, children }: { integration: Integration; children: ReactNode }) {
  return <IntegrationContext.Provider value={integration}>{children}</IntegrationContext.Provider>;
}

export const useIntegration = (): Integration => useContext(IntegrationContext);
