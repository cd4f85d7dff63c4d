/** An answer in Graph's error shape: {"error":{"code","message","innerError":{date, request-id, client-request-id}}}. */
export class EmulatedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(requestId: string): unknown {
    return {
      error: {
        code: this.code,
        message: this.message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d{3}Z$/, ""),
          "request-id": requestId,
          "client-request-id": requestId,
        },
      },
    };
  }
}

export const badRequest = (code: string, message: string): EmulatedError =>
  new EmulatedError(400, code, message);
