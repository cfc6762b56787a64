// Connections, team members and roles end to end: the real terraform against the suite.emulator, on the flavor that has
// each (connections and the team on OSS, roles on Managed ClickStack), and the error each is on the other flavor.
// The password is write-only: it reaches the server, and never the state, the plan or the log.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { editLikeTheUi } from '../support/ui-edit';
import { type FlavorTarget, emulatorAndProvider, flavorWorkspace, requestBodies, targetFor } from '../support/clickstack-workspaces';
import { resourceValues, Workspace } from '../support/terraform-cli';

// A step runs terraform two or three times (1 to 3 s each on 2 shared cores).
jest.setTimeout(120_000);

const FIRST_PASSWORD = 'e2e-first-password';
const SECOND_PASSWORD = 'e2e-second-password';

const OSS_CONFIGURATION = `
variable "clickhouse_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "password_version" {
  type    = string
  default = "1"
}

resource "clickstack_connection" "warehouse" {
  name             = "e2e warehouse"
  host             = "http://clickhouse:8123"
  username         = "hyperdx"
  password         = var.clickhouse_password
  password_version = var.password_version
}

resource "clickstack_team_member" "alice" {
  email = "e2e-alice@example.com"
  name  = "Alice"
}

data "clickstack_connection" "seeded" {
  name = "Local ClickHouse"
}

output "seeded_host" {
  value = data.clickstack_connection.seeded.host
}
`;

const CLOUD_CONFIGURATION = `
resource "clickstack_role" "deploy_bot" {
  name        = "e2e deploy bot"
  description = "Deploys from CI"
  permissions = [
    { action = "manage", subject = "Dashboard" },
    { action = "delete", subject = "Alert", inverted = true, conditions = jsonencode({ name = "Paging" }) },
  ]
}

data "clickstack_role" "read_only" {
  name = "Read Only"
}

output "read_only_predefined" {
  value = data.clickstack_role.read_only.is_predefined
}
`;

const suite = emulatorAndProvider();

describe('oss: a connection with a write-only password, and a team member', () => {
  let target: FlavorTarget;
  let ws: Workspace;
  /** The provider's debug log of every command. */
  let logPath: string;
  const connectionId = async () => resourceValues(await ws.show(), 'clickstack_connection.warehouse')!.id as string;

  beforeAll(async () => {
    const oss = targetFor(suite.emulator, 'oss');
    logPath = join(mkdtempSync(join(tmpdir(), 'e2e-access-')), 'provider.log');
    target = { ...oss, env: { ...oss.env, TF_VAR_clickhouse_password: FIRST_PASSWORD, TF_LOG_PROVIDER: 'debug', TF_LOG_PATH: logPath } };
    ws = flavorWorkspace(suite.provider, target);
    ws.write('main.tf', OSS_CONFIGURATION);
    expect((await ws.terraform('init')).code).toBe(0);
  });

  afterAll(async () => {
    ws?.dispose();
    if (logPath) rmSync(dirname(logPath), { recursive: true, force: true });
    await target?.client.close();
  });

  test('apply creates both, sends the password, and keeps it out of state, plan and log; the replan is clean', async () => {
    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain('Apply complete! Resources: 2 added, 0 changed, 0 destroyed.');
    expect(requestBodies(suite.emulator, 'oss', 'POST', '/connections').at(-1)).toMatchObject({ name: 'e2e warehouse', password: FIRST_PASSWORD });
    const member = resourceValues(await ws.show(), 'clickstack_team_member.alice')!;
    expect(member).toMatchObject({ status: 'pending', member_id: null });
    expect((await target.client.team.invitations.list()).map((invitation) => invitation.email)).toContain('e2e-alice@example.com');

    const plan = await ws.plan();
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toContain('No changes.');
    const log = readFileSync(logPath, 'utf8');
    expect(log).toContain('/connections');
    for (const text of [ws.read('terraform.tfstate'), apply.stdout, plan.stdout, log]) expect(text).not.toContain(FIRST_PASSWORD);
  });

  test('a host changed in the UI shows as drift, and apply reverts it without sending the password', async () => {
    const id = await connectionId();
    await editLikeTheUi(suite.emulator, 'oss', 'connections', id, (connection) => void (connection.host = 'http://elsewhere:8123'));
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ host\s+= "http:\/\/elsewhere:8123" -> "http:\/\/clickhouse:8123"/);
    expect((await ws.apply()).code).toBe(0);
    expect(requestBodies(suite.emulator, 'oss', 'PUT', `/connections/${id}`).at(-1)).not.toHaveProperty('password');
    expect((await target.client.connections.get(id)).host).toBe('http://clickhouse:8123');
  });

  test('a new password_version sends the new password', async () => {
    const id = await connectionId();
    const apply = await ws.apply(`-var=password_version=2`, `-var=clickhouse_password=${SECOND_PASSWORD}`);
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain('1 changed');
    expect(requestBodies(suite.emulator, 'oss', 'PUT', `/connections/${id}`).at(-1)).toMatchObject({ password: SECOND_PASSWORD });
    expect(ws.read('terraform.tfstate')).not.toContain(SECOND_PASSWORD);
    expect(readFileSync(logPath, 'utf8')).not.toContain(SECOND_PASSWORD);
  });

  test('destroy deletes the connection and withdraws the invitation', async () => {
    const id = await connectionId();
    const destroy = await ws.terraform('destroy', '-auto-approve', '-var=password_version=2');
    expect(destroy.stderr).toBe('');
    expect((await target.client.connections.list()).map((connection) => connection.id)).not.toContain(id);
    expect((await target.client.team.invitations.list()).map((invitation) => invitation.email)).not.toContain('e2e-alice@example.com');
  });
});

describe('cloud: a custom role, a predefined one looked up, and the OSS-only kinds refused', () => {
  let target: FlavorTarget;
  let ws: Workspace;

  beforeAll(async () => {
    target = targetFor(suite.emulator, 'cloud');
    ws = flavorWorkspace(suite.provider, target);
    ws.write('main.tf', CLOUD_CONFIGURATION);
    expect((await ws.terraform('init')).code).toBe(0);
  });

  afterAll(async () => {
    ws?.dispose();
    await target?.client.close();
  });

  test('apply creates the role with its permissions, the replan is clean, and destroy deletes it', async () => {
    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect(apply.stdout).toContain('read_only_predefined = true');
    const id = resourceValues(await ws.show(), 'clickstack_role.deploy_bot')!.id as string;
    expect((await target.client.roles.get(id)).description).toBe('Deploys from CI');
    expect((await target.client.roles.get(id)).permissions).toEqual([
      { action: 'manage', subject: 'Dashboard' },
      { action: 'delete', subject: 'Alert', inverted: true, conditions: { name: 'Paging' } },
    ]);
    const plan = await ws.plan();
    expect(plan.stdout).toContain('No changes.');
    expect((await ws.terraform('destroy', '-auto-approve')).code).toBe(0);
    expect((await target.client.roles.list()).map((role) => role.id)).not.toContain(id);
  });

  test('a connection or a team member is a plan error that says why', async () => {
    ws.write('main.tf', `
resource "clickstack_connection" "c" {
  name     = "c"
  host     = "http://clickhouse:8123"
  username = "u"
}

resource "clickstack_team_member" "m" {
  email = "m@example.com"
}
`);
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('clickstack_connection is not available on Managed ClickStack');
    expect(plan.stderr).toContain('clickstack_team_member is not available on Managed ClickStack');
  });
});
