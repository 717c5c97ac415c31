import { AppError, toErrorData, type ErrorData } from '../../../shared/errors';

/**
 * An error as the window shows it: the owner's text, the code for support. `worded` marks a
 * notice the window wrote in its own language, so its text is not swapped for the code's.
 */
export type Notice = ErrorData & { worded?: boolean };

export function toNotice(error: unknown): Notice {
  return error instanceof AppError ? error.toData() : toErrorData(error);
}
