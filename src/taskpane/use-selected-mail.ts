import { useCallback, useEffect, useRef, useState } from "react";
import type { FetchedAttachment } from "../core/attachment";
import { DEFAULT_ATTACHMENT_LIMITS } from "../core/config/attachment-limit-defaults";
import type { MailboxPort, MailRead } from "../office/mailbox-port";
import type { Correction, PaneTriage } from "./engine/pane-triage";
import { SupersededError } from "./engine/superseded";
import type { TriageEngine } from "./engine/triage-engine";
import {
  FIRST_SELECTION,
  nextSelection,
  shownMail,
  type SelectedMail,
  type SelectionEvent,
} from "./selection";
import { readStoredTriage, type StoredTriage } from "./stored-record";
import { markSelected, markStep } from "./timings";

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
 * The mail selected in Outlook and the engine's verdict on it, followed as the selection changes. Which answer is
 * shown is decided by `nextSelection` (selection.ts); this hook asks Outlook and the engine and hands it the answers.
 * The selection is kept in a ref as well as in state: the reads and analyses in flight need the latest ticket at
 * once, not at the next render.
 */
export function useSelectedMail(mailbox: MailboxPort, engine: TriageEngine): SelectionState {
  const [selected, setSelected] = useState<SelectedMail>(FIRST_SELECTION.selected);
  const [followFailed, setFollowFailed] = useState(false);
  const selection = useRef(FIRST_SELECTION);

  /** Applies an event; false when it was dropped (an answer for an earlier selection). */
  const apply = useCallback((event: SelectionEvent): boolean => {
    const next = nextSelection(selection.current, event);
    if (next === selection.current) return false;
    selection.current = next;
    setSelected(next.selected);
    return true;
  }, []);

  /**
   * Triages the mail; once its attachments' content is in the selection, the triage reads that too. A failure of the
   * attachment pass leaves the first verdict standing and says the attachments could not be read.
   */
  const analyse = useCallback(
    async (ticket: number, read: MailRead, correction?: Correction): Promise<PaneTriage | undefined> => {
      const fetched = shownMail(selection.current)?.fetched;
      try {
        const triage = await engine.run({
          key: read.key,
          mail: read.mail,
          now: new Date().toISOString(),
          ...(correction ? { correction } : {}),
          ...(fetched ? { attachments: fetched } : {}),
        });
        if (!apply({ type: "triaged", ticket, triage })) return undefined;
        markStep(fetched ? "attachments-triaged" : "triaged");
        return triage;
      } catch (error) {
        if (error instanceof SupersededError) return undefined;
        apply({ type: fetched ? "attachments-failed" : "analysis-failed", ticket, detail: message(error) });
        return undefined;
      }
    },
    [engine, apply],
  );

  /** Reads the item through `read`; a failure is shown (if `ticket` is still the latest) and gives undefined. */
  const readItem = useCallback(
    async <T>(ticket: number, read: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await read();
      } catch (error) {
        apply({ type: "read-failed", ticket, detail: message(error) });
        return undefined;
      }
    },
    [apply],
  );

  /**
   * The send guard's check of the mail being written; as for a read mail, only the latest answer is shown. As for a
   * read mail too, the first check reads the text and the attachments' names, and a second one, once Outlook has
   * handed over the files, their content: the pane must not say "nothing found" of a file Send would stop.
   */
  const checkComposed = useCallback(
    async (ticket: number): Promise<void> => {
      const read = await readItem(ticket, () => mailbox.readComposedMail());
      if (read === undefined || !apply({ type: "compose-read", ticket, read })) return;
      const stillWanted = () => selection.current.ticket === ticket;
      const fetching =
        read.outgoing.mail.attachments.length > 0
          ? read.readAttachmentContent(DEFAULT_ATTACHMENT_LIMITS, stillWanted)
          : undefined;
      const check = async (attachments?: FetchedAttachment[]): Promise<void> => {
        const request = { key: read.key, outgoing: read.outgoing, ...(attachments ? { attachments } : {}) };
        apply({ type: "compose-checked", ticket, check: await engine.check(request) });
      };
      try {
        await check();
        const fetched = await fetching;
        if (fetched !== undefined && stillWanted()) await check(fetched);
      } catch (error) {
        if (!(error instanceof SupersededError)) {
          apply({ type: "compose-check-failed", ticket, detail: message(error) });
        }
      }
    },
    [mailbox, engine, apply, readItem],
  );

  /** The attachments' content, fetched only while the mail is still the one selected; undefined without any. */
  const fetchAttachments = useCallback(
    async (ticket: number, read: MailRead): Promise<FetchedAttachment[] | undefined> => {
      if (read.mail.attachments.length === 0) return undefined;
      const fetched = await read.actions.readAttachmentContent(
        DEFAULT_ATTACHMENT_LIMITS,
        () => selection.current.ticket === ticket,
      );
      return selection.current.ticket === ticket ? fetched : undefined;
    },
    [],
  );

  const reloadRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const load = async (): Promise<void> => {
      apply({ type: "selected" });
      const ticket = selection.current.ticket;
      markSelected();
      if (mailbox.isComposing()) {
        await checkComposed(ticket);
        return;
      }
      const read = await readItem(ticket, () => mailbox.readCurrentMail());
      if (read === undefined || !apply({ type: "read", ticket, read })) return;
      markStep("mail-read");
      if (!read) return;
      // The stored record is read beside the analysis, not before it: staff see the verdict without waiting for it.
      const stored = read.actions.can.customProperties
        ? read.actions
            .readTriageRecord()
            .then((json) => (json === undefined ? undefined : readStoredTriage(json)))
            .catch(() => undefined)
        : Promise.resolve(undefined);
      // Outlook hands over the attachments while the worker triages the mail: the first verdict never waits for them.
      const fetching = fetchAttachments(ticket, read);
      await analyse(ticket, read);
      const record = await stored;
      if (record) apply({ type: "stored", ticket, stored: record });
      const fetched = await fetching;
      if (fetched !== undefined && apply({ type: "attachments-fetched", ticket, fetched })) {
        // Staff may have corrected the verdict meanwhile; the attachments' triage keeps their values.
        await analyse(ticket, read, shownMail(selection.current)?.triage?.correction ?? record?.correction);
      } else if (record?.correction) {
        await analyse(ticket, read, record.correction);
      }
    };
    let active = true;
    void load();
    reloadRef.current = () => void load();
    const subscription = mailbox.onItemChanged(() => void load());
    subscription.catch(() => {
      if (active) setFollowFailed(true);
    });
    return () => {
      active = false;
      apply({ type: "left" });
      subscription.then((unsubscribe) => unsubscribe()).catch(() => undefined);
    };
  }, [mailbox, analyse, apply, checkComposed, readItem, fetchAttachments]);

  const correct = useCallback(
    async (correction: Correction): Promise<PaneTriage> => {
      const mail = shownMail(selection.current);
      if (!mail) throw new Error("No mail is selected.");
      const triage = await analyse(mail.ticket, mail.read, correction);
      if (!triage) throw new Error("Another mail was selected before the correction was applied.");
      return triage;
    },
    [analyse],
  );

  const setStored = useCallback(
    (stored: StoredTriage) => {
      const mail = shownMail(selection.current);
      if (mail) apply({ type: "stored", ticket: mail.ticket, stored });
    },
    [apply],
  );

  const reload = useCallback(() => reloadRef.current(), []);

  return { selected, followFailed, correct, setStored, reload };
}
