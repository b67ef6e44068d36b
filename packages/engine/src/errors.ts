/**
 * Engine errors carry the real Alibaba Cloud error envelope: Code, Message, HttpStatus, RequestId.
 * The console shows Code and Message as they are; it never rewords an engine rule.
 */
export class EngineError extends Error {
  readonly Code: string;
  readonly Message: string;
  readonly HttpStatus: number;
  RequestId: string;
  /** The request parameter the error is about, when there is one: lets a form put it next to the field. */
  readonly Field: string | undefined;

  constructor(code: string, message: string, httpStatus = 400, field?: string) {
    super(`${code}: ${message}`);
    this.name = 'EngineError';
    this.Code = code;
    this.Message = message;
    this.HttpStatus = httpStatus;
    this.RequestId = '';
    this.Field = field;
  }

  toJSON(): { Code: string; Message: string; HttpStatus: number; RequestId: string } {
    return { Code: this.Code, Message: this.Message, HttpStatus: this.HttpStatus, RequestId: this.RequestId };
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}

/** Throws an EngineError; reads as a statement at the call site: `fail('X', 'msg', 403)`. */
export function fail(code: string, message: string, httpStatus = 400, field?: string): never {
  throw new EngineError(code, message, httpStatus, field);
}

/** Raised by a storage when a write's expected revision no longer matches what is stored. */
export class StorageConflictError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`Stale revision for ${table}/${id}`);
    this.name = 'StorageConflictError';
  }
}

/** The error a caller sees for a storage conflict: another tab changed the same records first. */
export function conflictError(): EngineError {
  return new EngineError(
    'InvalidOperation.Conflict',
    'The resource was changed by another request (another tab or window). The latest data has been loaded; review it and try again.',
    409,
  );
}
