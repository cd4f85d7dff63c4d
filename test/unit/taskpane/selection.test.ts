import type { ComposeRead, MailRead } from "../../../src/office/mailbox-port";
import type { ComposeCheck } from "../../../src/taskpane/engine/compose-check";
import type { PaneTriage } from "../../../src/taskpane/engine/pane-triage";
import {
  FIRST_SELECTION,
  nextSelection,
  type Selection,
  type SelectionEvent,
} from "../../../src/taskpane/selection";
import type { StoredTriage } from "../../../src/taskpane/stored-record";

// The reducer looks at keys only; the rest of each answer is the pane's business.
const mailRead = (key: string): MailRead => ({ key }) as MailRead;
const composeRead = (key: string): ComposeRead => ({ key }) as ComposeRead;
const verdict = (key: string): PaneTriage => ({ key }) as PaneTriage;
const check = (key: string): ComposeCheck => ({ key }) as ComposeCheck;
const record = {} as StoredTriage;

const after = (...events: SelectionEvent[]): Selection => events.reduce(nextSelection, FIRST_SELECTION);

describe("the selection the pane shows", () => {
  it("shows the mail read for the latest selection, then its verdict", () => {
    const shown = after(
      { type: "selected" },
      { type: "read", ticket: 1, read: mailRead("a") },
      { type: "triaged", ticket: 1, triage: verdict("a") },
    );
    expect(shown.selected).toMatchObject({
      kind: "mail",
      ticket: 1,
      read: { key: "a" },
      triage: { key: "a" },
    });
  });

  it("drops a slow read of the mail selected before: staff clicked on to the next one", () => {
    const clickedOn = after({ type: "selected" }, { type: "selected" });
    expect(nextSelection(clickedOn, { type: "read", ticket: 1, read: mailRead("a") })).toBe(clickedOn);
    const second = nextSelection(clickedOn, { type: "read", ticket: 2, read: mailRead("b") });
    expect(second.selected).toMatchObject({ kind: "mail", read: { key: "b" } });
  });

  it("never shows one mail's verdict beside another mail", () => {
    const onB = after(
      { type: "selected" },
      { type: "read", ticket: 1, read: mailRead("a") },
      { type: "selected" },
      { type: "read", ticket: 2, read: mailRead("b") },
    );
    expect(nextSelection(onB, { type: "triaged", ticket: 1, triage: verdict("a") })).toBe(onB);
    expect(nextSelection(onB, { type: "triaged", ticket: 2, triage: verdict("a") })).toBe(onB);
    expect(nextSelection(onB, { type: "analysis-failed", ticket: 1, detail: "timeout" })).toBe(onB);
    expect(nextSelection(onB, { type: "stored", ticket: 1, stored: record })).toBe(onB);
  });

  it("shows nothing of a mail while the next selection is being read", () => {
    const reading = after(
      { type: "selected" },
      { type: "read", ticket: 1, read: mailRead("a") },
      { type: "selected" },
    );
    expect(reading.selected).toEqual({ kind: "loading" });
    expect(nextSelection(reading, { type: "triaged", ticket: 1, triage: verdict("a") })).toBe(reading);
  });

  it("clears an earlier analysis error when a verdict arrives, and keeps the stored record beside it", () => {
    const shown = after(
      { type: "selected" },
      { type: "read", ticket: 1, read: mailRead("a") },
      { type: "analysis-failed", ticket: 1, detail: "timeout" },
      { type: "stored", ticket: 1, stored: record },
      { type: "triaged", ticket: 1, triage: verdict("a") },
    );
    expect(shown.selected).toMatchObject({ kind: "mail", triage: { key: "a" }, stored: record });
    expect(shown.selected).toHaveProperty("analysisError", undefined);
  });

  it("says when no mail is selected, and when reading the item failed", () => {
    expect(after({ type: "selected" }, { type: "read", ticket: 1, read: null }).selected).toEqual({
      kind: "empty",
    });
    const failed = after({ type: "selected" }, { type: "read-failed", ticket: 1, detail: "getAsync: 5001" });
    expect(failed.selected).toEqual({ kind: "error", detail: "getAsync: 5001" });
    const stale = after({ type: "selected" }, { type: "selected" });
    expect(nextSelection(stale, { type: "read-failed", ticket: 1, detail: "x" })).toBe(stale);
  });

  it("drops every answer still on its way once the pane stops following", () => {
    const shown = after({ type: "selected" }, { type: "read", ticket: 1, read: mailRead("a") });
    const left = nextSelection(shown, { type: "left" });
    expect(left.selected).toBe(shown.selected);
    expect(nextSelection(left, { type: "triaged", ticket: 1, triage: verdict("a") })).toBe(left);
  });

  it("shows the send guard's check of the mail being written only for the draft as last read", () => {
    const writing = after(
      { type: "selected" },
      { type: "compose-read", ticket: 1, read: composeRead("d-1") },
    );
    expect(writing.selected).toMatchObject({ kind: "compose", read: { key: "d-1" } });
    expect(nextSelection(writing, { type: "compose-checked", ticket: 1, check: check("d-0") })).toBe(writing);
    expect(
      nextSelection(writing, { type: "compose-checked", ticket: 1, check: check("d-1") }).selected,
    ).toMatchObject({
      kind: "compose",
      check: { key: "d-1" },
    });
    expect(
      nextSelection(writing, { type: "compose-check-failed", ticket: 1, detail: "timeout" }).selected,
    ).toMatchObject({ kind: "compose", checkError: "timeout" });
    const checkedAgain = nextSelection(writing, { type: "selected" });
    expect(nextSelection(checkedAgain, { type: "compose-checked", ticket: 1, check: check("d-1") })).toBe(
      checkedAgain,
    );
  });
});
