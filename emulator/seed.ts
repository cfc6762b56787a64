// Seed data: one team over otel tables, with fixed ObjectIds so tests and examples can name them.
import * as fs from 'node:fs';
import type { Flavor } from './context';
import { withModelDefaults } from './handlers/sources';
import type { StoreData } from './store';

/** Identity of the emulated team and its credentials (fixed: a local emulator guards nothing). */
export const IDENTITY = {
  teamId: '64f000000000000000000001',
  teamName: 'Emulated Team',
  userId: '64f000000000000000000002',
  userEmail: 'admin@example.com',
  userName: 'Emulator Admin',
  userCreatedAt: '2026-01-01T00:00:00.000Z',
  teammateId: '64f000000000000000000003',
  apiKey: '3f9c2a7e-5b1d-4c8e-9a6f-1e2d3c4b5a69',
  organizationId: '8d3e6c1a-2f4b-4a9d-b7c5-0e1f2a3b4c5d',
  serviceId: '5a7b9c1d-3e5f-4a6b-8c9d-1e2f3a4b5c6d',
  keyId: 'EMULATORKEYID0001',
  keySecret: 'emulator-key-secret-0001',
};

/** Fixed ids of the default seed. */
export const SEED_IDS = {
  connection: '64f0000000000000000000c1',
  logSource: '64f0000000000000000000a1',
  traceSource: '64f0000000000000000000a2',
  metricSource: '64f0000000000000000000a3',
  sessionSource: '64f0000000000000000000a4',
  webhook: '64f0000000000000000000b1',
  adminRole: '64f0000000000000000000d1',
  memberRole: '64f0000000000000000000d2',
  readOnlyRole: '64f0000000000000000000d3',
};

const SEED_TIME = IDENTITY.userCreatedAt;

/** The predefined roles exist in every team (Cloud), whatever the seed. */
function predefinedRoles(): NonNullable<StoreData['roles']> {
  const role = (id: string, name: string, action: string) => ({
    id,
    name,
    permissions: [{ action, subject: 'all' }],
    isPredefined: true,
    createdAt: SEED_TIME,
    updatedAt: SEED_TIME,
  });
  return [role(SEED_IDS.adminRole, 'Admin', 'manage'), role(SEED_IDS.memberRole, 'Member', 'manage'), role(SEED_IDS.readOnlyRole, 'Read Only', 'read')];
}

/** The current user is always a member of the team. */
function members(): NonNullable<StoreData['members']> {
  return [{ id: IDENTITY.userId, email: IDENTITY.userEmail, name: IDENTITY.userName }];
}

/** The default seed adds a teammate, so that member removal can be exercised. */
function teammate(): NonNullable<StoreData['members']>[number] {
  return { id: IDENTITY.teammateId, email: 'teammate@example.com', name: 'Teammate' };
}

export function defaultSeed(): StoreData {
  const connection = SEED_IDS.connection;
  const otel = (tableName: string) => ({ databaseName: 'default', tableName });
  return {
    members: [...members(), teammate()],
    roles: predefinedRoles(),
    connections: [
      { id: connection, name: 'Local ClickHouse', host: 'http://localhost:8123', username: 'default', password: '', createdAt: SEED_TIME, updatedAt: SEED_TIME },
    ],
    // Stored as the server's model writes them, defaults included.
    sources: [
      {
        id: SEED_IDS.logSource, kind: 'log', name: 'Logs', connection, from: otel('otel_logs'), disabled: false,
        timestampValueExpression: 'TimestampTime', defaultTableSelectExpression: 'Timestamp, ServiceName, SeverityText, Body',
        serviceNameExpression: 'ServiceName', severityTextExpression: 'SeverityText', bodyExpression: 'Body',
        eventAttributesExpression: 'LogAttributes', resourceAttributesExpression: 'ResourceAttributes',
        displayedTimestampValueExpression: 'Timestamp', traceIdExpression: 'TraceId', spanIdExpression: 'SpanId',
        implicitColumnExpression: 'Body', traceSourceId: SEED_IDS.traceSource, metricSourceId: SEED_IDS.metricSource,
      },
      {
        id: SEED_IDS.traceSource, kind: 'trace', name: 'Traces', connection, from: otel('otel_traces'), disabled: false,
        timestampValueExpression: 'Timestamp', defaultTableSelectExpression: 'Timestamp, ServiceName, StatusCode, round(Duration / 1e6), SpanName',
        durationExpression: 'Duration', durationPrecision: 9, traceIdExpression: 'TraceId', spanIdExpression: 'SpanId',
        parentSpanIdExpression: 'ParentSpanId', spanNameExpression: 'SpanName', spanKindExpression: 'SpanKind',
        serviceNameExpression: 'ServiceName', statusCodeExpression: 'StatusCode', statusMessageExpression: 'StatusMessage',
        resourceAttributesExpression: 'ResourceAttributes', eventAttributesExpression: 'SpanAttributes',
        implicitColumnExpression: 'SpanName', logSourceId: SEED_IDS.logSource, sessionSourceId: SEED_IDS.sessionSource,
        metricSourceId: SEED_IDS.metricSource,
      },
      {
        id: SEED_IDS.metricSource, kind: 'metric', name: 'Metrics', connection, from: otel(''), disabled: false,
        timestampValueExpression: 'TimeUnix', resourceAttributesExpression: 'ResourceAttributes', serviceNameExpression: 'ServiceName',
        metricTables: { gauge: 'otel_metrics_gauge', histogram: 'otel_metrics_histogram', sum: 'otel_metrics_sum', summary: 'otel_metrics_summary', 'exponential histogram': 'otel_metrics_exponential_histogram' },
        logSourceId: SEED_IDS.logSource,
      },
      {
        id: SEED_IDS.sessionSource, kind: 'session', name: 'Sessions', connection, from: otel('hyperdx_sessions'), disabled: false,
        timestampValueExpression: 'TimestampTime', traceSourceId: SEED_IDS.traceSource, resourceAttributesExpression: 'ResourceAttributes',
      },
    ].map(withModelDefaults),
    webhooks: [
      { id: SEED_IDS.webhook, name: 'Alerts channel', service: 'generic', url: 'https://hooks.example.com/clickstack', description: 'Seeded generic webhook', body: '{"text":"{{title}}"}', createdAt: SEED_TIME, updatedAt: SEED_TIME },
    ],
  };
}

export function emptySeed(): StoreData {
  return { members: members(), roles: predefinedRoles() };
}

/**
 * A state or seed file holds one deployment's collections, or `{oss, cloud}` (an emulator of both flavors writes
 * that); either shape seeds either flavor, a one-deployment file both alike.
 */
export type StateFile = StoreData | Partial<Record<Flavor, StoreData>>;

/** The collections `file` holds for `flavor`'s deployment. */
export function deploymentState(file: StateFile, flavor: Flavor): StoreData | undefined {
  return 'oss' in file || 'cloud' in file ? (file as Partial<Record<Flavor, StoreData>>)[flavor] : (file as StoreData);
}

/** `default`, `none`, or the path of a JSON file in the state-file format (collections of stored documents). */
export function loadSeed(seed: string, flavor: Flavor): StoreData {
  if (seed === 'default') return defaultSeed();
  if (seed === 'none') return emptySeed();
  const file = JSON.parse(fs.readFileSync(seed, 'utf8')) as StateFile;
  return { ...emptySeed(), ...deploymentState(file, flavor) };
}
