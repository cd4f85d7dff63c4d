import type { FetchedAttachment } from "../../../src/core/attachment";
import type { FetchLimits } from "../../../src/office/attachment-content";
import type { Mail } from "../../../src/core/mail";
import type {
  ComposeRead,
  CategoryOutcome,
  CategoryWish,
  ItemActions,
  ItemCapabilities,
  MailboxPort,
  MailRead,
  NewMessage,
  Unsubscribe,
} from "../../../src/office/mailbox-port";

interface PendingRead {
  resolve(read: MailRead | null): void;
  reject(error: Error): void;
}

/** A mailbox whose reads the test answers one by one, in any order, to play slow or failing Outlook calls. */
export class FakeMailbox implements MailboxPort {
  readonly pending: PendingRead[] = [];
  readonly listeners = new Set<() => void>();
  refuseToFollow = false;
  /** Set to play a mail being written: the pane then reads this, as it stands, on every check. */
  composing: ComposeRead | undefined;
  composeReads = 0;

  isComposing(): boolean {
    return this.composing !== undefined;
  }

  readCurrentMail(): Promise<MailRead | null> {
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  }

  readComposedMail(): Promise<ComposeRead> {
    if (!this.composing) return Promise.reject(new Error("nothing is being written"));
    this.composeReads++;
    return Promise.resolve({ ...this.composing, key: `${this.composing.key}-${this.composeReads}` });
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

/** Item actions that record what the pane asked for; each may be told to fail. */
export class FakeActions implements ItemActions {
  can: ItemCapabilities = {
    categories: true,
    masterCategories: "read",
    customProperties: true,
    replyForm: true,
    newMessageForm: true,
  };
  /** Categories the master list lacks (an admin must create them). */
  missing: string[] = [];
  applied: string[][] = [];
  record: string | undefined;
  replies: string[] = [];
  newMessages: NewMessage[] = [];
  failWith: Partial<Record<"categories" | "record" | "reply", Error>> = {};

  applyCategories = (wishes: CategoryWish[]): Promise<CategoryOutcome> => {
    if (this.failWith.categories) return Promise.reject(this.failWith.categories);
    const names = wishes.map((w) => w.name).filter((name) => !this.missing.includes(name));
    this.applied.push(names);
    return Promise.resolve({
      applied: names,
      created: [],
      missing: wishes.map((w) => w.name).filter((n) => this.missing.includes(n)),
    });
  };

  readTriageRecord = (): Promise<string | undefined> => Promise.resolve(this.record);

  saveTriageRecord = (json: string): Promise<void> => {
    if (this.failWith.record) return Promise.reject(this.failWith.record);
    this.record = json;
    return Promise.resolve();
  };

  openReply = (html: string): Promise<void> => {
    if (this.failWith.reply) return Promise.reject(this.failWith.reply);
    this.replies.push(html);
    return Promise.resolve();
  };

  /** What readAttachmentContent answers; attachment i gets `attachmentContent[i]`. */
  attachmentContent: FetchedAttachment[] = [];
  /** The pane's "is this mail still wanted?" of each request for the attachments' content. */
  attachmentRequests: (() => boolean)[] = [];

  readAttachmentContent = (
    _limits: FetchLimits,
    stillWanted: () => boolean,
  ): Promise<FetchedAttachment[]> => {
    this.attachmentRequests.push(stillWanted);
    return Promise.resolve(this.attachmentContent);
  };

  openNewMessage = (message: NewMessage): Promise<void> => {
    if (this.failWith.reply) return Promise.reject(this.failWith.reply);
    this.newMessages.push(message);
    return Promise.resolve();
  };
}

let reads = 0;

export function mailRead(
  mail: Partial<Mail>,
  options: { gaps?: MailRead["gaps"]; actions?: FakeActions; shared?: MailRead["shared"]; key?: string } = {},
): MailRead {
  const read: MailRead = {
    key: options.key ?? `item-${++reads}`,
    mail: { subject: "", to: [], cc: [], headers: {}, attachments: [], ...mail },
    gaps: options.gaps ?? [],
    actions: options.actions ?? new FakeActions(),
  };
  if (options.shared) read.shared = options.shared;
  return read;
}
