import { z } from 'zod';

/** Every error that crosses a process boundary carries one of these codes. */
export const errorCodeSchema = z.enum([
  'VALIDATION_FAILED',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'TRANSPORT_CLOSED',
  'SETTINGS_WRITE_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'FILE_NOT_FOUND',
  'MEDIA_EMPTY',
  'MEDIA_UNSUPPORTED',
  'MEDIA_CORRUPT',
  'MEDIA_TOO_LARGE',
  'DISK_FULL',
  'WRITE_FAILED',
  'FILE_EXISTS',
  'NOT_A_FILE',
  'DATA_DIR_LOCKED',
  'READ_ONLY',
  'BACKUP_INVALID',
  'BACKUP_NEWER_SCHEMA',
  'CANCELLED',
  'INFERENCE_CRASHED',
  'MODEL_LOAD_FAILED',
  'MODEL_INVALID',
  'DOWNLOAD_FAILED',
  'CHECKSUM_MISMATCH',
  'GENERATION_FAILED',
  'INSUFFICIENT_MEMORY',
  'AUDIO_UNSUPPORTED',
  'VIDEO_FAILED',
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
  VALIDATION_FAILED: '입력값이 올바르지 않아요. 내용을 확인한 뒤 다시 시도해 주세요.',
  UNKNOWN_METHOD: '앱이 알지 못하는 요청이에요. 앱을 최신 버전으로 다시 실행해 주세요.',
  UNAUTHORIZED: '접근 권한이 없어요. 앱이 알려준 주소로 다시 열어 주세요.',
  TRANSPORT_CLOSED: '앱과의 연결이 끊어졌어요. 창을 새로 고치거나 앱을 다시 실행해 주세요.',
  SETTINGS_WRITE_FAILED: '설정을 저장하지 못했어요. 저장 공간과 폴더 권한을 확인해 주세요.',
  NOT_FOUND: '찾는 항목이 없어요. 이미 삭제되었을 수 있어요.',
  CONFLICT: '다른 항목이 사용 중이라 지금은 처리할 수 없어요.',
  FILE_NOT_FOUND: '파일을 찾을 수 없어요. 파일이 옮겨졌거나 삭제되었는지 확인해 주세요.',
  MEDIA_EMPTY: '빈 파일이에요. 사진 파일을 다시 골라 주세요.',
  MEDIA_UNSUPPORTED: '지원하지 않는 파일 형식이에요. JPEG, PNG, WebP 사진을 올려 주세요.',
  MEDIA_CORRUPT: '사진 파일이 손상되어 열 수 없어요. 원본 사진을 다시 내보내 올려 주세요.',
  MEDIA_TOO_LARGE: '사진이 너무 커요. 크기를 줄여서 다시 올려 주세요.',
  DISK_FULL: '저장 공간이 부족해요. 디스크 공간을 확보한 뒤 다시 시도해 주세요.',
  WRITE_FAILED: '파일을 저장하지 못했어요. 저장할 폴더가 있는지, 쓰기 권한이 있는지 확인해 주세요.',
  FILE_EXISTS: '같은 이름의 파일이 이미 있어요. 덮어쓸지 정하거나 다른 이름을 골라 주세요.',
  NOT_A_FILE: '일반 파일만 가져올 수 있어요. 바로가기·장치·특수 파일 말고 사진 파일 자체를 골라 주세요.',
  DATA_DIR_LOCKED: '다른 AdStudio가 이 데이터 폴더를 쓰고 있어요. 그 창이나 명령을 닫은 뒤 다시 시도해 주세요.',
  READ_ONLY: '저장 공간이 부족해서 지금은 보기만 할 수 있어요. 디스크 공간을 확보하면 다시 저장할 수 있어요.',
  BACKUP_INVALID: '백업 폴더가 올바르지 않아요. AdStudio로 만든 백업 폴더를 골라 주세요.',
  BACKUP_NEWER_SCHEMA: '더 새로운 버전의 AdStudio로 만든 백업이에요. 앱을 업데이트한 뒤 복원해 주세요.',
  CANCELLED: '작업을 취소했어요.',
  INFERENCE_CRASHED: 'AI 엔진이 예기치 않게 멈췄어요. 엔진을 다시 시작했으니 한 번 더 시도해 주세요.',
  MODEL_LOAD_FAILED: 'AI 모델을 불러오지 못했어요. 기본 문구 작성기로 계속해요.',
  MODEL_INVALID: '모델 파일이 올바르지 않아요. 파일이 끝까지 복사되었는지, 지원하는 형식(GGUF, ONNX 폴더)인지 확인해 주세요.',
  DOWNLOAD_FAILED: '모델을 내려받지 못했어요. 인터넷 연결을 확인한 뒤 이어받기를 눌러 주세요.',
  CHECKSUM_MISMATCH: '내려받은 파일이 원본과 달라 지웠어요. 다시 내려받아 주세요.',
  GENERATION_FAILED: '광고를 만들지 못했어요. 요청을 조금 바꿔서 다시 시도해 주세요.',
  INSUFFICIENT_MEMORY: '메모리가 부족해서 이 작업을 할 수 없어요. 다른 프로그램을 닫거나 더 작은 크기·빠른 설정으로 다시 시도해 주세요.',
  AUDIO_UNSUPPORTED: '음악 파일을 읽을 수 없어요. 파일이 손상되지 않았는지 확인하고 MP3, M4A(AAC), WAV 파일로 다시 골라 주세요.',
  VIDEO_FAILED: '영상을 만들지 못했어요. 길이나 템플릿을 바꿔서 다시 시도해 주세요.',
  INTERNAL: '예상하지 못한 오류가 생겼어요. 잠시 후 다시 시도해 주세요.',
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
