import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { parseTriageRecord, type TriageRecord } from "../../../src/core/record";
import { buildDocx } from "../../../src/demo/documents/office-writer";
import { textPdf } from "../../../src/demo/documents/pdf-writer";
import { bulkTriage } from "../../../src/graph/bulk-triage";
import { TRIAGE_RECORD_PROPERTY } from "../../../src/graph/properties";
import { ListedMailbox } from "../../../src/graph-emulator/listed-mailbox";
import { Mailbox, type StoredAttachment } from "../../../src/graph-emulator/mailbox";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, END, start } from "../graph/harness";
import { MemoryCheckpoints } from "./memory-checkpoints";

jest.setTimeout(60_000);

const BOX = "borgerservice@nyborg.dk";
const CPR_LINE = "CPR-nr. 070761-4285";
const bytes = (text: string) => new TextEncoder().encode(text);

function attachment(
  id: string,
  name: string,
  kind: StoredAttachment["kind"],
  content: Uint8Array,
): StoredAttachment {
  const contentType = kind === "item" ? "message/rfc822" : "application/octet-stream";
  return { id, name, contentType, size: content.byteLength, isInline: false, kind, bytes: content };
}

/** A message whose own text says nothing sensitive: whatever is found comes from its attachments. */
function message(index: number, attachments: StoredAttachment[]) {
  const id = `AAMkMsg${index}`;
  return {
    message: {
      id,
      received: END.getTime() - (10 - index) * 3_600_000,
      from: "borger@example.com",
      isRead: false,
      categories: [],
      conversationId: `AAQk${index}`,
      hasAttachments: attachments.length > 0,
      properties: {},
    },
    content: {
      subject: "Dokumentation",
      to: [BOX],
      cc: [],
      body: { contentType: "text" as const, content: "Hej\n\nHermed dokumentationen.\n\nMvh Borger" },
      headers: [],
      attachments,
      itemClass: "IPM.Note",
    },
  };
}

const FORWARDED = [
  "From: Klinik <klinik@example.dk>",
  "To: borger@example.com",
  "Subject: Lægeerklæring",
  "Content-Type: text/plain; charset=utf-8",
  "",
  `Patienten har en svær depression. ${CPR_LINE}`,
].join("\r\n");

describe("bulk triage reads attachments over Graph (the emulator over HTTP)", () => {
  let running: RunningEmulator;
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = new Mailbox(
      BOX,
      new ListedMailbox([
        message(0, [attachment("a1", "lønseddel.pdf", "file", textPdf(`Lønseddel marts\n${CPR_LINE}`))]),
        message(1, [
          attachment("a1", "Lægeerklæring", "item", bytes(FORWARDED)),
          attachment("a2", "Sagsmappe", "reference", new Uint8Array()),
        ]),
        message(2, [attachment("a1", "ansøgning.docx", "file", buildDocx("Jeg søger om hjælp."))]),
        message(3, [
          attachment("a1", "skadet.pdf", "file", bytes("%PDF-1.7\n1 0 obj << /Length 99 >>\nstream\n")),
        ]),
      ]),
    );
    running = await start([mailbox]);
  });
  afterAll(() => running.close());

  function record(index: number): TriageRecord | undefined {
    const stored = mailbox.message(index).properties[TRIAGE_RECORD_PROPERTY];
    return stored === undefined ? undefined : parseTriageRecord(stored);
  }

  it("finds the CPR number in a PDF file and in an attached mail, and triages a mail whose attachment is damaged", async () => {
    const { client: graph } = client(running);
    const result = await bulkTriage(
      { mailbox: BOX, since: new Date(END.getTime() - 86_400_000), until: END },
      { client: graph, config: DEFAULT_CONFIG, checkpoints: new MemoryCheckpoints(), now: () => END },
    );
    expect(result.status).toBe("done");
    expect(result.counts).toMatchObject({ seen: 4, triaged: 4, engineFailed: 0 });
    expect(record(0)?.kinds.cpr).toBe(1);
    expect(record(1)?.kinds.cpr).toBe(1);
    expect(record(1)?.sensitivity).toBe("foelsomme");
    expect(record(2)?.kinds.cpr).toBeUndefined();
    expect(record(3)?.kinds).toEqual({});
  });
});
