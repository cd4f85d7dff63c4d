import { fetchAttachmentContent } from "../../../src/office/attachment-content";
import type { OfficeApi, OfficeItemRead } from "../../../src/office/office-api";

const office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: { requirements: { isSetSupported: () => true } },
} as unknown as OfficeApi;

type Answer = { format: string; content: string } | "fails";

/** An item whose getAttachmentContentAsync answers as Office.js does: later, through the callback. */
function item(attachments: { attachmentType?: string; size?: number }[], answers: Record<string, Answer>) {
  const asked: string[] = [];
  const read = (id: string, callback: (result: Office.AsyncResult<unknown>) => void): void => {
    asked.push(id);
    const answer = answers[id];
    setTimeout(() =>
      callback(
        answer === "fails" || answer === undefined
          ? ({ status: "failed", error: { code: 9003, message: "The attachment ID was invalid." } } as never)
          : ({ status: "succeeded", value: answer } as never),
      ),
    );
  };
  const details = attachments.map((a, i) => ({ id: `a${i}`, size: 10, attachmentType: "file", ...a }));
  return {
    asked,
    item: { attachments: details, getAttachmentContentAsync: read } as unknown as OfficeItemRead,
  };
}

const LIMITS = { maxAttachments: 20, maxBytes: 1000 };

describe("fetching attachment content from Outlook (getAttachmentContentAsync)", () => {
  it("decodes base64 files, keeps attached mail and meetings as text with their type, and leaves cloud links unread", async () => {
    const { item: message } = item([{}, { attachmentType: "item" }, {}, { attachmentType: "cloud" }], {
      a0: { format: "base64", content: btoa("CPR-nr. 070761-4285") },
      a1: { format: "eml", content: "Subject: Hej\r\n\r\nTekst" },
      a2: { format: "iCalendar", content: "BEGIN:VCALENDAR" },
    });
    const fetched = await fetchAttachmentContent(office, message, LIMITS, () => true);
    expect(fetched).toEqual([
      { bytes: new TextEncoder().encode("CPR-nr. 070761-4285") },
      { bytes: new TextEncoder().encode("Subject: Hej\r\n\r\nTekst"), contentType: "message/rfc822" },
      { bytes: new TextEncoder().encode("BEGIN:VCALENDAR"), contentType: "text/calendar" },
      { notRead: "cloud" },
    ]);
  });

  it("does not fetch files over the size or count limit, and marks one Outlook refuses without losing the rest", async () => {
    const ok = { format: "base64", content: btoa("tekst") };
    const { item: message, asked } = item([{ size: 5000 }, {}, {}, {}], { a1: "fails", a2: ok, a3: ok });
    const fetched = await fetchAttachmentContent(
      office,
      message,
      { ...LIMITS, maxAttachments: 3 },
      () => true,
    );
    expect(fetched.map((f) => ("notRead" in f ? f.notRead : "read"))).toEqual([
      "too-large",
      "damaged",
      "read",
      "limit",
    ]);
    expect(asked).toEqual(["a1", "a2"]);
  });

  it("stops asking Outlook once the mail is no longer wanted", async () => {
    const ok = { format: "base64", content: btoa("tekst") };
    const { item: message, asked } = item([{}, {}, {}], { a0: ok, a1: ok, a2: ok });
    let wanted = true;
    const fetching = fetchAttachmentContent(office, message, LIMITS, () => wanted);
    wanted = false;
    await fetching;
    expect(asked).toEqual(["a0"]);
  });
});
