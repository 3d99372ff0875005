/**
 * `ref` is React's own, never a prop of ours: in a spread (`<FlocktoryPostcheckout {...purchase} />`
 * with an order row's `ref: 'ORD-77'`) React 19 Server Components fail the render ("Refs cannot be
 * used in Server Components") and React 18 hydration fails (error #290), before our code runs.
 * Typed `never` so that TypeScript rejects such a spread. (`key` is React's own too, but typing it
 * away would refuse `<FlocktoryPostcheckout key={id} />`; the READMEs name both.)
 */
export interface NoReactRef {
  ref?: never;
}
