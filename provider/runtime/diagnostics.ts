// Diagnostics as handlers collect them and as tfplugin6 carries them.
import type { Diagnostics } from './provider';
import type { AttributePath, Diagnostic } from './types';

export class DiagnosticsCollector implements Diagnostics {
  readonly all: Diagnostic[] = [];

  error(summary: string, detail?: string, path?: AttributePath): void {
    this.add('error', summary, detail, path);
  }

  warning(summary: string, detail?: string, path?: AttributePath): void {
    this.add('warning', summary, detail, path);
  }

  hasErrors(): boolean {
    return this.all.some((diagnostic) => diagnostic.severity === 'error');
  }

  private add(severity: Diagnostic['severity'], summary: string, detail?: string, path?: AttributePath): void {
    const diagnostic: Diagnostic = { severity, summary };
    if (detail !== undefined) diagnostic.detail = detail;
    if (path !== undefined) diagnostic.path = [...path];
    this.all.push(diagnostic);
  }
}

/** One tfplugin6.AttributePath.Step: exactly one member of the `selector` oneof. */
export type ProtoPathStep = { attribute_name: string } | { element_key_string: string } | { element_key_int: number };

/** tfplugin6.Diagnostic in @grpc/proto-loader shape (enums as strings, int64 as number). */
export interface ProtoDiagnostic {
  severity: 'ERROR' | 'WARNING';
  summary: string;
  detail: string;
  attribute?: { steps: ProtoPathStep[] };
}

export function pathToProto(path: AttributePath): { steps: ProtoPathStep[] } {
  return {
    steps: path.map((step): ProtoPathStep => {
      if (typeof step === 'string') return { attribute_name: step };
      if (typeof step === 'number') return { element_key_int: step };
      return { element_key_string: step.key };
    }),
  };
}

export function diagnosticsToProto(diagnostics: Diagnostic[]): ProtoDiagnostic[] {
  return diagnostics.map((diagnostic) => {
    const proto: ProtoDiagnostic = {
      severity: diagnostic.severity === 'error' ? 'ERROR' : 'WARNING',
      summary: diagnostic.summary,
      detail: diagnostic.detail ?? '',
    };
    if (diagnostic.path && diagnostic.path.length > 0) proto.attribute = pathToProto(diagnostic.path);
    return proto;
  });
}

/** A path in Terraform's reference syntax, e.g. `tiles[2].config.tags["env"]`; empty for the root. */
export function pathToString(path: AttributePath): string {
  return path
    .map((step, index) => {
      if (typeof step === 'string') return index === 0 ? step : `.${step}`;
      if (typeof step === 'number') return `[${step}]`;
      return `[${JSON.stringify(step.key)}]`;
    })
    .join('');
}
