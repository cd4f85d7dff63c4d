import { withAttachmentContentWith } from "../../attachments/attachment-reading";
import { attachmentExtractor } from "../../attachments/extractor";
import type { FetchedAttachment } from "../../core/attachment";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../core/config/attachment-limit-defaults";
import type { AttachmentLimits } from "../../core/config/attachment-limits";
import type { AttachmentInfo, Mail } from "../../core/mail";
import { notRead } from "../../attachments/outcome";
import { fetchEach, type ContentFetch } from "../../office/attachment-content";
import { composeCall, type ComposeItem, type ComposeOffice } from "../../office/read-outgoing";

/**
 * The send guard's limits on attachments, tighter than the pane's: it reads while the user waits, starts cold on
 * every Send in classic Outlook, and the engine's time grows with the text. Per file at most 10 MB, 30 MB inflated and
 * a million characters of text (some 300 pages); a file beyond one is named as not checked ("for stor").
 */
export const SEND_GUARD_ATTACHMENT_LIMITS: AttachmentLimits = {
  ...DEFAULT_ATTACHMENT_LIMITS,
  maxBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 30 * 1024 * 1024,
  maxTextChars: 1_000_000,
};

/** The guard's limits: its own defaults, with those the configuration's `sendGuard.attachments` sets. */
export function sendGuardAttachmentLimits(configured?: Partial<AttachmentLimits>): AttachmentLimits {
  return { ...SEND_GUARD_ATTACHMENT_LIMITS, ...configured };
}

/** Text read from all attachments together, after which the rest are named as not checked: the engine's share. */
export const SEND_GUARD_TOTAL_CHARS = 2_000_000;

/**
 * Every format but PDF and attached mails: pdf.js is megabytes, and launchevent.js loads on every Send in classic
 * Outlook; the .eml reader needs Blob, which that runtime lacks. Both are named as not checked.
 */
const READERS = { extract: attachmentExtractor() };

/**
 * The outgoing mail with its attachments' content read (Mailbox 1.8: getAttachmentContentAsync works in compose
 * too), for the engine to check like the body. One file at a time is fetched and read, so only one is held at once.
 * Before each, `stillInTime` is asked and the text read so far counted; once either says stop, the files left are
 * marked "limit" unread, so the guard still decides within its deadline and names them as not checked. Without the call every attachment is "unsupported".
 * The Office calls have no timer of their own (see composeCall): the guard's one deadline covers a call that never
 * answers.
 */
export async function withOutgoingAttachments(
  office: ComposeOffice,
  item: Pick<ComposeItem, "getAttachmentContentAsync">,
  mail: Mail,
  details: readonly Office.AttachmentDetailsCompose[],
  stillInTime: () => boolean,
  limits: AttachmentLimits = SEND_GUARD_ATTACHMENT_LIMITS,
): Promise<Mail> {
  const readOne = async (fetched: FetchedAttachment, info: AttachmentInfo): Promise<AttachmentInfo[]> =>
    (await withAttachmentContentWith(READERS, { ...mail, attachments: [info] }, [fetched], limits))
      .attachments;
  const get = item.getAttachmentContentAsync;
  if (!get || !office.context.requirements.isSetSupported("Mailbox", "1.8")) {
    const unsupported = mail.attachments.map((info) => readOne({ notRead: "unsupported" }, info));
    return { ...mail, attachments: (await Promise.all(unsupported)).flat() };
  }
  const fetch: ContentFetch = (id) =>
    composeCall<Office.AttachmentContent>(office, "item.getAttachmentContentAsync", (callback) =>
      get.call(item, id, callback),
    );
  const read: AttachmentInfo[][] = [];
  let chars = 0;
  const goOn = (): boolean => chars < SEND_GUARD_TOTAL_CHARS && stillInTime();
  await fetchEach(details, limits, fetch, goOn, async (fetched, i) => {
    const info = mail.attachments[i];
    if (!info) return;
    read[i] = await readOne(fetched, info);
    chars += read[i].reduce((sum, one) => sum + textLength(one), 0);
  });
  // Those the clock left unfetched are named as not checked, never read as empty.
  const attachments = mail.attachments.flatMap(
    (info, i) => read[i] ?? [{ ...info, content: notRead("limit") }],
  );
  return { ...mail, attachments };
}

function textLength({ content }: AttachmentInfo): number {
  return (content?.parts ?? []).reduce((sum, part) => sum + part.text.length, 0);
}
