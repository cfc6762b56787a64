import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const generator = join(__dirname, '..', '..', '..', 'scripts', 'generate-proto.mjs');

describe('the checked-in message codecs', () => {
  it('matches the .proto files (run node scripts/generate-proto.mjs after editing them)', () => {
    const check = spawnSync(process.execPath, [generator, '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('is not written for a field type the generator does not support, which it names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'protos-'));
    for (const file of ['goplugin.proto', 'health.proto']) copyFileSync(join(__dirname, file), join(dir, file));
    const protocol = readFileSync(join(__dirname, 'tfplugin6.8.proto'), 'utf8');
    writeFileSync(join(dir, 'tfplugin6.8.proto'), protocol.replace('        int64 version = 1;\n', '        double version = 1;\n'));
    const out = join(dir, 'messages.ts');
    const run = spawnSync(process.execPath, [generator, '--proto-dir', dir, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('tfplugin6.Schema.Block.version: the type double is not supported by scripts/generate-proto.mjs (add it with its tests)\n');
    expect(existsSync(out)).toBe(false);
  });

  it('is reported stale when it differs', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'messages-')), 'messages.ts');
    writeFileSync(stale, '// nothing\n');
    const check = spawnSync(process.execPath, [generator, '--check', '--out', stale], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('is stale');
  });
});
