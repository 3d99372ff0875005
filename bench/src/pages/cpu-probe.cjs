// Preloaded into each benchmarked server (`node --require`): answers the bench's IPC message 'cpu'
// with this process's CPU time in µs, so a request's cost is read on the server, not as wall time
// on a machine that other processes share.
process.on('message', (message) => {
  if (message !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.send({ cpu: user + system });
});
