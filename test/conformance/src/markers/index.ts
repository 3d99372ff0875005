export type { Point, PointAdapter, PointRenderOptions } from './points';
export { htmlRender, pointAdapters } from './adapters';
export { inProcessPointAdapters } from './in-process';
export { parsePointHtml, type PointHtml } from './parse';
export { POINT_CASES, type PointCase } from './expected';
