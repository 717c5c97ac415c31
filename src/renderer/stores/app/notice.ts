import { AppError, toErrorData, type ErrorData } from '../../../shared/errors';

/** An error as the window shows it: the Korean text for the owner, the code for support. */
export type Notice = ErrorData;

export function toNotice(error: unknown): Notice {
  return error instanceof AppError ? error.toData() : toErrorData(error);
}
