/** The plain-HTML adapter's test pages: `renderPostcheckout` strings in a server template; no client code. */
import { renderPostcheckout } from '@flocktory-ssr/html';

import type { ServerModule } from '../../adapter';
import { ORDERS } from '../../orders';

const server: ServerModule = {
  async render(state) {
    let html = state.clobber === 'id' ? '<img id="flocktory" alt="">' : state.clobber === 'name' ? '<form name="flocktory"></form>' : '';
    if (state.page === 'thank-you') {
      html += '<main><h1>Thank you</h1>';
      for (const key of state.orders)
        html += renderPostcheckout(ORDERS[key].input, { nonce: state.nonce, mode: 'safe', onError: () => {} });
      html += '</main>';
    } else html += '<main><h1>Home</h1></main>';
    return [{ html }];
  },
};
export default server;
