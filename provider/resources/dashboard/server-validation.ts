// The plan of a dashboard checked by the server's validate endpoint (api-behaviour §6.5), its verdict placed at the
// attributes it names.
import { type ClickStackClient, EndpointUnavailableError, ServerError, UnexpectedResponseError } from '../../client';
import type { DashboardCreateInput } from '../../client/models/dashboards';
import type { CallContext } from '../../runtime/provider';
import type { TfObject } from '../../runtime/types';
import { isApiObject } from '../../shared/api-mapping';
import { callOptions, reportingApiErrors } from '../../shared/api-errors';
import { attributePathOf, dashboardToApi } from './documents';

/**
 * Asks the server to check the plan of a wholly known configuration (as a create body: server ids play no part).
 * An endpoint that is missing, failing (5xx) or gives no verdict is only a warning: the apply checks the dashboard
 * anyway. Any other failure (credentials refused, network, rate limit) would fail the apply too, so it is an error; an
 * interruption goes through for the server to report.
 */
export async function validateOnServer(client: ClickStackClient, planned: TfObject, ctx: CallContext): Promise<void> {
  const body = dashboardToApi(planned, 'create') as DashboardCreateInput;
  const verdict = await reportingApiErrors('Could not check the dashboard', ctx.diagnostics, async () => {
    try {
      return await client.dashboards.validate(body, callOptions(ctx));
    } catch (error) {
      if (!(error instanceof EndpointUnavailableError || error instanceof ServerError || error instanceof UnexpectedResponseError)) throw error;
      ctx.diagnostics.warning(
        'Dashboard not checked by ClickStack',
        `The validate endpoint could not be used (${error.message}); the dashboard will be checked when it is applied.`,
      );
      return undefined;
    }
  });
  if (verdict === undefined || verdict === null) return;
  if (!isApiObject(verdict) || typeof verdict.valid !== 'boolean') {
    ctx.diagnostics.warning('Dashboard not checked by ClickStack', 'The validate endpoint gave no verdict; the dashboard will be checked when it is applied.');
    return;
  }
  if (verdict.valid) return;
  const errors = Array.isArray(verdict.errors) ? verdict.errors.filter(isApiObject) : [];
  if (errors.length === 0) ctx.diagnostics.error('ClickStack rejects this dashboard', 'The validate endpoint reported the dashboard invalid without saying why.');
  for (const { path, message } of errors) {
    const apiPath = typeof path === 'string' ? path : '';
    const attributePath = attributePathOf(apiPath, planned);
    ctx.diagnostics.error('ClickStack rejects this dashboard', `${String(message)}${apiPath ? ` (at ${apiPath})` : ''}`, attributePath.length ? attributePath : undefined);
  }
}
