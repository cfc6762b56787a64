// What the commands say when they cannot finish, in words a user can act on, and the exit code: 2 for a usage
// problem, 130 after Ctrl-C, 1 for the rest (ClickStack refused, could not be reached, answered unexpectedly, a file
// could not be read or written). Anything else is a defect and is left to crash with its stack.
import { AbortedError, ApiError, AuthError, ClickStackError, ConnectionError, type FlavorName, NetworkError, RateLimitedError } from '../client';
import { connectionVariables, UsageError } from './connection';

export interface Failure {
  message: string;
  exitCode: number;
}

export function describeFailure(error: unknown, flavor: FlavorName | undefined, command: string): Failure {
  if (error instanceof UsageError) return { message: `${error.message}\nRun ${command} --help for the options.`, exitCode: 2 };
  if (error instanceof AbortedError) return { message: 'Interrupted: nothing was written.', exitCode: 130 };
  const settings = flavor ? ` (${connectionVariables(flavor).join(', ')} or their flags)` : '';
  // Says where, why and what to check itself.
  if (error instanceof ConnectionError) return { message: error.message, exitCode: 1 };
  if (error instanceof AuthError)
    return { message: `ClickStack refused the credentials: HTTP ${error.status} ${error.serverMessage} on ${error.method} ${error.path}. Check the connection settings${settings}.`, exitCode: 1 };
  if (error instanceof NetworkError)
    return { message: `Could not reach ClickStack: ${error.message}. Check the endpoint${settings} and the network.`, exitCode: 1 };
  if (error instanceof RateLimitedError) return { message: `ClickStack kept answering "too many requests": ${error.message}. Try again later.`, exitCode: 1 };
  if (error instanceof ApiError || error instanceof ClickStackError) return { message: `ClickStack answered with an error: ${error.message}`, exitCode: 1 };
  // A file that cannot be read or written (node's system errors carry a syscall).
  if (typeof error === 'object' && error !== null && 'syscall' in error && 'message' in error) return { message: String(error.message), exitCode: 1 };
  throw error;
}
