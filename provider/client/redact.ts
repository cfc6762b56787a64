// Redaction for every log line and error message: credentials, webhook URLs and header values never leave the
// client in clear text.

export const REDACTED = '[REDACTED]';

/** Header values that carry no secret and help when reading a log. Every other header value is redacted. */
const SAFE_HEADERS = new Set([
  'content-type',
  'content-length',
  'user-agent',
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-total-count',
  'x-request-id',
]);

/** Field names whose values are secret whatever they hold. */
const SECRET_FIELD = /^(authorization|password|secret|keysecret|apikey|api_key|token|accesskey|url|webhookurl|queryparams)$/i;

/** Shorter values would redact ordinary words; real keys and secrets are far longer. */
const MIN_SECRET_LENGTH = 6;

/** A URL in text; punctuation after it (`at https://host: ...`, `(https://host)`) is not part of it. */
const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>`]*[^\s"'<>`.,;:!?)]/gi;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Redactor {
  private readonly secrets = new Set<string>();
  private secretPattern: RegExp | undefined;

  /** @param trustedOrigins origins whose URLs are printed whole (the API itself: its paths carry only ids). */
  constructor(secrets: Iterable<string | undefined>, private readonly trustedOrigins: readonly string[] = []) {
    for (const secret of secrets) this.addSecret(secret);
  }

  /** Registers a value seen at runtime (a webhook URL, a header value, a password) so it is never printed. */
  addSecret(secret: string | undefined): void {
    if (!secret || secret.length < MIN_SECRET_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    // Longest first, so a secret containing another is replaced whole.
    const alternatives = [...this.secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.secretPattern = new RegExp(alternatives.join('|'), 'g');
  }

  text(text: string): string {
    const withoutSecrets = this.secretPattern ? text.replace(this.secretPattern, REDACTED) : text;
    return withoutSecrets.replace(URL_PATTERN, (url) => this.url(url));
  }

  /** Keeps scheme and host of an untrusted URL (enough to tell Slack from a local receiver) and hides the rest. */
  url(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return REDACTED;
    }
    if (this.trustedOrigins.includes(parsed.origin) && !parsed.username && !parsed.password) return url;
    const hasDetail = parsed.pathname.length > 1 || parsed.search || parsed.hash || parsed.username;
    return hasDetail ? `${parsed.protocol}//${parsed.host}/${REDACTED}` : `${parsed.protocol}//${parsed.host}`;
  }

  headers(headers: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(headers)) {
      out[name] = SAFE_HEADERS.has(name.toLowerCase()) ? this.value(value) : REDACTED;
    }
    return out;
  }

  /** Deep copy with every string redacted, header maps masked and secret-named fields replaced. */
  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (value instanceof Error) return this.text(value.message);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
        if (/headers$/i.test(key) && field !== null && typeof field === 'object') {
          out[key] = this.headers(field as Record<string, unknown>);
        } else {
          out[key] = SECRET_FIELD.test(key) && field !== undefined && field !== null ? REDACTED : this.value(field);
        }
      }
      return out;
    }
    return value;
  }
}
