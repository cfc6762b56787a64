// Test support: a data source driven as Terraform and the runtime server drive it (attribute validators, validate, read),
// its result round-tripped through the wire codec so that a value that does not fit the schema fails the test.
import type { ClickStackClient } from '../client';
import { context } from '../resources/test-lifecycle';
import { complete } from '../resources/test-values';
import { decodeDynamicValue, encodeDynamicValue } from '../runtime/codec';
import type { DataSourceDefinition } from '../runtime/provider';
import { impliedType } from '../runtime/schema';
import type { Diagnostic, TfObject } from '../runtime/types';
import { runValidators } from '../runtime/validators';

/** Validation diagnostics of a configuration given as the attributes it sets. */
export async function validateConfig(dataSource: DataSourceDefinition<ClickStackClient>, partial: { [name: string]: unknown }): Promise<Diagnostic[]> {
  const ctx = context();
  const config = complete(dataSource.schema.block.attributes, partial);
  runValidators(dataSource.schema.block, config, ctx.diagnostics);
  await dataSource.validate?.(config, ctx);
  return ctx.diagnostics.all;
}

/** Validates the configuration, reads if it is valid, and returns the state as Terraform would receive it. */
export async function readDataSource(
  dataSource: DataSourceDefinition<ClickStackClient>,
  client: ClickStackClient,
  partial: { [name: string]: unknown },
): Promise<{ state: TfObject | null; diagnostics: Diagnostic[] }> {
  const diagnostics = await validateConfig(dataSource, partial);
  if (diagnostics.some((d) => d.severity === 'error')) return { state: null, diagnostics };
  const ctx = context();
  const config = complete(dataSource.schema.block.attributes, partial);
  const state = await dataSource.read({ config, client }, ctx);
  const type = impliedType(dataSource.schema.block);
  return { state: state && (decodeDynamicValue(encodeDynamicValue(state, type), type) as TfObject), diagnostics: ctx.diagnostics.all };
}
