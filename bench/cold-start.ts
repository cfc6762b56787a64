// Cold start: the first start of the provider after an install, as Terraform starts it (exec of the installed launcher
// to the handshake line, TLS on), beside a bare `node -e 0` and the warm start (a later one), in the same rounds; and
// the same first start of an install that leaves the code cache to Terraform's first start, as installs did before
// they warmed it (issue 22). Each round installs the current build into two fresh mirrors, so every first start is
// one of a new install. Then what Terraform's first call waits for: exec to the answer of GetProviderSchema, beside the
// build before the last start-up work.
//   npm run bench:cold-start [-- --rounds N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateServerCertificate } from '../provider/runtime/tls';
import { projectRoot, sourceTreeAt, STARTUP_BASELINE_REVISION } from './baseline';
import { type Benchmark, runAlone } from './section';
import { handshakeEnv, startRow, timeBareNode, timeToFirstAnswer, timeToHandshake } from './startup';
import { interleaved, pairedBaseline, summarize } from './stats';
import { currentBundle } from './workspaces';

/** Installs a build (the current one unless `bundle`) into a fresh mirror, warming its code cache unless `warm` is false; returns the launcher. */
function freshInstall(warm: boolean, bundle = currentBundle): string {
  const mirror = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const args = [join(projectRoot, 'scripts', 'install-provider.mjs'), '--mirror', mirror, '--bundle', bundle, ...(warm ? [] : ['--no-warm-up'])];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`install-provider.mjs failed:\n${result.stderr}${result.stdout}`);
  const packageDir = join(mirror, 'registry.terraform.io', 'clickstack-iac', 'clickstack');
  const [version] = readdirSync(packageDir);
  const [platform] = readdirSync(join(packageDir, version));
  return join(packageDir, version, platform, `terraform-provider-clickstack_v${version}`);
}

export const coldStartBenchmark: Benchmark = {
  id: 'cold-start',
  defaultRounds: 9,
  async measure(rounds) {
    const terraform = generateServerCertificate();
    const env = handshakeEnv(terraform);
    const before = freshInstall(true, (await sourceTreeAt(STARTUP_BASELINE_REVISION)).bundle);
    let warmed = '';
    const samples = await interleaved(rounds, {
      bare: timeBareNode,
      cold: () => timeToHandshake([(warmed = freshInstall(true))], env),
      warm: () => timeToHandshake([warmed], env),
      unwarmed: () => timeToHandshake([freshInstall(false)], env),
      answer: () => timeToFirstAnswer([warmed], env, terraform),
      answerBefore: () => timeToFirstAnswer([before], env, terraform),
    });
    const bare = summarize(samples.bare);
    const group = 'Cold start: the first start after an install (installed launcher, exec to handshake line)';
    const row = (figure: string, key: 'cold' | 'warm' | 'unwarmed', goal: boolean) => startRow(group, figure, samples[key], samples.bare, goal);
    const answers = 'Terraform’s first call: exec to the answer of GetProviderSchema (installed launcher, warm)';
    const beforeLabel = `build ${STARTUP_BASELINE_REVISION}`;
    return {
      rows: [
        { group, figure: 'bare `node -e 0` (to exit)', unit: 'ms', value: bare },
        row('first start after an install (the install warms the code cache)', 'cold', true),
        row('a later start of the same install (warm)', 'warm', true),
        row('first start after an install that does not warm it (before issue 22)', 'unwarmed', false),
        startRow(answers, 'this build', samples.answer, samples.bare, false),
        startRow(answers, `the build before (${STARTUP_BASELINE_REVISION})`, samples.answerBefore, samples.bare, false),
        {
          group: answers,
          figure: 'this build beside the build before',
          unit: 'ms',
          value: summarize(samples.answer),
          baseline: pairedBaseline(beforeLabel, samples.answer, samples.answerBefore),
        },
      ],
      notes: [
        `${rounds} rounds, interleaved; each round installs the build twice with scripts/install-provider.mjs into fresh mirrors (a new bundle path, so no cache of an earlier install applies) and times the first start of each, then the second start of the warmed one. The caches live in the user's temp dir, as when Terraform starts the provider; the bundle is dist/terraform-provider-clickstack.js run through dist/code-cache-main.js by this machine's node ${process.version}.`,
        `The first answer: GetProviderSchema called over mutual TLS by grpc-js in the benchmark's own process (not Terraform's Go client), so its connecting is in the figure; each build is a warm install of its own, the build before (${STARTUP_BASELINE_REVISION}) built from git in the same run.`,
        'Timings are whole-process wall times on a shared machine: compare the ratios.',
      ],
    };
  },
};

if (require.main === module) runAlone(coldStartBenchmark);
