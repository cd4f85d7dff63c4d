import type { Mail } from "../core/mail";
import type { TriageRecord } from "../core/record";
import type { GraphClient } from "./client";
import type { GraphCallError } from "./errors";
import { getMailsForTriage, listMessages, type Period } from "./messages";
import { KANALVAGT_ADDIN_ID } from "./properties";

/** A mail staff corrected in the pane (or a team lead in review): the mail, and its record holding the correction. */
export interface CorrectedMail {
  mail: Mail;
  record: TriageRecord;
}

/** Graph's JSON batch takes at most 20 requests. */
const BATCH = 20;

/**
 * The messages of a mailbox received in the period whose triage record holds a correction, read as the engine reads
 * them. The listing reads only the records (no content); only the corrected mails' content is fetched. A message
 * deleted meanwhile is skipped; any other failure (permission, throttling that outlasts the retries) is thrown.
 */
export async function correctedMails(
  client: GraphClient,
  mailbox: string,
  period: Period,
  onPage?: (listed: number, corrected: number) => void,
): Promise<CorrectedMail[]> {
  const records = new Map<string, TriageRecord>();
  let listed = 0;
  // Also the records the task pane stored as Office.js custom properties: that is where staff's corrections are.
  for await (const page of listMessages(client, mailbox, period, { addinId: KANALVAGT_ADDIN_ID })) {
    listed += page.length;
    for (const message of page)
      if (message.triage?.corrected?.length) records.set(message.id, message.triage);
    onPage?.(listed, records.size);
  }
  const ids = [...records.keys()];
  const mails: CorrectedMail[] = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    for (const outcome of await getMailsForTriage(client, mailbox, ids.slice(start, start + BATCH))) {
      const record = records.get(outcome.id);
      if ("mail" in outcome && record) mails.push({ mail: outcome.mail, record });
      else if ("error" in outcome && !isGone(outcome.error)) throw outcome.error;
    }
  }
  return mails;
}

function isGone(error: GraphCallError): boolean {
  return error.status === 404;
}
