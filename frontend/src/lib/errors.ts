/** The error shape both the desktop app and the browser mode send: see DESIGN.md. */
export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'locked' | 'unavailable' | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
  field?: string;
}

const codes: readonly string[] = ['invalid', 'not_found', 'conflict', 'locked', 'unavailable', 'internal'];

export function isAppError(e: unknown): e is AppError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as AppError).message === 'string' &&
    codes.includes((e as AppError).code)
  );
}

/** Turns anything a call can reject with into an AppError the UI can show. */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return e;
  if (typeof e === 'string') {
    try {
      const parsed: unknown = JSON.parse(e);
      if (isAppError(parsed)) return parsed;
    } catch {
      /* not JSON: fall through */
    }
  }
  if (e instanceof TypeError) {
    return { code: 'unavailable', message: 'AccountDesk cannot be reached. Is it still running?' };
  }
  return { code: 'internal', message: 'Something went wrong. The details are in the log file.' };
}
