/**
 * @jest-environment jsdom
 */
// The task pane (jsdom, the real engine in-thread) with the planted mail selected, then with a reply to its sender
// being written. The pane shows the mail's subject and sender as Outlook does, with CPR numbers masked; everything
// else it prints is its own words, kinds, counts and masked values. Its console must stay silent about the mail.
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { OutgoingMail } from "../../src/core/send-guard/decide";
import { Pane } from "../../src/taskpane/Pane";
import { engine } from "../unit/taskpane/engines";
import { FakeMailbox, mailRead, type FakeActions } from "../unit/taskpane/fake-mailbox";
import { CPR, MAIL_OWN_TEXT, findLeaksIn, maskedCpr, paneLeaks, type PaneOutput } from "./planted";
import {
  ATTACHMENT_NAME,
  ATTACHMENT_TEXT,
  BODY_TEXT,
  DISPLAY_NAME,
  REPLY_TO,
  SENDER_ADDRESS,
  SUBJECT,
} from "./planted-mail";

let consoleLines: string[];
let spies: jest.SpyInstance[];

beforeEach(() => {
  consoleLines = [];
  spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
    jest
      .spyOn(console, method)
      .mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(" "))),
  );
});
afterEach(() => spies.forEach((spy) => spy.mockRestore()));

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** The pane's DOM split as paneLeaks reads it, and what its console said. */
function paneOutput(): PaneOutput {
  const clone = document.body.cloneNode(true) as HTMLElement;
  const own = [...clone.querySelectorAll(MAIL_OWN_TEXT)];
  const ownLines = own.map((element) => element.outerHTML);
  for (const element of own) element.remove();
  return { ownLines, restText: clone.textContent ?? "", restHtml: clone.innerHTML, console: consoleLines };
}

const plantedRead = () =>
  mailRead({
    subject: SUBJECT,
    from: { name: DISPLAY_NAME, address: SENDER_ADDRESS },
    to: [{ name: "Borgerservice", address: "borgerservice@nyborg.dk" }],
    date: "2026-02-03T08:15:00.000Z",
    headers: { "content-type": "multipart/mixed", "reply-to": REPLY_TO },
    textBody: BODY_TEXT,
    attachments: [
      {
        name: ATTACHMENT_NAME,
        contentType: "text/plain",
        size: ATTACHMENT_TEXT.length,
        content: { read: true, parts: [{ text: ATTACHMENT_TEXT }] },
      },
    ],
  });

describe("the task pane shows no planted value unmasked", () => {
  it("beside the planted mail, and in what it stores, copies and opens for staff to send", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    const read = plantedRead();
    mailbox.answer(0, read);
    await settle();
    const text = document.body.textContent ?? "";
    // It did analyse the mail: the findings are there, masked.
    expect(text).toContain(maskedCpr(CPR.plain));
    expect(text).toContain(maskedCpr(CPR.substitute));
    expect(paneLeaks(paneOutput())).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Anvend kategorier" }));
    fireEvent.click(screen.getByRole("button", { name: "Kopiér Digital Post-tekst" }));
    await settle();
    fireEvent.click(screen.getByRole("radio", { name: "Kvittering" }));
    fireEvent.click(screen.getByRole("button", { name: "Send kvittering" }));
    await settle();
    const actions = read.actions as FakeActions;
    expect(actions.record).toBeDefined();
    expect(writeText).toHaveBeenCalled();
    expect(actions.newMessages).toHaveLength(1);
    expect([
      ...findLeaksIn([
        { where: "stored record", output: actions.record },
        { where: "categories", output: actions.applied },
        { where: "clipboard", output: writeText.mock.calls },
        // The receipt goes to the sender's address, which it must hold as written; its subject and text nothing.
        { where: "receipt", output: actions.newMessages.map(({ subject, html }) => ({ subject, html })) },
      ]),
      ...paneLeaks(paneOutput()),
    ]).toEqual([]);
  });

  it("in English too", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="en" mailbox={mailbox} engine={engine} />);
    mailbox.answer(0, plantedRead());
    await settle();
    expect(document.body.textContent).toContain(maskedCpr(CPR.grouped));
    expect(paneLeaks(paneOutput())).toEqual([]);
  });

  it("beside a reply to the planted sender being written", async () => {
    const outgoing: OutgoingMail = {
      mail: {
        subject: `SV: ${SUBJECT}`,
        to: [{ address: SENDER_ADDRESS }, { address: REPLY_TO }],
        cc: [],
        headers: {},
        textBody: `Kære Xenia\n\nTak for din mail.\n\n-----Oprindelig meddelelse-----\n${BODY_TEXT}`,
        attachments: [{ name: ATTACHMENT_NAME }],
      },
      bcc: [],
      encryption: "unknown",
    };
    const mailbox = new FakeMailbox();
    mailbox.composing = {
      key: "draft",
      outgoing,
      mailbox: "shared",
      readAttachmentContent: () => Promise.resolve([]),
    };
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    await settle();
    expect(document.body.textContent).toContain(maskedCpr(CPR.plain));
    expect(paneLeaks(paneOutput())).toEqual([]);
  });
});
