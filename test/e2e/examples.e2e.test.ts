// Every HCL example under examples/ (the snippets the docs embed, and the quickstart) passes `terraform validate`
// against the real provider schema, so a renamed attribute cannot leave a broken example behind; and the demos
// (`npm run demo`, CDKTF, and `npm run demo:hcl`) apply their quickstart for real.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TERRAFORM_BLOCK } from '../support/clickstack-workspaces';
import { installProvider, type InstalledProvider, projectRoot, Workspace } from '../support/terraform-cli';

// Each demo runs terraform four times (1 to 3 s each on 2 shared cores), the CDKTF one a synth first.
jest.setTimeout(120_000);

const examplesRoot = join(projectRoot, 'examples');

/** Directories holding .tf files, below `dir`; each is one Terraform configuration. */
function configurationDirs(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && entry.name.endsWith('.tf')) ? [dir] : [];
  return [...here, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => configurationDirs(join(dir, entry.name)))];
}

const tfFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tf'));

let provider: InstalledProvider;

beforeAll(() => {
  provider = installProvider('clickstack');
});

test.each(configurationDirs(examplesRoot).map((dir) => relative(projectRoot, dir)))('%s passes terraform validate', async (dir) => {
  const source = join(projectRoot, dir);
  const ws = Workspace.create(provider);
  try {
    for (const file of tfFiles(source)) cpSync(join(source, file), ws.path(file));
    // Doc snippets leave out the terraform block; without it terraform would look for hashicorp/clickstack.
    const declaresProvider = tfFiles(source).some((file) => readFileSync(join(source, file), 'utf8').includes('required_providers'));
    if (!declaresProvider) ws.write('terraform.tf', TERRAFORM_BLOCK);
    const init = await ws.terraform('init');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const validate = await ws.terraform('validate');
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('Success! The configuration is valid.');
    expect(validate.code).toBe(0);
  } finally {
    ws.dispose();
  }
});

test.each([
  ['npm run demo', 'the CDKTF quickstart', [], '"errors" = '],
  ['npm run demo:hcl', 'the HCL quickstart', ['--hcl'], '"Errors" = '],
])('%s applies %s to the seeded emulator, re-plans with no changes and stops the emulator', async (_, __, args, tileOutput) => {
  const demo = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), [join(projectRoot, 'scripts', 'demo.ts'), ...args], { cwd: projectRoot });
  const { code, output } = await Workspace.collect(demo).then(({ code, stdout, stderr }) => ({ code, output: stdout + stderr }));
  expect(output).toContain('Apply complete! Resources: 2 added, 0 changed, 0 destroyed.');
  expect(output).toContain('No changes. Your infrastructure matches the configuration.');
  expect(output).toMatch(/"name" = "Error spike"/);
  expect(output).toMatch(new RegExp(`${tileOutput}"[0-9a-f]{24}"`));
  expect(output).toContain('Demo complete');
  expect(output).toContain('ClickStack emulator stopped.');
  expect(code).toBe(0);
});
