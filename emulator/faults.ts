// Fault-injection switches (all off by default), consulted once per request by the server.
export interface Faults {
  /** The next N requests answer 429 with the flavor's real headers. */
  rateLimitStorm: number;
  /** 0..1 share of requests answered with a 5xx. */
  errorRate: number;
  /** The next N requests get their socket destroyed without a response. */
  resetConnections: number;
  /** Added to every response. */
  latencyMs: number;
  /** The next N POST creates commit and then fail the response (alternately a 500 and a socket reset). */
  ambiguousCreate: number;
}

export function noFaults(): Faults {
  return { rateLimitStorm: 0, errorRate: 0, resetConnections: 0, latencyMs: 0, ambiguousCreate: 0 };
}

/** Consumes one unit of a countdown fault; true when the fault applies to this request. */
export function take(faults: Faults, name: 'rateLimitStorm' | 'resetConnections' | 'ambiguousCreate'): boolean {
  if (faults[name] <= 0) return false;
  faults[name] -= 1;
  return true;
}
