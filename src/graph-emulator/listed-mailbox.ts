import type { MessageContent, MessageSource, StoredMessage } from "./mailbox";

export interface ListedMessage {
  message: StoredMessage;
  content: MessageContent;
}

/** A mailbox of messages held in memory (the corpus), ordered by received time as every source must be. */
export class ListedMailbox implements MessageSource {
  private readonly items: ListedMessage[];
  private readonly byId: Map<string, number>;

  constructor(items: readonly ListedMessage[]) {
    this.items = [...items].sort(
      (a, b) => a.message.received - b.message.received || (a.message.id < b.message.id ? -1 : 1),
    );
    this.byId = new Map(this.items.map((item, index) => [item.message.id, index]));
  }

  get size(): number {
    return this.items.length;
  }

  private item(index: number): ListedMessage {
    const item = this.items[index];
    if (item === undefined) throw new RangeError(`no message at ${index}`);
    return item;
  }

  at(index: number): StoredMessage {
    return this.item(index).message;
  }

  receivedAt(index: number): number {
    return this.item(index).message.received;
  }

  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  content(index: number): MessageContent {
    return this.item(index).content;
  }
}
