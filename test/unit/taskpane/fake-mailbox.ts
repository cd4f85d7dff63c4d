import type { Mail } from "../../../src/core/mail";
import type { MailboxPort, MailRead, Unsubscribe } from "../../../src/office/mailbox-port";

interface PendingRead {
  resolve(read: MailRead | null): void;
  reject(error: Error): void;
}

/** A mailbox whose reads the test answers one by one, in any order, to play slow or failing Outlook calls. */
export class FakeMailbox implements MailboxPort {
  readonly pending: PendingRead[] = [];
  readonly listeners = new Set<() => void>();
  refuseToFollow = false;

  readCurrentMail(): Promise<MailRead | null> {
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  }

  onItemChanged(listener: () => void): Promise<Unsubscribe> {
    if (this.refuseToFollow) return Promise.reject(new Error("refused"));
    this.listeners.add(listener);
    return Promise.resolve(() => {
      this.listeners.delete(listener);
      return Promise.resolve();
    });
  }

  /** Outlook selected another item. */
  changeItem(): void {
    for (const listener of this.listeners) listener();
  }

  answer(index: number, read: MailRead | null): void {
    this.read(index).resolve(read);
  }

  fail(index: number, error: Error): void {
    this.read(index).reject(error);
  }

  private read(index: number): PendingRead {
    const pending = this.pending[index];
    if (!pending) throw new Error(`No read number ${index} was asked for`);
    return pending;
  }
}

export function mailRead(mail: Partial<Mail>, gaps: MailRead["gaps"] = []): MailRead {
  return { mail: { subject: "", to: [], cc: [], headers: {}, attachments: [], ...mail }, gaps };
}
