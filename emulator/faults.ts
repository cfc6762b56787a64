// Fault-injection switches (all off by default), consulted once per request by the server. These are test faults, not
// server behaviour (RULES §15): they let the reliability suites play a flaky network and a misbehaving server.
export interface Faults {
  /** The next N limited requests answer 429 with the flavor's real headers. */
  rateLimitStorm: number;
  /**
   * Every limited request answers 429 until N windows of the rate limiter have ended (the one under way counts as the
   * first), each 429 saying when the window under way resets: a storm spanning several windows. Counts down as windows end.
   */
  rateLimitStormWindows: number;
  /** 0..1 share of requests answered with a 5xx before anything is done. */
  errorRate: number;
  /** The next N requests get their socket destroyed without a response, before anything is done. */
  resetConnections: number;
  /** 0..1 share of requests whose socket is destroyed without a response, before anything is done. */
  resetRate: number;
  /** Added to every response. */
  latencyMs: number;
  /** The next N POST creates commit and then fail the response (alternately a 500 and a socket reset). */
  ambiguousCreate: number;
  /** 0..1 share of POST creates that commit and then fail the response (alternately a 500 and a socket reset). */
  ambiguousCreateRate: number;
  /**
   * Scripted answers: the first whose method and path end match a request replaces that request's answer, after the
   * request was handled (a create is stored), and is used up. For answers no real server gives: malformed bodies,
   * wrong types, a body cut short, a hung connection.
   */
  responses: ScriptedResponse[];
}

export interface ScriptedResponse {
  method: string;
  /** The request path ends with this (`/dashboards`, `/alerts/<id>`). */
  pathEnd: string;
  status?: number;
  contentType?: string;
  /** The body as sent; `replace` edits the answer the emulator would have given instead. */
  body?: string | Buffer;
  /** Edits the JSON answer the emulator would have given (its parsed body), for a wrong type or a missing field. */
  replace?: (answer: unknown) => unknown;
  /** Declares the whole body's length but sends only this many bytes, then closes the connection. */
  cutAfterBytes?: number;
  /** Never answers (the connection stays open until the client gives up). */
  hang?: boolean;
}

export function noFaults(): Faults {
  return {
    rateLimitStorm: 0,
    rateLimitStormWindows: 0,
    errorRate: 0,
    resetConnections: 0,
    resetRate: 0,
    latencyMs: 0,
    ambiguousCreate: 0,
    ambiguousCreateRate: 0,
    responses: [],
  };
}

/** What the emulator injected since it started or was last reset, by kind: the figures of a reliability run. */
export interface InjectedFaults {
  rateLimited: number;
  serverErrors: number;
  resets: number;
  slowAnswers: number;
  ambiguousCreates: number;
  scriptedResponses: number;
}

export function noInjectedFaults(): InjectedFaults {
  return { rateLimited: 0, serverErrors: 0, resets: 0, slowAnswers: 0, ambiguousCreates: 0, scriptedResponses: 0 };
}

/** Consumes one unit of a countdown fault; true when the fault applies to this request. */
export function take(faults: Faults, name: 'rateLimitStorm' | 'resetConnections' | 'ambiguousCreate'): boolean {
  if (faults[name] <= 0) return false;
  faults[name] -= 1;
  return true;
}

/** Whether a share fault applies to this request. */
export function chance(share: number): boolean {
  return share > 0 && Math.random() < share;
}

/** Removes and returns the first scripted response for this request. */
export function takeResponse(faults: Faults, method: string, path: string): ScriptedResponse | undefined {
  const index = faults.responses.findIndex((response) => response.method === method && path.endsWith(response.pathEnd));
  return index < 0 ? undefined : faults.responses.splice(index, 1)[0];
}
