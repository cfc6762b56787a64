// Secrets in synthesized configuration. cdktf 0.21 ignores `sensitive` and `write_only` in generated bindings: a
// string given to a sensitive attribute is written into cdk.tf.json as it is. So a secret reaches the configuration
// only as a reference that Terraform resolves at plan time: a sensitive Terraform variable without a default (its
// value comes from TF_VAR_<name>, a .tfvars file or -var), or nothing at all, which leaves the provider to read its
// environment variable.

/**
 * A reference to a secret Terraform supplies at plan time. A cdktf `TerraformVariable` declared with
 * `sensitive: true` and no `default` is one.
 */
export interface SecretReference {
  /** Whether Terraform treats the value as sensitive; must be true. */
  readonly sensitive?: boolean;
  /** The variable's default; must be left out, since cdktf writes it into cdk.tf.json. */
  readonly default?: unknown;
  /** The reference as a string token (`${var.name}` in the synthesized JSON). */
  readonly stringValue: string;
}

/** What is wrong with `secret` as the value of `prop` (empty when it is a usable reference). */
export function secretProblems(prop: string, secret: SecretReference | string): string[] {
  if (typeof secret === 'string')
    return [`\`${prop}\` must be a sensitive TerraformVariable, not a string: cdktf writes strings into cdk.tf.json in plain text.`];
  const problems: string[] = [];
  if (secret.sensitive !== true) problems.push(`\`${prop}\` must be a TerraformVariable declared with \`sensitive: true\`.`);
  if (secret.default !== undefined)
    problems.push(`\`${prop}\` is a TerraformVariable with a \`default\`, which cdktf writes into cdk.tf.json: leave the default out and set TF_VAR_<name>.`);
  return problems;
}
