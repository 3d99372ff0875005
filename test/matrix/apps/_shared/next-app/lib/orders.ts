import type { PostcheckoutInput } from '@flocktory-ssr/core';
import data from '../orders.json';

/** The shop's orders as its database returns them: some are deliberately invalid. */
export const orders = data as unknown as Record<string, PostcheckoutInput>;
