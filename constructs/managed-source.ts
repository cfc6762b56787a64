// Sources managed by this app, one class per kind (`new LogSource(...)`, `new TraceSource(...)`...), beside
// `Source.fromName`, which finds one made elsewhere. Each is an ISource, so tiles, saved searches and alerts take it.
// Links between sources are set by `SourceLinks` (or `source.linkTo(...)`), so sources can link both ways.
import { Annotations } from 'cdktf';
import type { Construct } from 'constructs';
import { Source as SourceResource } from './bindings/source';
import { SourceLinks as SourceLinksResource } from './bindings/source-links';
import { ClickStackConstruct, type EnvironmentScopedProps } from './environment';
import {
  type LogSourceDefinitionProps,
  type MetricSourceDefinitionProps,
  SourceDefinition,
  type SourceKindProps,
  type SessionSourceDefinitionProps,
  type TableSourceProps,
  type TraceSourceDefinitionProps,
} from './model/source-definition';
import type { SourceRef } from './model/tile';
import type { ISource } from './source';
import { SOURCE_LINK_FIELDS, type SourceKind } from '../provider/values';

/** The sources a source links to; each kind takes some of them (see `SourceLinks`). */
export interface SourceLinkTargets {
  /**
   * The log source of a trace or metric source: where the UI finds a span's or a metric's logs.
   * @default no link
   */
  readonly logSource?: SourceRef;
  /**
   * The trace source of a log source: where the UI finds a log line's trace.
   * @default no link
   */
  readonly traceSource?: SourceRef;
  /**
   * The metric source of a log or trace source.
   * @default no link
   */
  readonly metricSource?: SourceRef;
  /**
   * The session source of a trace source.
   * @default no link
   */
  readonly sessionSource?: SourceRef;
}

/** A source managed by this app (the `clickstack_source` resource); one subclass per kind. */
export abstract class ManagedSource<K extends SourceKind = SourceKind> extends ClickStackConstruct implements ISource {
  readonly sourceId: string;
  readonly kind: K;
  readonly connectionId: string;
  /** The source as plain data: its props and synth-time checks. */
  readonly definition: SourceDefinition<K>;
  /** The `clickstack_source` resource, for what the props do not cover (`addOverride`, lifecycle...). */
  readonly resource: SourceResource;
  private links: SourceLinks | undefined;

  protected constructor(scope: Construct, id: string, kind: K, props: SourceKindProps[K] & EnvironmentScopedProps) {
    super(scope, id, props);
    this.kind = kind;
    this.definition = new SourceDefinition(kind, props, this.environment.flavor);
    this.resource = new SourceResource(this, 'Default', { ...this.definition.toConfig(), provider: this.environment.provider } as never);
    this.sourceId = this.resource.id;
    this.connectionId = props.connectionId;
    this.node.addValidation(this.definition);
    if (kind === 'session') this.requireSameEnvironment('traceSource', (props as SessionSourceDefinitionProps).traceSource);
  }

  /** Adopts the source `id` of ClickStack: the next apply imports it (cdktf's `importFrom`) rather than creating one. */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }

  /**
   * Links this source to others: a `SourceLinks` construct beside this one, with this one's id and `_links` (so a
   * source `logs` at the stack root has its links at `clickstack_source_links.logs_links`). Call it once per source.
   * Two sources can link to each other: the links are set after both sources exist.
   */
  linkTo(targets: SourceLinkTargets): SourceLinks {
    if (this.links) throw new Error(`${this.node.path} is linked already: give every link in one linkTo call.`);
    this.links = new SourceLinks(this.node.scope!, `${this.node.id}_links`, { source: this, ...targets, environment: this.environment });
    return this.links;
  }
}

/** A log source managed by this app. */
export interface LogSourceProps extends LogSourceDefinitionProps, EnvironmentScopedProps {}
/** A trace source managed by this app. */
export interface TraceSourceProps extends TraceSourceDefinitionProps, EnvironmentScopedProps {}
/** A metric source managed by this app. */
export interface MetricSourceProps extends MetricSourceDefinitionProps, EnvironmentScopedProps {}
/** A session source managed by this app. */
export interface SessionSourceProps extends SessionSourceDefinitionProps, EnvironmentScopedProps {}
/** A PromQL source managed by this app: a Prometheus-compatible connection's table, with no fields of its own. */
export interface PromqlSourceProps extends TableSourceProps, EnvironmentScopedProps {}

/** Log lines, with the expressions of severity, body and correlation (`clickstack_source` of kind `log`). */
export class LogSource extends ManagedSource<'log'> {
  constructor(scope: Construct, id: string, props: LogSourceProps) {
    super(scope, id, 'log', props);
  }
}

/** Spans, with their ids, names, kinds and durations (`clickstack_source` of kind `trace`). */
export class TraceSource extends ManagedSource<'trace'> {
  constructor(scope: Construct, id: string, props: TraceSourceProps) {
    super(scope, id, 'trace', props);
  }
}

/** OpenTelemetry metrics, one table per metric type (`clickstack_source` of kind `metric`). */
export class MetricSource extends ManagedSource<'metric'> {
  constructor(scope: Construct, id: string, props: MetricSourceProps) {
    super(scope, id, 'metric', props);
  }
}

/** Browser sessions, correlated with a trace source (`clickstack_source` of kind `session`). */
export class SessionSource extends ManagedSource<'session'> {
  constructor(scope: Construct, id: string, props: SessionSourceProps) {
    super(scope, id, 'session', props);
  }
}

/** Prometheus metrics queried with PromQL (`clickstack_source` of kind `promql`). */
export class PromqlSource extends ManagedSource<'promql'> {
  constructor(scope: Construct, id: string, props: PromqlSourceProps) {
    super(scope, id, 'promql', props);
  }
}

/** The links of one managed source to others. */
export interface SourceLinksProps extends SourceLinkTargets, EnvironmentScopedProps {
  /** The source whose links these are. */
  readonly source: ManagedSource;
}

const TARGET_PROPS = { logSource: 'logSourceId', traceSource: 'traceSourceId', metricSource: 'metricSourceId', sessionSource: 'sessionSourceId' } as const;

/**
 * The links of one source to others (the `clickstack_source_links` resource): a log source's trace and metric
 * sources, a trace source's log, session and metric sources, a metric source's log source. Made apart from the
 * sources, so that two sources can name each other. A session source names its trace source in its own props.
 */
export class SourceLinks extends ClickStackConstruct {
  /** The `clickstack_source_links` resource. */
  readonly resource: SourceLinksResource;

  /** Adopts the links of the source `id`: the next apply imports them (cdktf's `importFrom`) rather than setting them anew. */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }

  constructor(scope: Construct, id: string, props: SourceLinksProps) {
    super(scope, id, props);
    const { source } = props;
    const targets = Object.entries(TARGET_PROPS).filter(([prop]) => props[prop as keyof SourceLinkTargets] !== undefined);
    this.resource = new SourceLinksResource(this, 'Default', {
      sourceId: source.sourceId,
      ...Object.fromEntries(targets.map(([prop, field]) => [field, props[prop as keyof SourceLinkTargets]!.sourceId])),
      provider: this.environment.provider,
    });
    for (const [prop] of [['source'], ...targets]) this.requireSameEnvironment(prop, props[prop as keyof SourceLinksProps]);
    const own: readonly string[] = SOURCE_LINK_FIELDS[source.kind];
    this.node.addValidation({
      validate: () => [
        ...targets
          .filter(([, field]) => !own.includes(field))
          .map(([prop]) => `\`${prop}\` is not a link of a ${source.kind} source${source.kind === 'session' ? ' (a session source names its trace source in its own props)' : ''}.`),
        ...targets.flatMap(([prop]) => {
          const kind = props[prop as keyof SourceLinkTargets]!.kind;
          const expected = prop.replace('Source', '');
          return kind !== undefined && kind !== expected ? [`\`${prop}\` is a ${kind} source; expected a ${expected} source.`] : [];
        }),
      ],
    });
    if (source.kind === 'log' && props.traceSource && !(source.definition.props as LogSourceDefinitionProps).traceIdExpression)
      Annotations.of(this).addWarning('The log source has no `traceIdExpression`: the UI cannot find the trace of a log line without it.');
  }
}
