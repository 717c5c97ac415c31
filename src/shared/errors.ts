import { z } from 'zod';

/** Every error that crosses a process boundary carries one of these codes. */
export const errorCodeSchema = z.enum([
  'VALIDATION_FAILED',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'TRANSPORT_CLOSED',
  'SETTINGS_WRITE_FAILED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/**
 * The wire form of an error: `message` is English, for logs and developers;
 * `userMessage` is Korean, shown to the shop owner as is.
 */
export const errorDataSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  userMessage: z.string(),
});
export type ErrorData = z.infer<typeof errorDataSchema>;

/** Default Korean text per code, used when the thrower has nothing more specific to say. */
export const defaultUserMessages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '입력값이 올바르지 않습니다. 내용을 확인한 뒤 다시 시도해 주세요.',
  UNKNOWN_METHOD: '앱이 알지 못하는 요청입니다. 앱을 최신 버전으로 다시 실행해 주세요.',
  UNAUTHORIZED: '접근 권한이 없습니다. 앱이 알려준 주소로 다시 열어 주세요.',
  TRANSPORT_CLOSED: '앱과의 연결이 끊어졌습니다. 창을 새로 고치거나 앱을 다시 실행해 주세요.',
  SETTINGS_WRITE_FAILED: '설정을 저장하지 못했습니다. 저장 공간과 폴더 권한을 확인해 주세요.',
  INTERNAL: '예상하지 못한 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.',
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;

  constructor(code: ErrorCode, message: string, userMessage: string = defaultUserMessages[code]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
  }

  toData(): ErrorData {
    return { code: this.code, message: this.message, userMessage: this.userMessage };
  }

  static fromData(data: ErrorData): AppError {
    return new AppError(data.code, data.message, data.userMessage);
  }
}

/** Anything thrown becomes wire data; unknown throwables become INTERNAL so nothing leaks as `{}`. */
export function toErrorData(thrown: unknown): ErrorData {
  if (thrown instanceof AppError) return thrown.toData();
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: 'INTERNAL', message, userMessage: defaultUserMessages.INTERNAL };
}
