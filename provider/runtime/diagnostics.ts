// Diagnostics as handlers collect them and as tfplugin6 carries them.
import type { Diagnostics } from './provider';
import type { AttributePath, Block, Diagnostic } from './types';

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

/**
 * Terraform places a diagnostic in the source by walking its path through nested blocks only; inside an attribute's
 * value it follows at most one index (internal/tfdiags/contextual.go). A deeper path, such as one into a nested
 * attribute (`tiles[1].name`), would land on an unrelated attribute of the same name or on the whole resource. So a
 * path is cut at the deepest step Terraform can place, and the full path moves to the front of the detail.
 */
export function locateInConfig(block: Block, diagnostic: Diagnostic): Diagnostic {
  const path = diagnostic.path;
  if (!path || path.length === 0) return diagnostic;
  const placeable = placeablePrefixLength(block, path);
  if (placeable === path.length) return diagnostic;
  const detail = `${pathToString(path)}: ${diagnostic.detail ?? diagnostic.summary}`;
  return { ...diagnostic, detail, path: path.slice(0, placeable) };
}

function placeablePrefixLength(block: Block, path: AttributePath): number {
  let current: Block = block;
  let i = 0;
  while (i < path.length) {
    const step = path[i];
    if (typeof step !== 'string') return i;
    if (current.attributes[step]) {
      const next = path[i + 1];
      return next !== undefined && typeof next !== 'string' ? i + 2 : i + 1;
    }
    const nested = current.blocks?.[step];
    if (!nested) return i;
    current = nested.block;
    i += 1;
    if (nested.nesting !== 'single' && nested.nesting !== 'group' && i < path.length && typeof path[i] !== 'string') i += 1;
  }
  return i;
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
