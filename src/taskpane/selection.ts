import type { FetchedAttachment } from "../core/attachment";
import type { ComposeRead, MailRead } from "../office/mailbox-port";
import type { ComposeCheck } from "./engine/compose-check";
import type { PaneTriage } from "./engine/pane-triage";
import type { StoredTriage } from "./stored-record";

export interface MailState {
  kind: "mail";
  /** The selection this mail was read for; answers for another selection are not shown on it. */
  ticket: number;
  read: MailRead;
  /** Undefined while the engine analyses the mail. */
  triage?: PaneTriage;
  /** The engine failed on this mail (the message names the rule or the time limit, never content). */
  analysisError?: string;
  /** A triage record stored on the item earlier. */
  stored?: StoredTriage;
  /** The attachments' content, once Outlook gave it; every later triage of this mail reads it. */
  fetched?: FetchedAttachment[];
  /** Reading the attachments failed (the message names the rule or the time limit, never content). */
  attachmentError?: string;
}

/** A mail being written: the pane was opened from the compose form (or the send guard's alert). */
export interface ComposeState {
  kind: "compose";
  read: ComposeRead;
  /** Undefined while the engine checks the mail. */
  check?: ComposeCheck;
  /** The check failed (the message names the rule or the time limit, never content). */
  checkError?: string;
}

export type SelectedMail =
  | { kind: "loading" }
  | { kind: "empty" }
  | MailState
  | ComposeState
  /** `detail` is the adapter's message: it names the failed call and Office's code, never mail content. */
  | { kind: "error"; detail: string };

/**
 * What the pane shows and which selection it belongs to. Every selection in Outlook takes a new ticket; reads and
 * analyses overlap when staff click fast, and an answer carries the ticket it was asked for, so an answer for an
 * earlier selection is dropped and one mail's verdict never shows beside another mail.
 */
export interface Selection {
  ticket: number;
  selected: SelectedMail;
}

/** What happened, in the order the pane learns it. Every event but `selected` and `left` names its ticket. */
export type SelectionEvent =
  /** Staff selected another item (or the pane opened): a new ticket, and nothing shown until it is read. */
  | { type: "selected" }
  /** The pane stopped following the selection: every answer still on its way is for an earlier ticket. */
  | { type: "left" }
  /** The item was read; null when no mail is selected. */
  | { type: "read"; ticket: number; read: MailRead | null }
  | { type: "read-failed"; ticket: number; detail: string }
  | { type: "triaged"; ticket: number; triage: PaneTriage }
  | { type: "analysis-failed"; ticket: number; detail: string }
  /** The triage record on the item, read beside the analysis or just stored by the pane. */
  | { type: "stored"; ticket: number; stored: StoredTriage }
  /** Outlook gave the attachments' content (or said why not, per attachment). */
  | { type: "attachments-fetched"; ticket: number; fetched: FetchedAttachment[] }
  | { type: "attachments-failed"; ticket: number; detail: string }
  | { type: "compose-read"; ticket: number; read: ComposeRead }
  | { type: "compose-checked"; ticket: number; check: ComposeCheck }
  | { type: "compose-check-failed"; ticket: number; detail: string };

export const FIRST_SELECTION: Selection = { ticket: 0, selected: { kind: "loading" } };

/** The mail shown now, if a mail is shown. */
export function shownMail(selection: Selection): MailState | undefined {
  return selection.selected.kind === "mail" ? selection.selected : undefined;
}

/** The mail shown for `ticket`, if the pane still shows it. */
function mailOf(selection: Selection, ticket: number): MailState | undefined {
  return selection.ticket === ticket ? shownMail(selection) : undefined;
}

function composeOf(selection: Selection, ticket: number): ComposeState | undefined {
  return selection.selected.kind === "compose" && selection.ticket === ticket
    ? selection.selected
    : undefined;
}

/**
 * The next selection after an event. An event for an earlier ticket, or one that does not fit what is shown (a
 * verdict for another mail's key), returns `selection` itself: the caller can tell a dropped answer by identity.
 */
export function nextSelection(selection: Selection, event: SelectionEvent): Selection {
  const shown = (selected: SelectedMail): Selection => ({ ticket: selection.ticket, selected });
  switch (event.type) {
    case "selected":
      return { ticket: selection.ticket + 1, selected: { kind: "loading" } };
    case "left":
      return { ticket: selection.ticket + 1, selected: selection.selected };
    case "read":
      if (event.ticket !== selection.ticket) return selection;
      return shown(event.read ? { kind: "mail", ticket: event.ticket, read: event.read } : { kind: "empty" });
    case "read-failed":
      return event.ticket === selection.ticket ? shown({ kind: "error", detail: event.detail }) : selection;
    case "triaged": {
      const mail = mailOf(selection, event.ticket);
      if (mail === undefined || mail.read.key !== event.triage.key) return selection;
      return shown({ ...mail, triage: event.triage, analysisError: undefined });
    }
    case "analysis-failed": {
      const mail = mailOf(selection, event.ticket);
      return mail === undefined ? selection : shown({ ...mail, analysisError: event.detail });
    }
    case "stored": {
      const mail = mailOf(selection, event.ticket);
      return mail === undefined ? selection : shown({ ...mail, stored: event.stored });
    }
    case "attachments-fetched": {
      const mail = mailOf(selection, event.ticket);
      return mail === undefined ? selection : shown({ ...mail, fetched: event.fetched });
    }
    case "attachments-failed": {
      const mail = mailOf(selection, event.ticket);
      return mail === undefined ? selection : shown({ ...mail, attachmentError: event.detail });
    }
    case "compose-read":
      return event.ticket === selection.ticket ? shown({ kind: "compose", read: event.read }) : selection;
    case "compose-checked": {
      const compose = composeOf(selection, event.ticket);
      if (compose === undefined || compose.read.key !== event.check.key) return selection;
      return shown({ kind: "compose", read: compose.read, check: event.check });
    }
    case "compose-check-failed": {
      const compose = composeOf(selection, event.ticket);
      return compose === undefined
        ? selection
        : shown({ kind: "compose", read: compose.read, checkError: event.detail });
    }
  }
}
