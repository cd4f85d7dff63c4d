import { EmulatedError } from "./graph-error";

/**
 * Switches for what goes wrong: throttling (429 + Retry-After), outages (503/504), slow answers, and mailboxes the
 * caller may not read or may not add categories to. Counted switches ("the next N") make tests exact; timed ones
 * ("for the next N ms") suit the demo. An operation is a request, or one step of a $batch.
 */
export interface FaultSettings {
  /** 429 on every Nth operation (1 = every one). */
  throttleEveryNth?: number;
  /** 429 on the next N operations: a storm. */
  throttleNext?: number;
  /** 429 on every operation for this long. */
  throttleForMs?: number;
  /** The Retry-After Graph sends with a 429 (seconds, default 1). */
  retryAfterSeconds?: number;
  /** 503 (or outageStatus) on the next N operations. */
  outageNext?: number;
  /** 503 (or outageStatus) on every operation for this long. */
  outageForMs?: number;
  outageStatus?: 503 | 504;
  /** Wait this long before answering each HTTP request. */
  delayMs?: number;
  /** Mailboxes whose calls all get 403 ErrorAccessDenied (no consent / no access). */
  deniedMailboxes?: string[];
  /** Mailboxes where adding a master category gets 403 (the caller is only a delegate). */
  categoryCreationDenied?: string[];
}

export class Faults {
  private settings: FaultSettings = {};
  private operations = 0;
  private throttleLeft = 0;
  private outageLeft = 0;
  private throttleUntil = 0;
  private outageUntil = 0;
  throttled = 0;
  outages = 0;

  constructor(private readonly now: () => number = Date.now) {}

  set(settings: FaultSettings): void {
    this.settings = { ...settings };
    this.operations = 0;
    this.throttleLeft = settings.throttleNext ?? 0;
    this.outageLeft = settings.outageNext ?? 0;
    this.throttleUntil = settings.throttleForMs ? this.now() + settings.throttleForMs : 0;
    this.outageUntil = settings.outageForMs ? this.now() + settings.outageForMs : 0;
  }

  get current(): FaultSettings {
    return { ...this.settings };
  }

  get delayMs(): number {
    return this.settings.delayMs ?? 0;
  }

  /** The failure this operation meets, if any; called once per operation, in order. */
  next(mailbox: string | undefined): EmulatedError | undefined {
    this.operations++;
    const now = this.now();
    if (this.outageLeft > 0 || now < this.outageUntil) {
      if (this.outageLeft > 0) this.outageLeft--;
      this.outages++;
      const status = this.settings.outageStatus ?? 503;
      return new EmulatedError(
        status,
        status === 503 ? "ServiceUnavailable" : "GatewayTimeout",
        status === 503
          ? "The service is temporarily unavailable."
          : "The gateway did not receive a timely response.",
      );
    }
    const nth = this.settings.throttleEveryNth;
    if (
      this.throttleLeft > 0 ||
      now < this.throttleUntil ||
      (nth !== undefined && nth > 0 && this.operations % nth === 0)
    ) {
      if (this.throttleLeft > 0) this.throttleLeft--;
      this.throttled++;
      const seconds = this.settings.retryAfterSeconds ?? 1;
      return new EmulatedError(
        429,
        "ApplicationThrottled",
        "Application is over its MailboxConcurrency limit.",
        {
          "Retry-After": String(seconds),
        },
      );
    }
    if (mailbox !== undefined && this.settings.deniedMailboxes?.some((m) => m.toLowerCase() === mailbox)) {
      return new EmulatedError(
        403,
        "ErrorAccessDenied",
        "Access is denied. Check credentials and try again.",
      );
    }
    return undefined;
  }

  mayCreateCategories(mailbox: string): boolean {
    return !this.settings.categoryCreationDenied?.some((m) => m.toLowerCase() === mailbox);
  }
}
