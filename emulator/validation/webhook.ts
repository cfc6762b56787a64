// Webhook request bodies (RULES §7), the same for create and update.
import { nativeEnum, obj, record, str, type Schema } from './schema';
import { WEBHOOK_SERVICES } from './values';

export type WebhookBody = {
  name: string;
  service: (typeof WEBHOOK_SERVICES)[number];
  url: string;
  description?: string;
  queryParams?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
};

const hasControlCharacters = (value: string) => /[\r\n\t\x00-\x1F\x7F]/.test(value); // eslint-disable-line no-control-regex -- what is refused

const headerName = str()
  .min(1, 'Header name cannot be empty')
  .max(256)
  .regex(/^[!#$%&'*+\-.0-9A-Z^_`a-z|~]+$/, "Invalid header name. Only alphanumeric characters and !#$%&'*+-.^_`|~ are allowed")
  .refine((name) => !/^\d/.test(name), 'Header name cannot start with a number');
const headerValue = str().max(4096).refine((value) => !hasControlCharacters(value), 'Header values cannot contain control characters');
const queryKey = str().min(1, 'Query parameter name cannot be empty').max(1024).refine((key) => !hasControlCharacters(key), 'Query parameter names cannot contain control characters');
const queryValue = str().max(4096).refine((value) => !hasControlCharacters(value), 'Query parameter values cannot contain control characters');

/** Slack posts a fixed payload: what would template a request is refused rather than ignored. */
const SLACK_UNSUPPORTED = ['headers', 'queryParams', 'body'] as const;

export const webhookSchema: Schema<WebhookBody> = obj<WebhookBody>({
  name: str().trim().min(1).max(1024),
  service: nativeEnum(WEBHOOK_SERVICES),
  url: str().url().max(2048),
  description: str().max(2048).optional(),
  queryParams: record(queryKey, queryValue).refine((params) => Object.keys(params).length <= 100, 'A webhook cannot have more than 100 query parameters').optional(),
  headers: record(headerName, headerValue).refine((headers) => Object.keys(headers).length <= 100, 'A webhook cannot have more than 100 headers').optional(),
  body: str().max(16384).optional(),
}).superRefine((webhook, report) => {
  if (webhook.service !== 'slack') return;
  for (const field of SLACK_UNSUPPORTED) {
    if (webhook[field] !== undefined) report(`${field} is not supported for the slack webhook service`, [field]);
  }
});
