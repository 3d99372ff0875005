// Preloaded into each benchmarked server (`node --require`). Every request names its bucket in the
// `x-bench-bucket` header (the page with our components, without them, and the A/A control); the
// process's CPU time from the start of one request to the start of the next is that request's, so
// work a framework does after the response ended (cleanup, GC) is counted too, and idle time costs
// nothing. The bench requests one page at a time. IPC 'buckets' answers with each bucket's
// requests' CPU µs since the last answer, one number a request; CPU spent between answers and the
// next request is no one's.
const http = require('node:http');

let buckets = new Map();
let open = null; // { bucket, start }: the request whose interval is running

function close() {
  if (!open) return;
  const { user, system } = process.cpuUsage(open.start);
  const costs = buckets.get(open.bucket) ?? [];
  costs.push(user + system);
  buckets.set(open.bucket, costs);
  open = null;
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithCpu(event, request, ...rest) {
  if (event === 'request') {
    close();
    const bucket = request.headers['x-bench-bucket'];
    if (typeof bucket === 'string') open = { bucket, start: process.cpuUsage() };
  }
  return emit.call(this, event, request, ...rest);
};

process.on('message', (message) => {
  if (message !== 'buckets') return;
  close();
  process.send({ buckets: Object.fromEntries(buckets) });
  buckets = new Map();
});
