/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { OfficeCallError } from "../../../src/office/office-call";
import { triageForPane, type PaneTriage, type TriageRequest } from "../../../src/taskpane/engine/pane-triage";
import type { TriageEngine } from "../../../src/taskpane/engine/triage-engine";
import { Pane } from "../../../src/taskpane/Pane";
import { engine, ManualEngine } from "./engines";
import { FakeActions, FakeMailbox, mailRead } from "./fake-mailbox";

const CPR = "070761-4285";

const cprMail = () =>
  mailRead({
    subject: "Min sygedagpengesag",
    from: { name: "Mette Nielsen", address: "mette.nielsen61@example.com" },
    date: "2025-03-04T08:15:00.000Z",
    headers: { "mime-version": "1.0", "content-type": "text/plain; charset=utf-8" },
    textBody: `Hej\n\nJeg er sygemeldt med stress og depression. Mit cpr-nr. er ${CPR}.\n\nKan I hjælpe mig med min sag?\n\nMette`,
  });

const signedMail = () =>
  mailRead({
    subject: "Fuldmagt",
    from: { name: "Ida Krogh", address: "ik@krogh-holm.example.dk" },
    headers: { "content-type": 'multipart/signed; protocol="application/pkcs7-signature"' },
    textBody: "Kære Borgerservice\n\nHermed fuldmagt i sagen om boligstøtte.\n\nIda Krogh",
  });

const movingMail = () =>
  mailRead({
    subject: "Hvordan melder vi flytning?",
    from: { name: "Jonas Bech", address: "jonas.bech@example.net" },
    headers: { "content-type": "text/plain" },
    textBody: "Hej\n\nVi flytter til Nyborg. Hvordan melder vi flytning?\n\nJonas",
  });

function statusBadge(): HTMLElement {
  const badge = document.querySelector<HTMLElement>("[data-status]");
  if (!badge) throw new Error("no signature badge on screen");
  return badge;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function showMail(read = cprMail(), lang: "da" | "en" = "da") {
  const mailbox = new FakeMailbox();
  const view = render(<Pane lang={lang} mailbox={mailbox} engine={engine} />);
  mailbox.answer(0, read);
  await settle();
  return { mailbox, view, read, actions: read.actions as FakeActions };
}

beforeEach(() => {
  engine.requests.length = 0;
});

describe("the task pane: what the mail is and whether it is safe", () => {
  it("shows the mail's subject, sender and signature state with the deciding signal", async () => {
    await showMail();
    expect(screen.getByTestId("subject").textContent).toBe("Min sygedagpengesag");
    expect(screen.getByTestId("sender").textContent).toBe("Mette Nielsen <mette.nielsen61@example.com>");
    expect(statusBadge().dataset.status).toBe("unsigned");
    expect(statusBadge().textContent).toBe("Hverken signeret eller krypteret");
    expect(
      screen.getByText(
        "Vi har aflæst det i de tekniske oplysninger, som afsenderens mailprogram skriver i mailen.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/Mailen er ikke signeret: vi kan ikke vide, hvem der har sendt den/),
    ).toBeTruthy();
  });

  it("masks CPR numbers in the subject, the sender's name and address and the attachment names", async () => {
    const { view } = await showMail(
      mailRead({
        subject: "Sag 0707614285",
        from: { name: "Mette 070761-4285", address: "0707614285@example.com" },
        headers: { "content-type": "text/plain" },
        textBody: "Hej, se vedhæftet.",
        attachments: [{ name: "cpr 070761 4285.pdf", size: 1000 }],
      }),
    );
    expect(screen.getByTestId("subject").textContent).toBe("Sag 070761-****");
    expect(screen.getByTestId("sender").textContent).toBe("Mette 070761-**** <070761-****@example.com>");
    expect(screen.getByTestId("attachments").textContent).toBe("cpr 070761-****.pdf");
    expect(view.container.innerHTML).not.toMatch(/4285/);
  });

  it("tells the admin which configuration values are missing and that replies leave their lines out", async () => {
    await showMail();
    expect(screen.getByText("Til administrator: indstillinger mangler")).toBeTruthy();
    expect(screen.getByText(/municipality\.phone, municipality\.bookingUrl/)).toBeTruthy();
  });

  it("puts the warning and the recommended answer before the assessment, and the mail's details last", async () => {
    await showMail();
    const order = ["sensitive-warning", "reply", "assessment", "mail-summary"].map((id) =>
      screen.getByTestId(id),
    );
    for (let i = 1; i < order.length; i++) {
      const before = order[i - 1]!;
      expect(before.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it("warns about sensitive data in an unsecured mail, with the CPR number masked and never in full", async () => {
    const { view } = await showMail();
    const warning = screen.getByTestId("sensitive-warning");
    expect(warning.textContent).toContain("Følsomme oplysninger i en usikker mail");
    expect(warning.textContent).toContain("070761-****");
    expect(warning.textContent).toContain("svarer i Digital Post fra fagsystemet");
    expect(view.container.innerHTML).not.toMatch(/4285/);
  });

  it("lists the findings by kind, masked, with where each stands", async () => {
    await showMail();
    const findings = screen.getByTestId("findings");
    expect(within(findings).getByText("CPR-nummer")).toBeTruthy();
    expect(findings.textContent).toContain("070761-**** i brødteksten");
    expect(within(findings).getByText("Følsomme oplysninger")).toBeTruthy();
  });

  it("gives handling, topic and sender with confidence and a 'Hvorfor?' disclosure of the reasons", async () => {
    await showMail();
    const assessment = screen.getByTestId("assessment");
    expect(assessment.textContent).toMatch(/Behandling\s*Sag\s*\d+ % sikker/);
    const why = within(assessment).getAllByText("Hvorfor?");
    expect(why).toHaveLength(3);
    const details = why[0]!.closest("details")!;
    expect(details.open).toBe(false);
    expect(details.querySelectorAll("li").length).toBeGreaterThan(0);
  });

  it("shows no warning for a signed mail without sensitive data", async () => {
    await showMail(signedMail());
    expect(screen.queryByTestId("sensitive-warning")).toBeNull();
    expect(statusBadge().dataset.status).toBe("signed");
  });

  it("speaks English when Outlook does", async () => {
    await showMail(cprMail(), "en");
    expect(screen.getByText("Sensitive data in an unprotected mail")).toBeTruthy();
    expect(statusBadge().textContent).toBe("Neither signed nor encrypted");
  });
});

describe("the task pane: the recommended reply", () => {
  it("previews the Digital Post text and copies it to the clipboard", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await showMail();
    expect(screen.getByTestId("preview").textContent).toContain("Tak for din henvendelse");
    fireEvent.click(screen.getByRole("button", { name: "Kopiér Digital Post-tekst" }));
    await settle();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("Kære Mette Nielsen"));
    expect((writeText.mock.calls[0] as string[])[0]).not.toMatch(/4285/);
    expect(screen.getByText("Teksten er kopieret. Sæt den ind i fagsystemet.")).toBeTruthy();
  });

  it("shows the text selected for Ctrl+C when the add-in frame blocks the clipboard", async () => {
    Object.assign(navigator, { clipboard: { writeText: jest.fn().mockRejectedValue(new Error("blocked")) } });
    document.execCommand = jest.fn().mockReturnValue(false);
    await showMail();
    fireEvent.click(screen.getByRole("button", { name: "Kopiér Digital Post-tekst" }));
    await settle();
    expect(screen.getByText(/Outlook tillod ikke at kopiere automatisk/)).toBeTruthy();
    const manual = screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Kopiér teksten" });
    expect(manual.value).toContain("Tak for din henvendelse");
  });

  it("sends the receipt as a new message with its own subject, exactly as previewed, quoting nothing", async () => {
    const { actions } = await showMail();
    fireEvent.click(screen.getByRole("radio", { name: "Kvittering" }));
    expect(screen.getByTestId("preview-subject").textContent).toBe("Emne: Vi har modtaget din e-mail");
    expect(screen.getByTestId("send-form-note").textContent).toMatch(/ny mail.*kommer ikke med/);
    fireEvent.click(screen.getByRole("button", { name: "Send kvittering" }));
    await settle();
    expect(actions.replies).toHaveLength(0);
    expect(actions.newMessages).toHaveLength(1);
    const [message] = actions.newMessages;
    expect(message?.subject).toBe("Vi har modtaget din e-mail");
    expect(message?.to.address).toBe("mette.nielsen61@example.com");
    expect(message?.html).toContain("<p>Tak for din e-mail, som vi modtog 4. marts 2025.</p>");
    expect(message?.html).not.toMatch(/4285|Mette|sygedagpenge|\[/i);
    const preview = screen.getByTestId("preview").textContent ?? "";
    for (const paragraph of (message?.html ?? "").split("</p>")) {
      const text = paragraph
        .replace(/<br>/g, " ")
        .replace(/<[^>]+>/g, "")
        .trim();
      if (text) expect(preview.replace(/\s+/g, " ")).toContain(text.replace(/\s+/g, " "));
    }
    expect(screen.getByText("Mailen er åbnet i Outlook. Læs den igennem, og send den.")).toBeTruthy();
  });

  it("offers Outlook's reply only for a mail without findings, and says what Outlook will quote", async () => {
    const { actions } = await showMail(movingMail());
    const panel = screen.getByTestId("preview").closest("[data-form]");
    expect(panel?.getAttribute("data-form")).toBe("reply");
    expect(screen.getByTestId("send-form-note").textContent).toMatch(/»SV: .+«.*hele den oprindelige mail/);
    fireEvent.click(screen.getByRole("button", { name: "Svar med e-mail" }));
    await settle();
    expect(actions.replies).toHaveLength(1);
    expect(actions.newMessages).toHaveLength(0);
  });

  it("offers the self-service link for a self-service question", async () => {
    await showMail(movingMail());
    const link = within(screen.getByTestId("self-service-link")).getByRole("link");
    expect(link.getAttribute("href")).toMatch(/^https:\/\/www\.borger\.dk\//);
  });
});

describe("the task pane: write-back", () => {
  it("applies the triage categories and stores the record without content", async () => {
    const { actions } = await showMail();
    fireEvent.click(screen.getByRole("button", { name: "Anvend kategorier" }));
    await settle();
    expect(actions.applied).toEqual([["Kanalvagt: Sag", "Kanalvagt: Følsomme oplysninger"]]);
    expect(actions.record).toBeDefined();
    expect(actions.record).not.toMatch(/4285|Mette|sygemeldt/);
    expect(JSON.parse(actions.record!)).toMatchObject({ v: 1, handling: "sag", signature: "unsigned" });
    expect(screen.getByTestId("record-state").textContent).toMatch(/Vurderingen er gemt på mailen/);
  });

  it("names the categories an admin must create in a shared mailbox", async () => {
    const actions = new FakeActions();
    actions.missing = ["Kanalvagt: Følsomme oplysninger"];
    const read = cprMail();
    read.actions = actions;
    read.shared = { owner: "borgerservice@nyborg.dk", canEdit: true };
    await showMail(read);
    fireEvent.click(screen.getByRole("button", { name: "Anvend kategorier" }));
    await settle();
    expect(
      screen.getByText(/findes ikke i den delte postkasse borgerservice@nyborg\.dk\. Kun en administrator/),
    ).toBeTruthy();
  });

  it("does not claim categories were set when none of them exists in the shared mailbox", async () => {
    const actions = new FakeActions();
    actions.missing = ["Kanalvagt: Besvaret via Digital Post"];
    const read = cprMail();
    read.actions = actions;
    read.shared = { owner: "borgerservice@nyborg.dk", canEdit: true };
    await showMail(read);
    fireEvent.click(screen.getByRole("button", { name: "Markér som besvaret via Digital Post" }));
    await settle();
    const status = screen.getByText(/findes ikke i den delte postkasse/).textContent ?? "";
    expect(status).toMatch(
      /^Vurderingen er gemt på mailen\. Kategorierne «Kanalvagt: Besvaret via Digital Post»/,
    );
    expect(status).not.toContain("er markeret som besvaret");
  });

  it("says who can help when Outlook refuses the change", async () => {
    const actions = new FakeActions();
    actions.failWith.categories = new OfficeCallError("item.categories.addAsync", 7000, "denied");
    const read = cprMail();
    read.actions = actions;
    await showMail(read);
    fireEvent.click(screen.getByRole("button", { name: "Anvend kategorier" }));
    await settle();
    expect(screen.getByText(/du har ikke rettigheder til at ændre mails i denne postkasse/)).toBeTruthy();
  });

  it("lets staff correct the classification; the recommendation follows and the record keeps the correction", async () => {
    const { actions } = await showMail();
    fireEvent.click(screen.getByRole("button", { name: "Ret vurderingen" }));
    fireEvent.change(screen.getByLabelText("Behandling"), { target: { value: "booking" } });
    fireEvent.click(screen.getByRole("button", { name: "Gem rettelsen" }));
    await settle();
    expect(engine.requests.at(-1)?.correction).toEqual({ handling: "booking" });
    expect(screen.getByTestId("assessment").textContent).toMatch(/Ønsker en tid\s*rettet af en medarbejder/);
    expect(JSON.parse(actions.record!)).toMatchObject({ handling: "booking", corrected: ["handling"] });
    expect(screen.getByText("Rettelsen er gemt på mailen.")).toBeTruthy();
  });

  it("lets staff correct the flags: a complaint the engine missed is kept in the record", async () => {
    const { actions } = await showMail();
    fireEvent.click(screen.getByRole("button", { name: "Ret vurderingen" }));
    const complaint = screen.getByRole("checkbox", { name: "Klage" });
    expect((complaint as HTMLInputElement).checked).toBe(false);
    fireEvent.click(complaint);
    fireEvent.click(screen.getByRole("button", { name: "Gem rettelsen" }));
    await settle();
    expect(engine.requests.at(-1)?.correction).toEqual({ flags: ["klage"] });
    expect(JSON.parse(actions.record!)).toMatchObject({ flags: ["klage"], corrected: ["flags"] });
  });

  it("shows staff's stored correction when the mail is opened again", async () => {
    const actions = new FakeActions();
    actions.record = JSON.stringify({
      v: 1,
      handling: "ingen",
      corrected: ["handling"],
      at: "2025-03-04T09:00:00.000Z",
    });
    const read = cprMail();
    read.actions = actions;
    await showMail(read);
    expect(screen.getByTestId("assessment").textContent).toMatch(
      /Skal ikke besvares\s*rettet af en medarbejder/,
    );
  });

  it("explains that read-only access to a shared mailbox leaves nothing to record", async () => {
    const actions = new FakeActions();
    actions.can = {
      categories: false,
      masterCategories: "read",
      customProperties: false,
      replyForm: true,
      newMessageForm: true,
    };
    const read = cprMail();
    read.actions = actions;
    read.shared = { owner: "borgerservice@nyborg.dk", canEdit: false };
    await showMail(read);
    expect(screen.getByRole("button", { name: "Anvend kategorier" })).toHaveProperty("disabled", true);
    expect(screen.getByText(/Du har kun læseadgang til den delte postkasse/)).toBeTruthy();
  });
});

describe("the task pane: an unsure assessment", () => {
  // Under a threshold of 1 every field short of certain is unsure, whatever the model file says of this vague mail.
  const unsureConfig = { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, unsureBelow: 1 } };
  const results: PaneTriage[] = [];
  const requests: TriageRequest[] = [];
  const unsureEngine: TriageEngine = {
    run(request) {
      requests.push(request);
      results.push(triageForPane(request, unsureConfig));
      return Promise.resolve(results.at(-1)!);
    },
    check: (request) => engine.check(request),
  };
  const vagueMail = () =>
    mailRead({
      subject: "Spørgsmål",
      from: { name: "Jonas Berg", address: "jonas.berg@example.net" },
      headers: { "content-type": "text/plain" },
      textBody: "Hej, jeg har et spørgsmål om min situation. Kan I hjælpe mig?\n\nHilsen Jonas",
    });

  it("says plainly it is unsure, shows no percentage, and corrects with one click on a likely value", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} engine={unsureEngine} />);
    mailbox.answer(0, vagueMail());
    await settle();
    const assessment = screen.getByTestId("assessment");
    const group = within(assessment).getByRole("group", { name: "Vælg behandling" });
    const row = group.closest<HTMLElement>("[data-unsure]");
    expect(row?.textContent).toContain("Kanalvagt er usikker. Vælg det rigtige:");
    expect(row?.textContent).not.toMatch(/%/);
    const choices = results[0]?.classification.handling.choices ?? [];
    const buttons = within(group).getAllByRole("button");
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]!);
    await settle();
    expect(requests.at(-1)?.correction).toEqual({ handling: choices[1]?.value });
    expect(screen.getByTestId("assessment").textContent).toMatch(/rettet af en medarbejder/);
  });
});

describe("the task pane: states and robustness", () => {
  it("shows 'Analyserer …' until the engine answers", async () => {
    const mailbox = new FakeMailbox();
    const slow = new ManualEngine();
    render(<Pane lang="da" mailbox={mailbox} engine={slow} />);
    expect(screen.getByText("Læser mailen …")).toBeTruthy();
    mailbox.answer(0, cprMail());
    await settle();
    expect(screen.getByText("Analyserer …")).toBeTruthy();
    expect(screen.getByTestId("subject").textContent).toBe("Min sygedagpengesag");
    slow.finish(0);
    await settle();
    expect(screen.queryByText("Analyserer …")).toBeNull();
    expect(screen.getByTestId("sensitive-warning")).toBeTruthy();
  });

  it("never shows a late verdict beside another mail when staff click fast", async () => {
    const mailbox = new FakeMailbox();
    const slow = new ManualEngine();
    render(<Pane lang="da" mailbox={mailbox} engine={slow} />);
    mailbox.answer(0, cprMail());
    await settle();
    act(() => mailbox.changeItem());
    mailbox.answer(1, signedMail());
    await settle();
    slow.finish(1);
    await settle();
    slow.finish(0); // the first mail's analysis arrives last
    await settle();
    expect(screen.getByTestId("subject").textContent).toBe("Fuldmagt");
    expect(screen.queryByTestId("sensitive-warning")).toBeNull();
    expect(statusBadge().dataset.status).toBe("signed");
  });

  it("ignores a mail that Outlook reads after a newer one", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    act(() => mailbox.changeItem());
    mailbox.answer(1, signedMail());
    mailbox.answer(0, cprMail());
    await settle();
    expect(screen.getByTestId("subject").textContent).toBe("Fuldmagt");
  });

  it("says the analysis failed, with the technical detail for IT, and still names the mail", async () => {
    const mailbox = new FakeMailbox();
    const failing = new ManualEngine();
    render(<Pane lang="da" mailbox={mailbox} engine={failing} />);
    mailbox.answer(0, cprMail());
    await settle();
    failing.fail(0, new Error("Kanalvagt's analysis took longer than 30 s and was stopped."));
    await settle();
    expect(screen.getByText("Kanalvagt kunne ikke vurdere mailen")).toBeTruthy();
    expect(screen.getByText(/took longer than 30 s/)).toBeTruthy();
    expect(screen.getByTestId("subject").textContent).toBe("Min sygedagpengesag");
  });

  it("shows an empty state when no item is selected", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    mailbox.answer(0, null);
    await settle();
    expect(screen.getByText("Ingen mail valgt")).toBeTruthy();
  });

  it("shows a clear error, naming the failed Office call, when the mail cannot be read", async () => {
    const mailbox = new FakeMailbox();
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    mailbox.fail(0, new OfficeCallError("item.body.getAsync(text)", 9042, "server error"));
    await settle();
    expect(screen.getByText("Kanalvagt kunne ikke læse mailen")).toBeTruthy();
    expect(screen.getByText(/item\.body\.getAsync\(text\) \(Office error 9042\)/)).toBeTruthy();
  });

  it("tells the user when it cannot follow the selection", async () => {
    const mailbox = new FakeMailbox();
    mailbox.refuseToFollow = true;
    render(<Pane lang="da" mailbox={mailbox} engine={engine} />);
    await settle();
    expect(screen.getByText(/Kanalvagt følger ikke med/)).toBeTruthy();
  });

  it("says why the signature state is unknown when Outlook gave no headers", async () => {
    await showMail(mailRead({ subject: "Uden headere", textBody: "Hej" }, { gaps: ["headers-empty"] }));
    expect(statusBadge().dataset.status).toBe("unknown");
    expect(screen.getByText(/Outlook gav ingen headere for mailen/)).toBeTruthy();
  });

  it("explains that the page runs in Outlook when opened outside it", () => {
    render(<Pane lang="da" engine={engine} />);
    expect(screen.getByText("Kanalvagt kører i Outlook")).toBeTruthy();
  });
});

describe("the task pane: Statistik", () => {
  /** Opens Statistik in a pane given the add-in's run-time configuration, and waits for the view to load. */
  async function openStatistics(config: typeof DEFAULT_CONFIG | undefined) {
    const mailbox = new FakeMailbox();
    const settled = Promise.resolve({ config, changed: config !== undefined });
    render(<Pane lang="da" mailbox={mailbox} engine={engine} config={settled} />);
    fireEvent.click(screen.getByRole("button", { name: "Statistik" }));
    await screen.findByRole("heading", { name: "Statistik" }, { timeout: 25_000 });
  }

  // The view's first lazy load is transformed on the fly by jest: on a loaded machine that takes many seconds.
  it("uses the add-in's kanalvagt-config.json, as the triage does: its shared mailboxes are offered", async () => {
    await openStatistics({
      ...DEFAULT_CONFIG,
      graph: {
        clientId: "2f6c1e0a-8d7b-4c3e-9a51-0b7d2e4f6a18",
        tenantId: "nyborg.onmicrosoft.com",
        scopes: ["Mail.ReadWrite.Shared"],
        mailboxes: [{ address: "familie@nyborg.dk", label: "Familieafdelingen" }],
      },
    });
    expect(screen.getByRole("button", { name: "Fjern Familieafdelingen" })).toBeTruthy();
    expect(screen.queryByText(/Ingen postkasser er sat op/)).toBeNull();
  }, 60_000);

  it("uses the bundled default when the add-in has no file of its own", async () => {
    await openStatistics(undefined);
    expect(screen.getByText(/Ingen postkasser er sat op/)).toBeTruthy();
  });
});
