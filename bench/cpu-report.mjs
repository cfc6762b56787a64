// Loaded into every provider process of a benchmark through NODE_OPTIONS=--import (which refuses --cpu-prof): when
// the process exits, appends the CPU time it used (user and system, microseconds) to the file named by
// CLICKSTACK_BENCH_CPU_REPORT, and with CLICKSTACK_BENCH_CPU_PROFILE_DIR set, writes a V8 CPU profile of the whole
// process there (open it in Chrome DevTools).
import { appendFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const profileDir = process.env.CLICKSTACK_BENCH_CPU_PROFILE_DIR;
const session = profileDir ? new Session() : undefined;
if (session) {
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
}

process.on('exit', () => {
  // A session on the main thread answers synchronously, so the profile is written before the process ends.
  session?.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(join(profileDir, `provider-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
  const { user, system } = process.cpuUsage();
  appendFileSync(process.env.CLICKSTACK_BENCH_CPU_REPORT, `${user + system}\n`);
});
