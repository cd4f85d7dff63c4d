/**
 * Office's asynchronous result semantics: the callback always runs later (never inside the call), with an
 * AsyncResult whose status is the run-time string office.js uses, and an Office.Error on failure.
 */

// office.js sets these strings at run time; @types/office-js declares a numeric enum, hence the cast.
export const asyncResultStatus = {
  Succeeded: "succeeded",
  Failed: "failed",
} as unknown as typeof Office.AsyncResultStatus;

/** Office's own codes and English texts for the failures the stand-in can produce. */
export const officeErrors = {
  coercionTypeNotSupported: {
    code: 1000,
    name: "Invalid Coercion Type",
    message: "The specified coercion type is not supported.",
  },
  unsupportedEnumeration: {
    code: 5007,
    name: "Unsupported Enumeration",
    message: "The enumeration isn't supported in the current host application.",
  },
  permissionDenied: {
    code: 7000,
    name: "Permission Denied",
    message: "You don't have sufficient permissions for this action.",
  },
  invalidAttachmentId: {
    code: 9003,
    name: "InvalidAttachmentId",
    message: "The attachment ID was invalid.",
  },
  itemChanged: {
    code: 9030,
    name: "APICallFailedDueToItemChange",
    message: "The selected item has been changed.",
  },
  internalServerError: {
    code: 9042,
    name: "InternalServerError",
    message:
      "The Exchange server returned an error. Please look at the diagnostics object for more information.",
  },
  invalidCategory: { code: 9044, name: "InvalidCategory", message: "Invalid categories were provided." },
  duplicateCategory: {
    code: 9045,
    name: "DuplicateCategory",
    message: "One of the categories provided is already in the master category list.",
  },
  apiNotSupportedForSharedFolders: {
    code: 9055,
    name: "APINotSupportedForSharedFolders",
    message: "API not supported for shared folders.",
  },
} satisfies Record<string, Office.Error>;

export type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * Office methods take `(…, options?, callback?)`, a few `(callback, userContext?)`: the callback, when given, is the
 * last function argument.
 */
export function callbackOf<T>(args: unknown[]): AsyncCallback<T> | undefined {
  const last = args.findLast((arg) => typeof arg === "function");
  return last as AsyncCallback<T> | undefined;
}

function asyncContextOf(args: unknown[]): unknown {
  const options = args.find((arg) => typeof arg === "object" && arg !== null);
  return (options as Office.AsyncContextOptions | undefined)?.asyncContext;
}

function later(run: () => void): void {
  setTimeout(run, 0);
}

export function succeed<T>(args: unknown[], value: T): void {
  const callback = callbackOf<T>(args);
  const result = {
    status: asyncResultStatus.Succeeded,
    value,
    asyncContext: asyncContextOf(args),
    diagnostics: undefined,
    error: undefined as unknown as Office.Error,
  } satisfies Office.AsyncResult<T>;
  later(() => callback?.(result));
}

export function fail<T>(args: unknown[], error: Office.Error): void {
  const callback = callbackOf<T>(args);
  const result = {
    status: asyncResultStatus.Failed,
    value: undefined as T,
    asyncContext: asyncContextOf(args),
    diagnostics: undefined,
    error,
  } satisfies Office.AsyncResult<T>;
  later(() => callback?.(result));
}

/** Answers an Office call from a promise: its value, or the Office.Error it rejects with. */
export function settle<T>(args: unknown[], answer: Promise<T>): void {
  answer.then(
    (value) => succeed(args, value),
    (error: unknown) => fail(args, isOfficeError(error) ? error : officeErrors.internalServerError),
  );
}

export function isOfficeError(value: unknown): value is Office.Error {
  return typeof value === "object" && value !== null && typeof (value as Office.Error).code === "number";
}
