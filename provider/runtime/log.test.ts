import { createLogger, hclogTimestamp, logLevelFromEnv } from './log';

describe('logLevelFromEnv', () => {
  it('prefers TF_LOG_PROVIDER over TF_LOG and is off when neither names a level', () => {
    expect(logLevelFromEnv({ TF_LOG: 'debug', TF_LOG_PROVIDER: 'WARN' })).toBe('warn');
    expect(logLevelFromEnv({ TF_LOG: 'TRACE' })).toBe('trace');
    expect(logLevelFromEnv({ TF_LOG: 'json' })).toBe('trace');
    expect(logLevelFromEnv({ TF_LOG: 'off' })).toBeUndefined();
    expect(logLevelFromEnv({})).toBeUndefined();
  });
});

describe('hclogTimestamp', () => {
  it('has the six fractional digits go-plugin’s parser requires', () => {
    expect(hclogTimestamp(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05.678000Z');
  });
});

describe('createLogger', () => {
  it('writes hclog JSON lines at or above its level', () => {
    const lines: string[] = [];
    const log = createLogger('info', (line) => lines.push(line));
    log.debug('hidden');
    log.info('configured', { resources: 3, big: 9007199254740993n });
    log.error('failed');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.endsWith('\n'))).toBe(true);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ '@level': 'info', '@message': 'configured', '@module': 'provider', resources: 3, big: '9007199254740993' });
    expect(entry['@timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(JSON.parse(lines[1])['@level']).toBe('error');
  });

  it('writes nothing when logging is off', () => {
    const lines: string[] = [];
    const log = createLogger(undefined, (line) => lines.push(line));
    log.error('nobody asked');
    expect(lines).toEqual([]);
  });
});
