export type { Point, PointAdapter, PointRenderOptions } from './points';
export { htmlRender, inProcessPointAdapters, pointAdapters } from './adapters';
export { parsePointHtml, type PointHtml } from './parse';
export { POINT_CASES, type PointCase } from './expected';
