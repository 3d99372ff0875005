/** Attribute every adapter puts on the postcheckout `<script>`: the order id it pushes. */
export const ORDER_ATTRIBUTE = 'data-flocktory-order';

/** The docs' snippet is `PREFIX + JSON of the data + SUFFIX`; the client parses the data back out. */
export const CODE_PREFIX = 'window.flocktory=window.flocktory||[];window.flocktory.push(["postcheckout",';
export const CODE_SUFFIX = ']);';
