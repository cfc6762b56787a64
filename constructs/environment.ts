// ClickStackEnvironment: one ClickStack deployment (an OSS server or a Managed ClickStack service) as a provider
// configuration, and how every other construct finds the environment it belongs to.
import { App, TerraformStack, type TerraformVariable } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { ClickstackProvider } from './bindings/provider';
import { EnvironmentSettings, type EnvironmentSettingsProps, type Flavor } from './model/environment-settings';

/** How an environment reaches ClickStack: the flavor, the provider alias, connection settings and client knobs. */
export interface ClickStackEnvironmentProps extends Omit<EnvironmentSettingsProps, 'apiKey' | 'apiKeySecret'> {
  /**
   * OSS: personal API access key, as a TerraformVariable declared with `sensitive: true` and no `default` (its value
   * then comes from TF_VAR_<name>). A string would be written into cdk.tf.json: cdktf ignores `sensitive` in bindings.
   * @default the provider reads CLICKSTACK_API_KEY when Terraform runs
   */
  readonly apiKey?: TerraformVariable;
  /**
   * Cloud: ClickHouse Cloud API key secret, as a TerraformVariable declared with `sensitive: true` and no `default`.
   * @default the provider reads CLICKHOUSE_CLOUD_API_SECRET when Terraform runs
   */
  readonly apiKeySecret?: TerraformVariable;
}

const ENVIRONMENT = Symbol.for('clickstack-cdktf.ClickStackEnvironment');
/** Where a stack keeps its environments, in the order they were made (a symbol shared by copies of this library). */
const STACK_ENVIRONMENTS = Symbol.for('clickstack-cdktf.stackEnvironments');

/**
 * The environments of `stack`. Each environment registers itself with its stack, so that finding one costs the same
 * in a stack of ten constructs as in one of ten thousand: walking the whole tree for every construct made synth
 * quadratic.
 */
function environmentsOf(stack: TerraformStack): ClickStackEnvironment[] {
  const holder = stack as unknown as { [STACK_ENVIRONMENTS]?: ClickStackEnvironment[] };
  if (!holder[STACK_ENVIRONMENTS]) Object.defineProperty(holder, STACK_ENVIRONMENTS, { value: [] });
  return holder[STACK_ENVIRONMENTS]!;
}

/**
 * A ClickStack deployment that constructs manage: the `clickstack` provider configured for OSS or Managed ClickStack.
 * Constructs created inside an environment (`new Webhook(production, 'alerts', ...)`) belong to it; a construct
 * elsewhere in the stack belongs to the stack's only environment, or names one with its `environment` prop. Several
 * environments share a stack when each has its own `alias`.
 */
export class ClickStackEnvironment extends Construct {
  /** Whether `x` is a ClickStackEnvironment (also across copies of this library). */
  static isClickStackEnvironment(x: unknown): x is ClickStackEnvironment {
    return typeof x === 'object' && x !== null && ENVIRONMENT in x;
  }

  /**
   * The environment `scope` belongs to: `explicit` when given, else the nearest environment containing `scope`,
   * else the only environment of its stack. Throws when there is none or the choice is ambiguous.
   */
  static of(scope: IConstruct, explicit?: ClickStackEnvironment): ClickStackEnvironment {
    const stack = TerraformStack.of(scope);
    if (explicit) {
      if (TerraformStack.of(explicit) !== stack)
        throw new Error(`${scope.node.path}: environment ${explicit.node.path} belongs to another stack; a construct can only use an environment of its own stack.`);
      return explicit;
    }
    const enclosing = [...scope.node.scopes].reverse().find(ClickStackEnvironment.isClickStackEnvironment);
    if (enclosing) return enclosing;
    const candidates = environmentsOf(stack);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0)
      throw new Error(`${scope.node.path}: stack ${stack.node.path} has no ClickStackEnvironment; create one before the constructs that use it.`);
    throw new Error(
      `${scope.node.path}: stack ${stack.node.path} has several ClickStackEnvironments (${candidates.map((candidate) => candidate.node.path).join(', ')}); ` +
        'create the construct inside one of them, or pass it as `environment`.',
    );
  }

  /** The API this environment speaks, when it can be told at synth (else synth fails, saying why). */
  readonly flavor: Flavor | undefined;
  /** The provider alias, if any. */
  readonly alias: string | undefined;
  /** The provider configuration; every construct of this environment passes it to its resources and data sources. */
  readonly provider: ClickstackProvider;

  constructor(scope: Construct, id: string, props: ClickStackEnvironmentProps = {}) {
    super(scope, id);
    Object.defineProperty(this, ENVIRONMENT, { value: true });
    environmentsOf(TerraformStack.of(this)).push(this);
    const settings = new EnvironmentSettings(props, process.env);
    this.flavor = settings.flavor;
    this.alias = props.alias;
    this.provider = new ClickstackProvider(this, 'Default', settings.toConfig());
    this.node.addValidation(settings);
    this.node.addValidation({ validate: () => this.aliasClashes() });
    this.node.addValidation({ validate: () => (synthesizesHcl(App.of(this)) ? [HCL_UNSUPPORTED] : []) });
  }

  /** Another environment of the stack with the same provider configuration name. */
  private aliasClashes(): string[] {
    const clashing = environmentsOf(TerraformStack.of(this)).filter((other) => other !== this && other.alias === this.alias);
    return clashing.map((other) =>
      this.alias === undefined
        ? `Environment ${other.node.path} also uses the default provider configuration: give each environment of a stack its own \`alias\`.`
        : `Environment ${other.node.path} uses the same \`alias\` "${this.alias}": give each environment of a stack its own.`,
    );
  }
}

const HCL_UNSUPPORTED =
  'HCL synth (`cdktf synth --hcl`, SYNTH_HCL_OUTPUT) writes nested attributes such as dashboard tiles as blocks, which ' +
  'Terraform rejects for this provider: synthesize JSON, the default.';

/** Whether the app writes HCL: the App's setting, or SYNTH_HCL_OUTPUT=1, which cdktf's stack synthesizer also honours. */
const synthesizesHcl = (app: App) => app.hclOutput || process.env.SYNTH_HCL_OUTPUT === '1';

/** What every construct of an environment takes: which environment it belongs to. */
export interface EnvironmentScopedProps {
  /**
   * The environment this construct belongs to.
   * @default the nearest ClickStackEnvironment containing the construct, else the only one in its stack
   */
  readonly environment?: ClickStackEnvironment;
}

/** Anything that lives in one environment; constructs refuse references to objects of another. */
export interface IEnvironmentScoped {
  /** The environment the object lives in. */
  readonly environment: ClickStackEnvironment;
}

/** A construct of one environment: its resources and data sources use that environment's provider. */
export abstract class ClickStackConstruct extends Construct implements IEnvironmentScoped {
  /** The environment this construct belongs to; its resources use that environment's provider. */
  readonly environment: ClickStackEnvironment;

  constructor(scope: Construct, id: string, props: EnvironmentScopedProps) {
    super(scope, id);
    this.environment = ClickStackEnvironment.of(this, props.environment);
  }

  /** Fails synth when `reference` (what `prop` names) lives in another environment than this construct. */
  protected requireSameEnvironment(prop: string, reference: unknown): void {
    this.node.addValidation({ validate: () => this.foreignReferences([[`\`${prop}\``, reference]]) });
  }

  /**
   * A problem for each reference (with what the message calls it, such as the prop) living in another environment
   * than this construct. References that carry no environment (a plain `{ sourceId }`) pass.
   */
  protected foreignReferences(references: [what: string, reference: unknown][]): string[] {
    return references.flatMap(([what, reference]) => {
      const environment = (reference as Partial<IEnvironmentScoped> | undefined)?.environment;
      return ClickStackEnvironment.isClickStackEnvironment(environment) && environment !== this.environment
        ? [`${what} belongs to environment ${environment.node.path}; this construct belongs to ${this.environment.node.path}.`]
        : [];
    });
  }
}
