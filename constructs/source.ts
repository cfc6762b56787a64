// Sources (where a tile or a search reads its data) are made in ClickStack, not in code: constructs refer to them by
// name, and each environment resolves the name to its own id when Terraform plans.
import type { Construct } from 'constructs';
import { DataClickstackSource } from './bindings/data-clickstack-source';
import { ClickStackConstruct, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
import { nonEmpty, oneOf } from './model/checks';
import type { SourceRef } from './model/tile';
import { SOURCE_KINDS, type SourceKind } from '../provider/values';

/** A ClickStack source in one environment; tiles, filters and saved searches read from it. */
export interface ISource extends IEnvironmentScoped, SourceRef {
  /** The source's id (resolved when Terraform plans). */
  readonly sourceId: string;
  /** The kind, when the lookup named it. */
  readonly kind: SourceKind | undefined;
  /** Id of the ClickHouse connection the source reads from (resolved when Terraform plans). */
  readonly connectionId: string;
}

/** Which source a lookup finds. */
export interface SourceLookupProps extends EnvironmentScopedProps {
  /** Name of the source, as shown in ClickStack; exactly one source (of `kind`, when set) must have it. */
  readonly name: string;
  /**
   * Kind of the source: `log`, `trace`, `metric`, `session` or `promql`. Narrows the lookup, and lets constructs check
   * at synth what only suits some kinds.
   * @default any kind
   */
  readonly kind?: SourceKind;
}

/** A source that exists in ClickStack, found by name in its environment. */
export class Source extends ClickStackConstruct implements ISource {
  /** Looks a source up by name (the `clickstack_source` data source, in `scope`'s environment). */
  static fromName(scope: Construct, id: string, props: SourceLookupProps): Source {
    return new Source(scope, id, props);
  }

  readonly sourceId: string;
  readonly kind: SourceKind | undefined;
  /** The data source, for its other attributes (expressions, table...). */
  readonly lookup: DataClickstackSource;

  private constructor(scope: Construct, id: string, props: SourceLookupProps) {
    super(scope, id, props);
    this.kind = props.kind;
    this.lookup = new DataClickstackSource(this, 'Default', { name: props.name, kind: props.kind, provider: this.environment.provider });
    this.sourceId = this.lookup.id;
    this.node.addValidation({ validate: () => [...nonEmpty('name', props.name), ...oneOf('kind', props.kind, SOURCE_KINDS)] });
  }

  // Made when read, as Alert.alertId says why.
  /** Id of the ClickHouse connection the source reads from (resolved when Terraform plans). */
  get connectionId(): string {
    return this.lookup.connection;
  }
}
