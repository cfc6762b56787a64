import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const generator = join(__dirname, '..', '..', '..', 'scripts', 'generate-proto.mjs');

describe('the checked-in message codecs', () => {
  it('matches the .proto files (run node scripts/generate-proto.mjs after editing them)', () => {
    const check = spawnSync(process.execPath, [generator, '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('is reported stale when it differs', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'messages-')), 'messages.ts');
    writeFileSync(stale, '// nothing\n');
    const check = spawnSync(process.execPath, [generator, '--check', '--out', stale], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('is stale');
  });
});
