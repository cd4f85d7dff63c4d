/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { FetchedAttachment } from "../../../src/core/attachment";
import { DEFAULT_CONFIG } from "../../../src/core/config/default-config";
import type { OutgoingMail } from "../../../src/core/send-guard/decide";
import type { ComposeRead } from "../../../src/office/mailbox-port";
import { checkCompose } from "../../../src/taskpane/engine/compose-check";
import { Pane } from "../../../src/taskpane/Pane";
import { engine } from "./engines";
import { FakeMailbox } from "./fake-mailbox";

const CPR = "070761-4285";
const CITIZEN = "mette.nielsen61@example.com";
const COLLEAGUE = "sagsbehandler@nyborg.dk";
const QUOTE = `-----Oprindelig meddelelse-----\nFra: Mette Nielsen <${CITIZEN}>\nEmne: Min sygedagpengesag\n\nJeg er sygemeldt med stress og depression. Mit cpr-nr. er ${CPR}.`;

function reply(to: string[], body = `Kære Mette\n\nTak for din mail.\n\n${QUOTE}`): OutgoingMail {
  return {
    mail: {
      subject: "SV: Min sygedagpengesag",
      to: to.map((address) => ({ address })),
      cc: [],
      headers: {},
      textBody: body,
      attachments: [],
    },
    bcc: [],
    encryption: "unknown",
  };
}

describe("the send guard's check of a mail being written", () => {
  it("stops a reply to the citizen whose quoted history holds the CPR number, and says so", () => {
    const check = checkCompose({ key: "k", outgoing: reply([CITIZEN]) }, DEFAULT_CONFIG);
    expect(check.decision).toMatchObject({ action: "block", externalRecipients: 1, inQuoted: true });
    expect(check.content?.kinds.find((k) => k.kind === "cpr")).toEqual({
      kind: "cpr",
      count: 1,
      moreThan: false,
      masked: ["070761-****"],
      attachments: [],
      outsideAttachments: true,
    });
    expect(check.external).toEqual([CITIZEN]);
    expect(JSON.stringify(check)).not.toContain("4285");
  });

  it("lets a mail to colleagues only go, but still names what it holds", () => {
    const check = checkCompose({ key: "k", outgoing: reply([COLLEAGUE]) }, DEFAULT_CONFIG);
    expect(check.decision).toEqual({ action: "allow", reason: "internal-only" });
    expect(check.content?.kinds.map((k) => k.kind)).toContain("cpr");
    expect(check.external).toEqual([]);
  });

  it("passes a reply without the quote", () => {
    const check = checkCompose(
      { key: "k", outgoing: reply([CITIZEN], "Kære Mette\n\nTak.") },
      DEFAULT_CONFIG,
    );
    expect(check.decision).toEqual({ action: "allow", reason: "no-findings" });
    expect(check.content).toBeUndefined();
  });
});

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const noFiles = (): Promise<FetchedAttachment[]> => Promise.resolve([]);

function composing(outgoing: OutgoingMail, files = noFiles): FakeMailbox {
  const mailbox = new FakeMailbox();
  mailbox.composing = {
    key: "draft",
    outgoing,
    mailbox: "shared",
    readAttachmentContent: files,
  } satisfies ComposeRead;
  return mailbox;
}

describe("the pane beside a mail being written", () => {
  it("warns that the reply will be stopped, with the CPR number masked and the quote named as the cause", async () => {
    const mailbox = composing(reply([CITIZEN]));
    const view = render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    await settle();
    const compose = screen.getByTestId("compose");
    expect(within(compose).getByTestId("compose-verdict").textContent).toContain(
      "Mailen bliver stoppet, når du trykker Send",
    );
    expect(within(compose).getByTestId("compose-found").textContent).toContain("070761-****");
    expect(within(compose).getByTestId("compose-quoted").textContent).toContain("citerede mail");
    expect(within(compose).getByTestId("compose-external").textContent).toBe(CITIZEN);
    expect(within(compose).getByTestId("compose-advice").textContent).toContain("Digital Post");
    expect(view.container.innerHTML).not.toContain("4285");
    expect(mailbox.pending).toHaveLength(0);
  });

  it("'Tjek igen' reads the mail again: once the quote is gone, it is no longer stopped", async () => {
    const mailbox = composing(reply([CITIZEN]));
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    await settle();
    mailbox.composing = {
      key: "draft",
      outgoing: reply([CITIZEN], "Kære Mette\n\nTak."),
      mailbox: "own",
      readAttachmentContent: noFiles,
    };
    fireEvent.click(screen.getByRole("button", { name: "Tjek igen" }));
    await settle();
    expect(screen.getByTestId("compose-verdict").textContent).toContain("Ingen fortrolige eller følsomme");
    expect(screen.queryByTestId("compose-found")).toBeNull();
    expect(mailbox.composeReads).toBe(2);
  });

  it("reads the attached files as Send would, and names the file that holds the CPR number", async () => {
    const outgoing = reply([CITIZEN], "Kære Mette\n\nHer er afgørelsen.");
    outgoing.mail.attachments = [
      { name: "afgørelse.txt", contentType: "text/plain", size: 60 },
      { name: "foto.png", contentType: "image/png", size: 8 },
    ];
    let handOver: (files: FetchedAttachment[]) => void = () => undefined;
    const files = new Promise<FetchedAttachment[]>((resolve) => (handOver = resolve));
    const view = render(<Pane lang="da" mailbox={composing(outgoing, () => files)} engine={engine} />);
    await settle();
    // Before Outlook hands over the files, the verdict is on the text and the names, and says it is still reading.
    expect(screen.getByTestId("compose-verdict").textContent).toContain("Ingen fortrolige eller følsomme");
    expect(screen.getByTestId("compose-attachments-reading")).toBeTruthy();

    handOver([
      { bytes: new TextEncoder().encode(`Afgørelse\nCPR-nr. ${CPR}`) },
      { bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
    ]);
    await settle();
    expect(screen.getByTestId("compose-verdict").textContent).toContain(
      "Mailen bliver stoppet, når du trykker Send",
    );
    expect(screen.getByTestId("compose-found").textContent).toContain("070761-**** i afgørelse.txt");
    expect(screen.queryByTestId("compose-attachments-reading")).toBeNull();
    expect(screen.getByTestId("compose-not-read").textContent).toContain("foto.png: billede eller scanning");
    expect(view.container.innerHTML).not.toContain("4285");
  });

  it("speaks English, and names data that only colleagues would get", async () => {
    render(<Pane lang="en" mailbox={composing(reply([COLLEAGUE]))} engine={engine} />);
    await settle();
    expect(screen.getByTestId("compose-verdict").textContent).toContain(
      "Sensitive data – but only to recipients in the municipality",
    );
    expect(screen.getByText("Every recipient is in the municipality.")).toBeTruthy();
  });

  it("says so when the mail being written cannot be read", async () => {
    const mailbox = composing(reply([CITIZEN]));
    mailbox.readComposedMail = () => Promise.reject(new Error("Outlook could not complete item.to.getAsync"));
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    await settle();
    expect(screen.getByRole("alert").textContent).toContain("item.to.getAsync");
  });
});
