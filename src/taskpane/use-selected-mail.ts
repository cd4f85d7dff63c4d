import { useCallback, useEffect, useRef, useState } from "react";
import type { ComposeRead, MailboxPort, MailRead } from "../office/mailbox-port";
import type { ComposeCheck } from "./engine/compose-check";
import type { Correction, PaneTriage } from "./engine/pane-triage";
import { SupersededError, type TriageEngine } from "./engine/triage-engine";
import { readStoredTriage, type StoredTriage } from "./stored-record";
import { markSelected, markStep } from "./timings";

export interface MailState {
  kind: "mail";
  /** Counts selections; the pane uses it to time each one once. */
  ticket: number;
  read: MailRead;
  /** Undefined while the engine analyses the mail. */
  triage?: PaneTriage;
  /** The engine failed on this mail (the message names the rule or the time limit, never content). */
  analysisError?: string;
  /** A triage record stored on the item earlier. */
  stored?: StoredTriage;
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

export interface SelectionState {
  selected: SelectedMail;
  /** True when Outlook refused to tell us about item changes: the pane would go stale when pinned. */
  followFailed: boolean;
  /** Triage the current mail again with staff's correction; resolves with the new verdict once it is shown. */
  correct: (correction: Correction) => Promise<PaneTriage>;
  /** The record on the item changed (Kanalvagt stored it). */
  setStored: (stored: StoredTriage) => void;
  /** Read the item again: a mail being written has changed since the last check ("Tjek igen"). */
  reload: () => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The mail selected in Outlook and the engine's verdict on it, followed as the selection changes. Reads and analyses
 * overlap when staff click fast; only the answer for the latest selection is shown, so the pane never shows one
 * mail's verdict beside another mail.
 */
export function useSelectedMail(mailbox: MailboxPort, engine: TriageEngine): SelectionState {
  const [selected, setSelected] = useState<SelectedMail>({ kind: "loading" });
  const [followFailed, setFollowFailed] = useState(false);
  const latest = useRef(0);
  const current = useRef<MailState | undefined>(undefined);

  /** Updates the shown mail only if it is still the selected one. */
  const update = useCallback((ticket: number, change: (state: MailState) => MailState): boolean => {
    if (ticket !== latest.current || !current.current) return false;
    current.current = change(current.current);
    setSelected(current.current);
    return true;
  }, []);

  const analyse = useCallback(
    async (ticket: number, read: MailRead, correction?: Correction): Promise<PaneTriage | undefined> => {
      try {
        const triage = await engine.run({
          key: read.key,
          mail: read.mail,
          now: new Date().toISOString(),
          ...(correction ? { correction } : {}),
        });
        if (triage.key !== read.key) return undefined;
        markStep("triaged");
        return update(ticket, (state) => ({ ...state, triage, analysisError: undefined }))
          ? triage
          : undefined;
      } catch (error) {
        if (!(error instanceof SupersededError)) {
          update(ticket, (state) => ({ ...state, analysisError: message(error) }));
        }
        return undefined;
      }
    },
    [engine, update],
  );

  const reloadRef = useRef<() => void>(() => undefined);

  /** The send guard's check of the mail being written; as for a read mail, only the latest answer is shown. */
  const checkComposed = useCallback(
    async (ticket: number): Promise<void> => {
      const isLatest = (): boolean => ticket === latest.current;
      let read: ComposeRead;
      try {
        read = await mailbox.readComposedMail();
      } catch (error) {
        if (isLatest()) setSelected({ kind: "error", detail: message(error) });
        return;
      }
      if (!isLatest()) return;
      setSelected({ kind: "compose", read });
      try {
        const check = await engine.check({ key: read.key, outgoing: read.outgoing });
        if (isLatest() && check.key === read.key) setSelected({ kind: "compose", read, check });
      } catch (error) {
        if (isLatest() && !(error instanceof SupersededError)) {
          setSelected({ kind: "compose", read, checkError: message(error) });
        }
      }
    },
    [mailbox, engine],
  );

  useEffect(() => {
    let active = true;
    const load = async (): Promise<void> => {
      const ticket = ++latest.current;
      markSelected();
      current.current = undefined;
      setSelected({ kind: "loading" });
      if (mailbox.isComposing()) {
        await checkComposed(ticket);
        return;
      }
      let read: MailRead | null;
      try {
        read = await mailbox.readCurrentMail();
      } catch (error) {
        if (active && ticket === latest.current) setSelected({ kind: "error", detail: message(error) });
        return;
      }
      if (!active || ticket !== latest.current) return;
      markStep("mail-read");
      if (!read) {
        setSelected({ kind: "empty" });
        return;
      }
      current.current = { kind: "mail", ticket, read };
      setSelected(current.current);
      // The stored record is read beside the analysis, not before it: staff see the verdict without waiting for it.
      const stored = read.actions.can.customProperties
        ? read.actions
            .readTriageRecord()
            .then((json) => (json === undefined ? undefined : readStoredTriage(json)))
            .catch(() => undefined)
        : Promise.resolve(undefined);
      await analyse(ticket, read);
      const record = await stored;
      if (!record || !update(ticket, (state) => ({ ...state, stored: record }))) return;
      if (record.correction) await analyse(ticket, read, record.correction);
    };
    void load();
    reloadRef.current = () => void load();
    const subscription = mailbox.onItemChanged(() => void load());
    subscription.catch(() => {
      if (active) setFollowFailed(true);
    });
    return () => {
      active = false;
      latest.current++;
      subscription.then((unsubscribe) => unsubscribe()).catch(() => undefined);
    };
  }, [mailbox, analyse, update, checkComposed]);

  const correct = useCallback(
    async (correction: Correction): Promise<PaneTriage> => {
      const state = current.current;
      if (!state) throw new Error("No mail is selected.");
      const triage = await analyse(state.ticket, state.read, correction);
      if (!triage) throw new Error("Another mail was selected before the correction was applied.");
      return triage;
    },
    [analyse],
  );

  const setStored = useCallback(
    (stored: StoredTriage) => {
      const state = current.current;
      if (state) update(state.ticket, (s) => ({ ...s, stored }));
    },
    [update],
  );

  const reload = useCallback(() => reloadRef.current(), []);

  return { selected, followFailed, correct, setStored, reload };
}
