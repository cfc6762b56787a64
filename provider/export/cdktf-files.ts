// An export as a CDKTF app: `main.ts` builds one stack with a ClickStackEnvironment (the connection from the
// environment), the lookups and secret variables, then each webhook, saved search, dashboard and alert through the
// generated bindings, each adopted with `importFrom`. Construct ids are the Terraform names of the HCL export, with the
// kind appended where two kinds share a name (a stack is one namespace); TypeScript variables are their camelCase. The
// package files beside it let `npm install && npm run synth` run it.
import packageJson from '../../package.json';
import { dependencyOrder } from './build';
import { connectionVariables } from './connection';
import { camelCase } from './names';
import { addressText, type BlockAddress, type Export, type ExportedResource } from './model';
import type { Files } from './output-folder';
import { FLAVOR_TITLES } from './summary';
import { type Names, properties, stringLiteral } from './typescript';

/** The bindings' namespace and class of each block type. */
const BINDINGS: Record<string, string> = {
  clickstack_webhook: 'webhook.Webhook',
  clickstack_saved_search: 'savedSearch.SavedSearch',
  clickstack_dashboard: 'dashboard.Dashboard',
  clickstack_alert: 'alert.Alert',
  'data.clickstack_source': 'dataClickstackSource.DataClickstackSource',
  'data.clickstack_webhook': 'dataClickstackWebhook.DataClickstackWebhook',
};

/** Names the code itself uses, which no construct may take. */
const TAKEN = ['app', 'stack', 'clickstack', 'provider', 'secret', 'bindings'];

/** A construct id (unique in the stack) and a TypeScript variable (unique in main.ts) for every block and variable. */
function namesOf(exported: Export): Names & { constructId(address: BlockAddress): string } {
  const ids = new Map<string, string>();
  const used = new Set(TAKEN);
  const claim = (key: string, name: string, kind: string) => {
    let id = used.has(name) ? `${name}_${kind}` : name;
    for (let n = 2; used.has(id); n++) id = `${name}_${kind}_${n}`;
    used.add(id);
    ids.set(key, id);
  };
  for (const lookup of exported.lookups) claim(addressText(lookup.address), lookup.address.name, lookup.address.type.replace(/^clickstack_/, ''));
  for (const variable of exported.variables) claim(`var.${variable.name}`, variable.name, 'var');
  for (const resource of [...exported.webhooks, ...exported.savedSearches.map((s) => s.resource), ...exported.dashboards.map((d) => d.resource)])
    claim(addressText(resource.address), resource.address.name, resource.address.type.replace(/^clickstack_/, ''));
  for (const alert of [...exported.savedSearches, ...exported.dashboards].flatMap(({ alerts }) => alerts)) claim(addressText(alert.address), alert.address.name, 'alert');
  const variables = new Map<string, string>();
  const variableNames = new Set(TAKEN);
  for (const [key, id] of ids) {
    let variable = camelCase(id);
    for (let n = 2; variableNames.has(variable); n++) variable = `${camelCase(id)}${n}`;
    variableNames.add(variable);
    variables.set(key, variable);
  }
  const types = new Map(exported.variables.map((variable) => [variable.name, variable.type]));
  return {
    constructId: (address) => ids.get(addressText(address))!,
    variableOf: (address) => variables.get(addressText(address))!,
    secretVariable: (name) => ({ variable: variables.get(`var.${name}`)!, type: types.get(name)! }),
  };
}

const comment = (text: string) => `// ${text}`;

function mainFile(exported: Export, stack: string): string {
  const names = namesOf(exported);
  const construct = (address: BlockAddress, config: ExportedResource['config'], extra = '') => {
    const className = BINDINGS[address.mode === 'data' ? `data.${address.type}` : address.type];
    const props = properties({ ...config }, '  ', names);
    return `const ${names.variableOf(address)} = new bindings.${className}(stack, ${JSON.stringify(names.constructId(address))}, {\n  provider,\n${props}\n});${extra}`;
  };
  const resource = (resource: ExportedResource) =>
    [comment(`${JSON.stringify(resource.title)} (id ${resource.id})`), construct(resource.address, resource.config), `${names.variableOf(resource.address)}.importFrom(${JSON.stringify(resource.id)});`].join('\n');
  const section = (title: string, blocks: string[]) => (blocks.length ? [`// --- ${title} ${'-'.repeat(Math.max(3, 110 - title.length))}`, '', blocks.join('\n\n'), ''] : []);

  const lines = [
    `// Objects of ${FLAVOR_TITLES[exported.flavor]}, exported by clickstack-export as a CDKTF app. Each one is adopted by`,
    '// `importFrom`: the first plan imports everything and changes nothing. See README.md.',
    'import { App, TerraformStack, TerraformVariable, Token } from "cdktf";',
    'import { ClickStackEnvironment, bindings } from "clickstack-cdktf";',
    '',
    'const app = new App();',
    `const stack = new TerraformStack(app, ${JSON.stringify(stack)});`,
    comment(`The connection comes from the environment: ${connectionVariables(exported.flavor).join(', ')}.`),
    `const clickstack = new ClickStackEnvironment(stack, "clickstack", { flavor: ${JSON.stringify(exported.flavor)} });`,
    'const provider = clickstack.provider;',
    '',
    ...section('Lookups by name', exported.lookups.map((lookup) => construct(lookup.address, lookup.config))),
    ...section(
      'Secrets: sensitive variables, null unless set (TF_VAR_<name>), which keeps what ClickStack has',
      exported.variables.map((variable) => {
        const { variable: name } = names.secretVariable(variable.name);
        const args = [JSON.stringify(variable.name), JSON.stringify(variable.type), stringLiteral(variable.description)];
        const call = `const ${name} = secret(${args.join(', ')});`;
        return call.length <= 120 ? call : `const ${name} = secret(\n${args.map((arg) => `  ${arg},`).join('\n')}\n);`;
      }),
    ),
    ...section('Webhooks', exported.webhooks.map(resource)),
    ...section('Saved searches and their alerts', exported.savedSearches.flatMap(({ resource: search, alerts }) => [search, ...alerts]).map(resource)),
    ...section('Dashboards and their tile alerts', dependencyOrder(exported.dashboards).flatMap(({ resource: dashboard, alerts }) => [dashboard, ...alerts]).map(resource)),
    'app.synth();',
  ];
  if (exported.variables.length)
    lines.push(
      '',
      '/** A sensitive variable whose default is null: cdktf refuses a null `default`, so it is set by an override. */',
      "function secret(name: string, type: string, description: string): TerraformVariable {",
      '  const variable = new TerraformVariable(stack, name, { type, description, sensitive: true, nullable: true });',
      '  variable.addOverride("default", null);',
      '  return variable;',
      '}',
    );
  const text = `${lines.join('\n')}\n`;
  if (!/\$\$\{|\$\\\$\{|%%\{/.test(text)) return text;
  const note = '// In strings, `$${` and `%%{` stand for `${` and `%{`: Terraform would read those as the start of a template.';
  return text.replace(/\nimport /, () => `\n${note}\nimport `);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The app's package files: dependencies at the versions this package is tested with, and an `npm run synth`. */
function packageFiles(stack: string): Files {
  const { peerDependencies, devDependencies, version } = packageJson as { peerDependencies: Record<string, string>; devDependencies: Record<string, string>; version: string };
  return new Map([
    [
      'package.json',
      json({
        name: `${stack.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}-clickstack`,
        private: true,
        description: 'ClickStack objects exported by clickstack-export, as a CDKTF app.',
        scripts: { build: 'tsc', synth: 'tsc && node dist/main.js', 'provider:install': 'clickstack-install-provider' },
        dependencies: { cdktf: peerDependencies.cdktf, 'clickstack-cdktf': `^${version}`, constructs: peerDependencies.constructs },
        devDependencies: { typescript: devDependencies.typescript },
      }),
    ],
    [
      'tsconfig.json',
      json({
        compilerOptions: { target: 'ES2022', module: 'commonjs', lib: ['ES2022'], types: [], strict: true, skipLibCheck: true, outDir: 'dist' },
        include: ['main.ts'],
      }),
    ],
    ['cdktf.json', json({ language: 'typescript', app: 'npx tsc && node dist/main.js', output: 'cdktf.out', sendCrashReports: 'false', terraformProviders: [], terraformModules: [], context: {} })],
    ['.gitignore', 'node_modules/\ndist/\ncdktf.out/\n.terraform-mirror/\n'],
  ]);
}

export function cdktfFiles(exported: Export, stack: string): Files {
  return new Map([['main.ts', mainFile(exported, stack)], ...packageFiles(stack)]);
}
