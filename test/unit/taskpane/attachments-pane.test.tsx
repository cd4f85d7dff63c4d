/**
 * @jest-environment jsdom
 */
import { act, render, screen, within } from "@testing-library/react";
import type { FetchedAttachment } from "../../../src/core/attachment";
import { Pane } from "../../../src/taskpane/Pane";
import { ManualEngine } from "./engines";
import { FakeActions, FakeMailbox, mailRead } from "./fake-mailbox";

const CPR = "070761-4285";
const text = (value: string): FetchedAttachment => ({ bytes: new TextEncoder().encode(value) });
const PNG = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };

function mailWithAttachments(content: FetchedAttachment[]) {
  const actions = new FakeActions();
  actions.attachmentContent = content;
  return mailRead(
    {
      subject: "Lønsedler",
      from: { name: "Sofie Andersen", address: "sofie@example.net" },
      headers: { "content-type": "multipart/mixed" },
      textBody: "Hej\n\nHermed mine lønsedler.\n\nSofie",
      attachments: [
        { name: "lønseddel.txt", contentType: "text/plain", size: 40 },
        { name: "foto.png", contentType: "image/png", size: 8 },
        { name: "Budget.xlsx", contentType: "application/octet-stream", size: 10 },
      ],
    },
    { actions },
  );
}

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

describe("the task pane: attachments", () => {
  it("shows the first verdict at once, then the findings inside the attachments, masked, and what it could not read", async () => {
    const mailbox = new FakeMailbox();
    const slow = new ManualEngine();
    const view = render(<Pane lang="da" mailbox={mailbox} engine={slow} />);
    mailbox.answer(
      0,
      mailWithAttachments([text(`Lønseddel marts\nCPR-nr. ${CPR}`), PNG, { notRead: "cloud" }]),
    );
    await settle();
    expect(slow.pending[0]?.request.attachments).toBeUndefined();
    slow.finish(0);
    await settle();
    // The verdict on the mail itself is on screen while the attachments are still being read.
    expect(screen.getByTestId("triage")).toBeTruthy();
    expect(screen.getByText("Læser de vedhæftede filer …")).toBeTruthy();
    expect(screen.getByTestId("findings").textContent).not.toContain("070761");

    expect(slow.pending[1]?.request.attachments).toHaveLength(3);
    slow.finish(1);
    await settle();
    expect(screen.queryByText("Læser de vedhæftede filer …")).toBeNull();
    expect(screen.getByTestId("findings").textContent).toContain("070761-**** i lønseddel.txt");
    const notRead = within(screen.getByTestId("attachments-not-read"));
    expect(notRead.getByText(/foto\.png: billede eller scanning/)).toBeTruthy();
    expect(notRead.getByText(/Budget\.xlsx: et link til en fil i OneDrive/)).toBeTruthy();
    expect(screen.getByTestId("sensitive-warning")).toBeTruthy();
    expect(view.container.innerHTML).not.toContain("4285");
  });

  it("stops fetching attachments once staff select another mail, and never shows their verdict on it", async () => {
    const mailbox = new FakeMailbox();
    const slow = new ManualEngine();
    render(<Pane lang="da" mailbox={mailbox} engine={slow} />);
    const first = mailWithAttachments([text(`CPR-nr. ${CPR}`), PNG, PNG]);
    mailbox.answer(0, first);
    await settle();
    const [stillWanted] = (first.actions as FakeActions).attachmentRequests;
    expect(stillWanted?.()).toBe(true);
    act(() => mailbox.changeItem());
    expect(stillWanted?.()).toBe(false);
    mailbox.answer(1, mailRead({ subject: "Flytning", textBody: "Hvordan melder vi flytning?" }));
    await settle();
    for (let i = 0; i < slow.pending.length; i++) slow.finish(i);
    await settle();
    expect(slow.pending.filter((job) => job.request.attachments !== undefined)).toHaveLength(0);
    expect(screen.getByTestId("subject").textContent).toBe("Flytning");
    expect(screen.queryByTestId("attachment-state")).toBeNull();
  });

  it("says plainly when reading the attachments failed, and keeps the verdict on the mail", async () => {
    const mailbox = new FakeMailbox();
    const slow = new ManualEngine();
    render(<Pane lang="en" mailbox={mailbox} engine={slow} />);
    mailbox.answer(0, mailWithAttachments([text("x"), PNG, PNG]));
    await settle();
    slow.finish(0);
    await settle();
    slow.fail(1, new Error("Kanalvagt's analysis took longer than 30 s and was stopped."));
    await settle();
    expect(screen.getByTestId("triage")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe(
      "Kanalvagt could not read the attachments. Open them and check them yourself.",
    );
  });
});
