/** Attribute every adapter puts on the postcheckout `<script>`: the order id it pushes. */
export const ORDER_ATTRIBUTE = 'data-flocktory-order';
