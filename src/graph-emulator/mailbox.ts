/** One message as the emulator keeps it: only what the listing needs, so a 200,000-message mailbox stays small. */
export interface StoredMessage {
  id: string;
  /** Epoch ms. */
  received: number;
  from: string;
  isRead: boolean;
  categories: string[];
  conversationId: string;
  hasAttachments: boolean;
  /** Extended properties by id as written. */
  properties: Record<string, string>;
}

/** What only a single-message read needs; made on demand. */
export interface MessageContent {
  subject: string;
  to: string[];
  cc: string[];
  body: { contentType: "html" | "text"; content: string };
  headers: { name: string; value: string }[];
  attachments: StoredAttachment[];
  itemClass: string;
}

/** An attachment as the emulator serves it: Graph's metadata, and the bytes when the source has them. */
export interface StoredAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  /** Graph's kind: a file, an attached Outlook item (served as MIME by $value), or a OneDrive/SharePoint link. */
  kind: "file" | "item" | "reference";
  /** A file's bytes, or an item's MIME; empty when the source has none. */
  bytes?: Uint8Array;
}

/** A mailbox's messages in ascending order of (received, position); a source may compute them instead of storing them. */
export interface MessageSource {
  readonly size: number;
  at(index: number): StoredMessage;
  /** The same as at(index).received, without building the message (binary searches call it often). */
  receivedAt(index: number): number;
  indexOf(id: string): number | undefined;
  content(index: number): MessageContent;
}

export interface MasterCategory {
  id: string;
  displayName: string;
  color: string;
}

/** What PATCH may change; kept beside the source so generated messages need not be stored. */
type Patch = Partial<Pick<StoredMessage, "isRead" | "categories" | "properties">>;

export class Mailbox {
  private readonly patches = new Map<number, Patch>();
  readonly masterCategories: MasterCategory[] = [];

  constructor(
    readonly address: string,
    private readonly source: MessageSource,
  ) {}

  get size(): number {
    return this.source.size;
  }

  message(index: number): StoredMessage {
    const base = this.source.at(index);
    const patch = this.patches.get(index);
    if (patch === undefined) return base;
    return { ...base, ...patch, properties: { ...base.properties, ...patch.properties } };
  }

  indexOf(id: string): number | undefined {
    return this.source.indexOf(id);
  }

  content(index: number): MessageContent {
    return this.source.content(index);
  }

  patch(index: number, change: Patch): void {
    const earlier = this.patches.get(index) ?? {};
    this.patches.set(index, {
      ...earlier,
      ...change,
      properties: { ...earlier.properties, ...change.properties },
    });
  }

  /** First index whose received time is ≥ time (or > time when `after`): binary search, the list is ordered. */
  lowerBound(time: number, after = false): number {
    let lo = 0;
    let hi = this.source.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.source.receivedAt(mid);
      if (t < time || (after && t === time)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
