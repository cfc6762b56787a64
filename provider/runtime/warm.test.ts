import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedProvider, mergeReattach, terraformWorkingDir } from './warm';

const ADDRESS = 'registry.terraform.io/clickstack-iac/clickstack';

test('mergeReattach adds the warm provider to what the environment already reattaches', () => {
  expect(JSON.parse(mergeReattach(undefined, { [ADDRESS]: { Pid: 1 } }))).toEqual({ [ADDRESS]: { Pid: 1 } });
  expect(JSON.parse(mergeReattach('{"other/x/y":{"Pid":2}}', { [ADDRESS]: { Pid: 1 } }))).toEqual({ 'other/x/y': { Pid: 2 }, [ADDRESS]: { Pid: 1 } });
});

test('terraformWorkingDir follows -chdir', () => {
  expect(terraformWorkingDir(['terraform', 'plan'], '/app')).toBe('/app');
  expect(terraformWorkingDir(['terraform', '-chdir=cdktf.out/stacks/dev', 'plan'], '/app')).toBe('/app/cdktf.out/stacks/dev');
});

describe('installedProvider', () => {
  function workspace(versions: string[], lockedVersion?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'warm-ws-'));
    for (const version of versions) {
      const packageDir = join(dir, '.terraform', 'providers', ADDRESS, version, 'linux_amd64');
      mkdirSync(packageDir, { recursive: true });
      writeFileSync(join(packageDir, `terraform-provider-clickstack_v${version}`), '');
    }
    if (lockedVersion) {
      writeFileSync(
        join(dir, '.terraform.lock.hcl'),
        `provider "registry.terraform.io/hashicorp/null" {\n  version = "9.9.9"\n}\n\nprovider "${ADDRESS}" {\n  version     = "${lockedVersion}"\n  constraints = ">= 0.1.0"\n}\n`,
      );
    }
    return dir;
  }
  const executable = (dir: string, version: string) => join(dir, '.terraform', 'providers', ADDRESS, version, 'linux_amd64', `terraform-provider-clickstack_v${version}`);

  test('takes the version the lock file selects', () => {
    const dir = workspace(['0.1.0', '0.10.0', '0.2.0'], '0.2.0');
    expect(installedProvider(dir, ADDRESS, 'linux_amd64')).toBe(executable(dir, '0.2.0'));
  });

  test('without a lock file, the highest version', () => {
    const dir = workspace(['0.1.0', '0.10.0', '0.2.0']);
    expect(installedProvider(dir, ADDRESS, 'linux_amd64')).toBe(executable(dir, '0.10.0'));
  });

  test('none for another platform, or a workspace never initialised', () => {
    expect(installedProvider(workspace(['0.1.0']), ADDRESS, 'darwin_arm64')).toBeUndefined();
    expect(installedProvider(mkdtempSync(join(tmpdir(), 'warm-ws-')), ADDRESS, 'linux_amd64')).toBeUndefined();
  });

  test('TF_DATA_DIR moves the providers directory', () => {
    const dir = workspace([]);
    const packageDir = join(dir, 'data', 'providers', ADDRESS, '1.0.0', 'linux_amd64');
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(join(packageDir, 'terraform-provider-clickstack_v1.0.0'), '');
    expect(installedProvider(dir, ADDRESS, 'linux_amd64', 'data')).toBe(join(packageDir, 'terraform-provider-clickstack_v1.0.0'));
  });
});
