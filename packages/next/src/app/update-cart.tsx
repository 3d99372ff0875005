import { FlocktoryUpdateCart as UpdateCart, type FlocktoryUpdateCartProps } from '@flocktory-ssr/react/adapter';
import { withRequestNonce } from './with-request-nonce';

/** `nonce`: `'auto'` reads it from the request; any other string is used as is; absent: no nonce. */
export type AppUpdateCartProps = FlocktoryUpdateCartProps;

export const FlocktoryUpdateCart = withRequestNonce<AppUpdateCartProps>(UpdateCart);
