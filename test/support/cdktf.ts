// Synthesizing constructs in unit tests, as `cdktf synth` does: aspects, then every construct's synth-time
// validation, then the stack's Terraform JSON (cdktf's Testing.synth, without the metadata).
import { AnnotationMetadataEntryType, TerraformStack, Testing } from 'cdktf';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A stack named `stack` in a fresh app; Testing.synth writes nothing to the app's outdir. */
function newStack(): TerraformStack {
  return new TerraformStack(Testing.app({ outdir: join(tmpdir(), 'clickstack-cdktf-unit') }), 'stack');
}

/** The synthesized Terraform JSON of the stack `build` fills, parsed. Throws what synth-time validation reports. */
export function synth(build: (stack: TerraformStack) => void): Record<string, any> {
  const stack = newStack();
  build(stack);
  return JSON.parse(Testing.synth(stack, true));
}

/** The warnings synth leaves on the constructs of the stack `build` fills (`[construct path] message`); synth must succeed. */
export function synthWarnings(build: (stack: TerraformStack) => void): string[] {
  const stack = newStack();
  build(stack);
  Testing.synth(stack, true);
  return stack.node
    .findAll()
    .flatMap((node) => node.node.metadata.filter((entry) => entry.type === AnnotationMetadataEntryType.WARN).map((entry) => `[${node.node.path}] ${String(entry.data)}`));
}

/** The message with which synth-time validation refuses the stack `build` fills; throws when synth succeeds. */
export function synthError(build: (stack: TerraformStack) => void): string {
  try {
    synth(build);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('synth succeeded; expected a validation error');
}

/** Sets environment variables for the duration of `run` (undefined removes one), and restores them. */
export function withEnv<T>(variables: Record<string, string | undefined>, run: () => T): T {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const assign = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  assign(variables);
  try {
    return run();
  } finally {
    assign(saved);
  }
}
