import { FlocktoryPostcheckout as Postcheckout, type FlocktoryPostcheckoutProps } from '@flocktory-ssr/react/adapter';
import { withRequestNonce } from './with-request-nonce';

/** `nonce`: `'auto'` reads it from the request; any other string is used as is; absent: no nonce. */
export type AppPostcheckoutProps = FlocktoryPostcheckoutProps;

export const FlocktoryPostcheckout = withRequestNonce<AppPostcheckoutProps>(Postcheckout);
