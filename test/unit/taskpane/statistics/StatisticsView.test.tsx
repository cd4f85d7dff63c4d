/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { renderHtmlReport } from "../../../../src/cli/report/html-report";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import type { Config } from "../../../../src/core/config/schema";
import { formatChange, formatFigure } from "../../../../src/core/stats/format-figures";
import { keyFigures } from "../../../../src/core/stats/key-figures";
import { statisticsSettingsFrom } from "../../../../src/core/stats/statistics-accumulator";
import type { StatsMessage } from "../../../../src/core/stats/stats-message";
import { figureColumns, TeamStatisticsBuilder } from "../../../../src/core/stats/team-statistics";
import { GraphPermissionError } from "../../../../src/graph/errors";
import { describeMailboxFailure, type TeamStatisticsRequest } from "../../../../src/graph/stats-source";
import { SignInError } from "../../../../src/graph/auth/sign-in-error";
import StatisticsView from "../../../../src/taskpane/statistics/StatisticsView";

const CONFIG: Config = {
  ...DEFAULT_CONFIG,
  graph: {
    clientId: "2f6c1e0a-8d7b-4c3e-9a51-0b7d2e4f6a18",
    tenantId: "nyborg.onmicrosoft.com",
    scopes: ["Mail.ReadWrite.Shared"],
    mailboxes: [
      { address: "borgerservice@nyborg.dk", label: "Borgerservice" },
      { address: "teknik@nyborg.dk", label: "Teknik og Miljø" },
    ],
  },
};
const NOW = () => new Date("2026-11-28T10:00:00Z");

const unread = (day: string): StatsMessage => ({
  receivedDateTime: `${day}T09:00:00Z`,
  categories: [],
  isRead: false,
});
const answered = (day: string): StatsMessage => ({
  receivedDateTime: `${day}T09:00:00Z`,
  categories: [],
  isRead: true,
  lastAction: { verb: "reply", at: `${day}T13:00:00Z` },
});

/** Borgerservice: three unopened mails at the end of October, one answered in September. Teknik: answered mail. */
const MAILS: Record<string, StatsMessage[]> = {
  "borgerservice@nyborg.dk": [
    unread("2026-10-28"),
    unread("2026-10-29"),
    unread("2026-10-30"),
    answered("2026-09-15"),
  ],
  "teknik@nyborg.dk": [
    answered("2026-10-05"),
    answered("2026-10-06"),
    unread("2026-10-07"),
    answered("2026-09-20"),
  ],
};

async function* pagesOf(address: string): AsyncIterable<StatsMessage[]> {
  const mails = await Promise.resolve(MAILS[address]);
  if (mails === undefined)
    throw new GraphPermissionError(
      { mailbox: address, operation: "list messages" },
      { status: 403, scope: "Mail.Read.Shared" },
    );
  yield mails;
}

async function teamFor(request: TeamStatisticsRequest) {
  const builder = new TeamStatisticsBuilder(statisticsSettingsFrom(CONFIG), {
    from: request.from,
    to: request.to,
    asOf: new Date("2026-10-31T20:00:00Z"),
  });
  for (const mailbox of request.mailboxes)
    await builder.count(mailbox, pagesOf(mailbox.address), describeMailboxFailure);
  return builder.result();
}

/** jsdom's Blob has no text(); FileReader reads it as the browser would (the BOM only shows in the raw bytes). */
function read(blob: Blob, as: "text" | "binary"): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    if (as === "text") reader.readAsText(blob);
    else reader.readAsBinaryString(blob);
  });
}

function renderView(loader: (request: TeamStatisticsRequest) => ReturnType<typeof teamFor>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StatisticsView config={CONFIG} lang="da" loader={loader} now={NOW} />
    </FluentProvider>,
  );
}

/** The text of the key-figure cell in the row named `figure` and the column named `column`. */
function cell(figure: string, column: string): string {
  const table = screen.getByRole("table", { name: /Nøgletal for perioden/ });
  const headers = within(table)
    .getAllByRole("columnheader")
    .map((h) => h.textContent);
  const row = within(table).getByRole("rowheader", { name: figure }).closest("tr")!;
  return row.children[headers.indexOf(column)]?.textContent ?? "";
}

describe("the Statistik view", () => {
  it("loads last month for the first configured mailbox: shares name their base, figures their change", async () => {
    const requests: TeamStatisticsRequest[] = [];
    renderView((request) => {
      requests.push(request);
      return teamFor(request);
    });
    fireEvent.click(screen.getByRole("button", { name: "Hent statistik" }));
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      expect.stringContaining("3 mails er kommet siden 2026-10-28"),
    );
    expect(requests[0]).toMatchObject({
      mailboxes: [{ address: "borgerservice@nyborg.dk", label: "Borgerservice" }],
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(cell("Modtaget", "Borgerservice")).toBe("3▲ +2 mod forrige periode (1)");
    expect(cell("Ubesvaret", "Borgerservice")).toMatch(/^100,0 % \(3 af 3 mails, der kan kræve svar\)/);
    // Backlog: a value, never empty, and its definition beside the table.
    // Measured on Saturday 31 October: only the mail of Wednesday 28 is older than two working days.
    expect(cell("Efterslæb", "Borgerservice")).toMatch(/^100,0 % \(1 af 1 mails ældre end 2 arbejdsdage/);
    expect(screen.getByText(/ældre end 2 arbejdsdage uden at være besvaret/)).toBeTruthy();
    expect(screen.getByRole("img", { name: /Mails pr\. dag efter håndtering/ })).toBeTruthy();
  });

  it("shows several mailboxes side by side with their totals, and names the one it could not read", async () => {
    renderView(teamFor);
    // Teknik from the configured list, and a typed address this user may not read.
    fireEvent.click(screen.getAllByRole("button", { name: "Tilføj" })[0]!);
    const typed = screen.getByRole("textbox", { name: "Eller skriv en postkasses adresse" });
    fireEvent.change(typed, { target: { value: "ikke-en-adresse" } });
    // Both configured mailboxes are chosen now: only the typed address's button is left.
    fireEvent.click(screen.getByRole("button", { name: "Tilføj" }));
    expect(screen.getByText(/Skriv en hel e-mailadresse/)).toBeTruthy();
    fireEvent.change(typed, { target: { value: "hemmelig@nyborg.dk" } });
    fireEvent.keyDown(typed, { key: "Enter" });
    expect(screen.getByRole("button", { name: "Fjern hemmelig@nyborg.dk" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hent statistik" }));
    expect(await screen.findByText("hemmelig@nyborg.dk kunne ikke læses")).toBeTruthy();
    expect(screen.getByText(/En administrator skal give adgang/)).toBeTruthy();
    expect(cell("Modtaget", "Borgerservice")).toMatch(/^3/);
    expect(cell("Modtaget", "Teknik og Miljø")).toMatch(/^3/);
    expect(cell("Modtaget", "I alt")).toBe("6▲ +4 mod forrige periode (2)");
  });

  it("the pane, the CSV file and the HTML report hold the same figures for the same data", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:statistik";
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    let team: Awaited<ReturnType<typeof teamFor>> | undefined;
    renderView(async (request) => (team = await teamFor(request)));
    fireEvent.click(screen.getAllByRole("button", { name: "Tilføj" })[0]!);
    fireEvent.click(screen.getByRole("button", { name: "Hent statistik" }));
    fireEvent.click(await screen.findByRole("button", { name: "Hent som CSV" }));
    expect(click).toHaveBeenCalled();
    const blob = blobs[0]!;
    expect((await read(blob, "binary")).startsWith("\xEF\xBB\xBF")).toBe(true);
    const csv = (await read(blob, "text")).split("\r\n").map((line) => line.split(";"));
    expect(csv[0]?.join(";")).toBe("postkasse;afsnit;nøgle;mål;enhed;værdi;antal;af;forrige periode;ændring");
    const html = renderHtmlReport(team!, CONFIG);
    const columns = figureColumns(team!);
    expect(columns.map((c) => c.label.da)).toEqual(["Borgerservice", "Teknik og Miljø", "I alt"]);
    let checked = 0;
    for (const column of columns) {
      for (const figure of keyFigures(column.pair)) {
        const shown = formatFigure(figure.current, "da");
        const change = formatChange(figure, "da");
        expect(cell(figure.label.da, column.label.da)).toContain(shown);
        expect(cell(figure.label.da, column.label.da)).toContain(change);
        expect(html).toContain(`${shown}<br>`);
        expect(html).toContain(change);
        const row = csv.find(
          (r) => r[0] === column.label.da && r[1] === "nøgletal" && r[3] === figure.label.da,
        );
        expect(row).toBeDefined();
        if (figure.current.kind === "share") {
          expect([row![6], row![7]]).toEqual([String(figure.current.count), String(figure.current.of)]);
          expect(shown).toContain(`(${row![6]} af ${row![7]} `);
        }
        if (figure.current.kind === "count") expect(row![5]).toBe(shown);
        checked++;
      }
    }
    expect(checked).toBe(3 * keyFigures(columns[0]!.pair).length);
  });

  it("says what the admin must do when sign-in fails", async () => {
    renderView(() => Promise.reject(new SignInError("consent-missing", "AADSTS65001")));
    fireEvent.click(screen.getByRole("button", { name: "Hent statistik" }));
    await waitFor(() => expect(screen.getByText(/administratorsamtykke/)).toBeTruthy());
  });
});
