// A ClickHouse connection of ClickStack OSS as plain data: its props, what ClickStack would refuse, and the
// configuration of the `clickstack_connection` resource.
import type { Flavor } from './environment-settings';
import { isToken, nonEmpty } from './checks';
import { type SecretReference, secretProblems } from './secret';

const SETTING_PREFIX = /^[a-z0-9_]+$/i;

export interface ConnectionDefinitionProps {
  /** Name of the connection, as the UI lists it (names need not be unique). */
  readonly name: string;
  /** URL of the ClickHouse HTTP interface, such as `http://clickhouse:8123`. */
  readonly host: string;
  /** ClickHouse user the queries run as. */
  readonly username: string;
  /**
   * Password of the ClickHouse user: a TerraformVariable declared with `sensitive: true` and no default (its value
   * comes from `TF_VAR_<name>`), never a string, which cdktf would write into cdk.tf.json. Write-only: sent on create
   * and when `passwordVersion` changes, never kept in state.
   * @default none: ClickStack keeps the password it has
   */
  readonly password?: SecretReference;
  /**
   * Any value, never sent to ClickStack: change it to send `password` again (Terraform cannot see that a write-only
   * value changed).
   * @default none
   */
  readonly passwordVersion?: string;
  /**
   * Prefix of the ClickHouse settings HyperDX sets on its queries (letters, digits and `_`).
   * @default none
   */
  readonly hyperdxSettingPrefix?: string;
  /**
   * Whether the host is a Prometheus-compatible endpoint rather than ClickHouse.
   * @default false
   */
  readonly isPrometheusEndpoint?: boolean;
}

/** The `clickstack_connection` configuration, in the shape of the bindings' ConnectionConfig. */
export interface ConnectionConfigData {
  name: string;
  host: string;
  username: string;
  password?: string;
  passwordVersion?: string;
  hyperdxSettingPrefix?: string;
  isPrometheusEndpoint?: boolean;
}

/** Said of a construct that exists on ClickStack OSS only, placed in a Managed ClickStack environment. */
export const OSS_ONLY = (construct: string) =>
  `${construct} exists on ClickStack OSS only: on Managed ClickStack, ClickHouse Cloud owns the service's connection and its members.`;

export class ConnectionDefinition {
  constructor(
    readonly props: ConnectionDefinitionProps,
    /** The environment's flavor, when known. */
    readonly flavor?: Flavor,
  ) {}

  validate(): string[] {
    const { props, flavor } = this;
    const prefix = props.hyperdxSettingPrefix;
    return [
      ...(flavor === 'cloud' ? [OSS_ONLY('A Connection')] : []),
      ...nonEmpty('name', props.name),
      ...nonEmpty('host', props.host),
      ...(props.password !== undefined ? secretProblems('password', props.password) : []),
      ...(prefix !== undefined && !isToken(prefix) && !SETTING_PREFIX.test(prefix)
        ? [`\`hyperdxSettingPrefix\` is ${JSON.stringify(prefix)}; expected letters, digits and \`_\` only.`]
        : []),
    ];
  }

  toConfig(): ConnectionConfigData {
    const { name, host, username, password, passwordVersion, hyperdxSettingPrefix, isPrometheusEndpoint } = this.props;
    return { name, host, username, password: password?.stringValue, passwordVersion, hyperdxSettingPrefix, isPrometheusEndpoint };
  }
}
