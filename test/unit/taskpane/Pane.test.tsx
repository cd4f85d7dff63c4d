/**
 * @jest-environment jsdom
 */
import { act, render, screen } from "@testing-library/react";
import { OfficeCallError } from "../../../src/office/office-call";
import { Pane } from "../../../src/taskpane/Pane";
import { FakeMailbox, mailRead } from "./fake-mailbox";

const plainMail = mailRead({
  subject: "Min sygedagpengesag",
  from: { name: "Mette Nielsen", address: "mette.nielsen61@example.com" },
  date: "2025-03-04T08:15:00.000Z",
  headers: { "mime-version": "1.0", "content-type": "text/plain; charset=utf-8" },
  textBody: "Mit cpr-nr. er 070761-4285.",
});

const signedMail = mailRead({
  subject: "Fuldmagt",
  from: { name: "Ida Krogh", address: "ik@krogh-holm.example.dk" },
  headers: { "content-type": 'multipart/signed; protocol="application/pkcs7-signature"' },
});

function statusBadge(): HTMLElement {
  const badge = document.querySelector<HTMLElement>("[data-status]");
  if (!badge) throw new Error("no signature badge on screen");
  return badge;
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe("the task pane", () => {
  it("shows the selected mail's subject, sender and signature state with the deciding signal", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} />);
    expect(screen.getByText("Læser mailen …")).toBeTruthy();
    mailbox.answer(0, plainMail);
    await settle();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Min sygedagpengesag");
    expect(screen.getByTestId("sender").textContent).toBe("Mette Nielsen <mette.nielsen61@example.com>");
    expect(statusBadge().dataset.status).toBe("unsigned");
    expect(statusBadge().textContent).toBe("Hverken signeret eller krypteret");
    expect(screen.getByText("Afgjort ud fra mailens Content-Type-header: text/plain.")).toBeTruthy();
  });

  it("never shows the body: the CPR number in it is not on screen", async () => {
    const mailbox = new FakeMailbox();
    const { container } = render(<Pane lang="da" mailbox={mailbox} />);
    mailbox.answer(0, plainMail);
    await settle();
    expect(container.textContent).not.toContain("4285");
  });

  it("follows the selection when Outlook changes item", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} />);
    mailbox.answer(0, plainMail);
    await settle();
    act(() => mailbox.changeItem());
    expect(screen.getByText("Læser mailen …")).toBeTruthy();
    mailbox.answer(1, signedMail);
    await settle();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Fuldmagt");
    expect(statusBadge().dataset.status).toBe("signed");
  });

  it("shows the last selected mail when reads answer out of order", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} />);
    act(() => mailbox.changeItem());
    mailbox.answer(1, signedMail);
    await settle();
    mailbox.answer(0, plainMail);
    await settle();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Fuldmagt");
  });

  it("says so when no mail is selected", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} />);
    mailbox.answer(0, null);
    await settle();
    expect(screen.getByText("Ingen mail valgt")).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
  });

  it("shows a clear error with the failed call when Outlook cannot give the mail", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} />);
    mailbox.fail(0, new OfficeCallError("item.body.getAsync(text)", 9020, "Generic response error"));
    await settle();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Kanalvagt kunne ikke læse mailen");
    expect(alert.textContent).toContain("item.body.getAsync(text) (Office error 9020)");
  });

  it("explains an unknown signature state by what Outlook could not give", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} />);
    mailbox.answer(0, mailRead({ subject: "Hej", itemClass: "IPM.Note" }, ["headers-unsupported"]));
    await settle();
    expect(statusBadge().dataset.status).toBe("unknown");
    expect(screen.getByText(/kræver Mailbox 1\.8/)).toBeTruthy();
  });

  it("warns when it cannot follow the selection", async () => {
    const mailbox = new FakeMailbox();
    mailbox.refuseToFollow = true;
    render(<Pane lang="da" mailbox={mailbox} />);
    mailbox.answer(0, plainMail);
    await settle();
    expect(screen.getByText(/følger ikke med/)).toBeTruthy();
  });

  it("speaks English when asked", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="en" mailbox={mailbox} />);
    mailbox.answer(0, plainMail);
    await settle();
    expect(statusBadge().textContent).toBe("Neither signed nor encrypted");
    expect(screen.getByText("Decided from the mail's Content-Type header: text/plain.")).toBeTruthy();
  });

  it("tells the user to open it from Outlook when there is no mailbox", () => {
    render(<Pane lang="da" />);
    expect(screen.getByText("Kanalvagt kører i Outlook")).toBeTruthy();
  });
});
