// ClickHouse connections of ClickStack OSS: the server its sources query. `new Connection(...)` manages one;
// `Connection.fromName(...)` refers to one made elsewhere, resolved by name in each environment.
import type { Construct } from 'constructs';
import { Connection as ConnectionResource } from './bindings/connection';
import { DataClickstackConnection } from './bindings/data-clickstack-connection';
import { ClickStackConstruct, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
import { nonEmpty } from './model/checks';
import { ConnectionDefinition, type ConnectionDefinitionProps, OSS_ONLY } from './model/connection-definition';

/** A ClickHouse connection in one environment; sources read through it. */
export interface IConnection extends IEnvironmentScoped {
  /** The connection's id (known once Terraform has created or looked it up). */
  readonly connectionId: string;
}

/** A connection managed by this app: its definition and its environment. */
export interface ConnectionProps extends ConnectionDefinitionProps, EnvironmentScopedProps {}

/** Which connection a lookup finds. */
export interface ConnectionLookupProps extends EnvironmentScopedProps {
  /** Name of the connection; exactly one connection must have it. */
  readonly name: string;
}

/** A ClickHouse connection managed by this app (the `clickstack_connection` resource; ClickStack OSS only). */
export class Connection extends ClickStackConstruct implements IConnection {
  /** Refers to an existing connection by name (the `clickstack_connection` data source, in `scope`'s environment). */
  static fromName(scope: Construct, id: string, props: ConnectionLookupProps): IConnection {
    return new ExistingConnection(scope, id, props);
  }

  readonly connectionId: string;
  /** The `clickstack_connection` resource, for what the props do not cover (`addOverride`, lifecycle...). */
  readonly resource: ConnectionResource;

  constructor(scope: Construct, id: string, props: ConnectionProps) {
    super(scope, id, props);
    const definition = new ConnectionDefinition(props, this.environment.flavor);
    this.resource = new ConnectionResource(this, 'Default', { ...definition.toConfig(), provider: this.environment.provider });
    this.connectionId = this.resource.id;
    this.node.addValidation(definition);
  }

  /** Adopts the connection `id` of ClickStack: the next apply imports it (cdktf's `importFrom`) rather than creating one. */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }
}

class ExistingConnection extends ClickStackConstruct implements IConnection {
  readonly connectionId: string;

  constructor(scope: Construct, id: string, props: ConnectionLookupProps) {
    super(scope, id, props);
    const lookup = new DataClickstackConnection(this, 'Default', { name: props.name, provider: this.environment.provider });
    this.connectionId = lookup.id;
    this.node.addValidation({
      validate: () => [...(this.environment.flavor === 'cloud' ? [OSS_ONLY('Connection.fromName')] : []), ...nonEmpty('name', props.name)],
    });
  }
}
