// Sources with known ids and kinds, for unit tests of tiles and dashboards that need no environment.
import type { SourceRef } from '../../constructs/model/tile';

export const LOGS: SourceRef = { sourceId: 'logs-id', kind: 'log', connectionId: 'connection-id' };
export const TRACES: SourceRef = { sourceId: 'traces-id', kind: 'trace', connectionId: 'connection-id' };
export const METRICS: SourceRef = { sourceId: 'metrics-id', kind: 'metric', connectionId: 'connection-id' };
export const SESSIONS: SourceRef = { sourceId: 'sessions-id', kind: 'session', connectionId: 'connection-id' };
/** A source whose kind is not known at synth (looked up without `kind`). */
export const ANY_SOURCE: SourceRef = { sourceId: 'any-id' };
