import type { OfficeApi } from "../../../src/office/office-api";
import { connectOutlook } from "../../../src/office/office-mailbox";
import { composeStandIn, type OutgoingDraft } from "../commands/send-guard/compose-standin";

/** The pane's Outlook session over an office.js-shaped compose form (the send guard's stand-in, typed by office-js). */
function paneBeside(draft: OutgoingDraft) {
  const { office, calls } = composeStandIn(draft);
  const item = office.context.mailbox?.item as { body: object };
  // A compose body can be written to; that is how the pane tells a mail being written from one read.
  Object.assign(item.body, { setAsync: () => undefined });
  const mailbox = connectOutlook(office as unknown as OfficeApi).mailbox!;
  return { mailbox, calls };
}

const LIMITS = { maxAttachments: 20, maxBytes: 1000 };

describe("the files added to a mail being written, for the pane", () => {
  it("fetches each file's content with getAttachmentContentAsync, and leaves a cloud link unread", async () => {
    const { mailbox, calls } = paneBeside({
      to: ["mette@example.com"],
      attachments: [
        { name: "afgørelse.txt", content: new TextEncoder().encode("CPR-nr. 070761-4285") },
        { name: "mappe", content: "", attachmentType: "cloud" },
      ],
    });
    expect(mailbox.isComposing()).toBe(true);
    const read = await mailbox.readComposedMail();
    expect(read.outgoing.mail.attachments.map((a) => a.name)).toEqual(["afgørelse.txt", "mappe"]);
    const fetched = await read.readAttachmentContent(LIMITS, () => true);
    expect(fetched).toHaveLength(2);
    const [file, cloud] = fetched;
    expect(file && "bytes" in file && new TextDecoder().decode(file.bytes)).toBe("CPR-nr. 070761-4285");
    expect(cloud).toEqual({ notRead: "cloud" });
    expect(calls.filter((call) => call === "attachmentContent")).toHaveLength(1);
  });

  it("fetches nothing where the client has no Mailbox 1.8, which cannot list the files either", async () => {
    const { mailbox } = paneBeside({
      mailbox: "1.7",
      attachmentNames: ["a.docx"],
    });
    const read = await mailbox.readComposedMail();
    expect(read.outgoing.mail.attachments).toEqual([]);
    expect(await read.readAttachmentContent(LIMITS, () => true)).toEqual([]);
  });
});
