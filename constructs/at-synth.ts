// A value worked out when the stack synthesizes, for what constructs learn only after they are made (the tiles added
// to a dashboard later, the dashboard of an alert's tile).
import { type IResolvable, Token } from 'cdktf';

/**
 * cdktf's `Lazy` does the same but records a stack trace when it is made, for its error messages: with 17 per
 * dashboard and 2 per tile alert, those traces cost a large app's synth more than the constructs' own work.
 */
export class AtSynth implements IResolvable {
  readonly creationStack: string[] = [];

  constructor(private readonly produce: () => unknown) {}

  /** A string token of a value produced at synth. */
  static string(produce: () => string | undefined): string {
    return Token.asString(new AtSynth(produce));
  }

  resolve(): unknown {
    return this.produce();
  }

  toString(): string {
    return Token.asString(this);
  }
}
