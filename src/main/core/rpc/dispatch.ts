import { AppError, type ErrorData } from '../../../shared/errors';
import { isMethodName, methods, type Handlers, type MethodName } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/wire';
import { coreErrorData } from '../fs/write-errors';
import type { Logger } from '../log/logger';

/** What may refuse a call before its handler runs, and hears how every failed call ended. */
export interface CallGuard {
  /** Throws a typed error to refuse the call. */
  admit(method: MethodName): void;
  observe(error: ErrorData): void;
}

/**
 * The one entry every front door uses: validates the method name and the payload against the
 * contract, runs the handler, checks its output, and turns every failure into error data.
 * It never throws and never rejects, so a malformed call from any transport cannot crash the host.
 */
export async function dispatch(
  handlers: Handlers,
  logger: Logger,
  method: unknown,
  input: unknown,
  guard?: CallGuard,
): Promise<Envelope> {
  try {
    if (!isMethodName(method)) {
      throw new AppError('UNKNOWN_METHOD', `Unknown method ${JSON.stringify(String(method)).slice(0, 120)}`);
    }
    guard?.admit(method);
    const spec = methods[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      throw new AppError('VALIDATION_FAILED', `Invalid input for ${method}: ${summarizeIssues(parsed.error.issues)}`);
    }
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    const output = spec.output.safeParse(await handler(parsed.data));
    if (!output.success) {
      throw new Error(`Handler ${method} returned output that breaks the contract: ${output.error.message}`);
    }
    return { ok: true, data: output.data };
  } catch (thrown) {
    const error = coreErrorData(thrown);
    logger.log(error.code === 'INTERNAL' ? 'error' : 'warn', 'rpc', error.message, { method: String(method) });
    guard?.observe(error);
    return { ok: false, error };
  }
}

function summarizeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
