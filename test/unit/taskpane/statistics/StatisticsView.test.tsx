/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import type { Config } from "../../../../src/core/config/schema";
import {
  StatisticsAccumulator,
  statisticsSettingsFrom,
} from "../../../../src/core/stats/statistics-accumulator";
import type { StatisticsRequest } from "../../../../src/graph/stats-source";
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

function statsFor(request: StatisticsRequest) {
  const accumulator = new StatisticsAccumulator(statisticsSettingsFrom(CONFIG), {
    from: request.from,
    to: request.to,
    asOf: new Date("2026-10-31T20:00:00Z"),
  });
  // Three unopened mails in the last days of October: the mailbox has gone silent.
  for (const day of [28, 29, 30]) {
    accumulator.add({ receivedDateTime: `2026-10-${day}T09:00:00Z`, categories: [], isRead: false });
  }
  return accumulator.result();
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

function renderView(loader: (request: StatisticsRequest) => Promise<ReturnType<typeof statsFor>>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StatisticsView config={CONFIG} lang="da" loader={loader} now={NOW} />
    </FluentProvider>,
  );
}

describe("the Statistik view", () => {
  it("loads last month for the first configured mailbox and shows figures and the silent-mailbox alert", async () => {
    const requests: StatisticsRequest[] = [];
    renderView((request) => {
      requests.push(request);
      return Promise.resolve(statsFor(request));
    });
    expect(screen.getByRole("combobox")).toHaveProperty("value", "borgerservice@nyborg.dk");
    fireEvent.click(screen.getByRole("button", { name: "Hent statistik" }));
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      expect.stringContaining("3 mails er kommet siden 2026-10-28"),
    );
    expect(requests[0]).toMatchObject({
      mailbox: "borgerservice@nyborg.dk",
      from: "2026-10-01",
      to: "2026-10-31",
    });
    const received = screen.getByRole("rowheader", { name: "Modtaget" }).nextElementSibling;
    expect(received?.textContent).toBe("3");
    expect(screen.getByRole("img", { name: /Mails pr\. dag efter håndtering/ })).toBeTruthy();
  });

  it("exports the figures as a CSV file for Excel", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:statistik";
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    renderView((request) => Promise.resolve(statsFor(request)));
    fireEvent.click(screen.getByRole("button", { name: "Hent statistik" }));
    fireEvent.click(await screen.findByRole("button", { name: "Hent som CSV" }));
    expect(click).toHaveBeenCalled();
    const blob = blobs[0]!;
    expect((await read(blob, "binary")).startsWith("\xEF\xBB\xBF")).toBe(true);
    const text = await read(blob, "text");
    expect(text.startsWith("afsnit;nøgle;mål;værdi")).toBe(true);
    expect(text).toContain("nøgletal;2026-10-01..2026-10-31;modtaget;3");
  });

  it("says what the admin must do when sign-in fails", async () => {
    renderView(() => Promise.reject(new SignInError("consent-missing", "AADSTS65001")));
    fireEvent.click(screen.getByRole("button", { name: "Hent statistik" }));
    await waitFor(() => expect(screen.getByText(/administratorsamtykke/)).toBeTruthy());
  });
});
