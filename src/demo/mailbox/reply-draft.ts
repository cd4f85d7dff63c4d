import type { DemoDraft } from "../protocol";
import type { DemoMail } from "./demo-mailbox";
import { SHARED_MAILBOX } from "./sample-mail";

let drafts = 0;

/**
 * What Outlook puts in the compose form when staff press Reply: the citizen as recipient, "SV:" before the subject,
 * an empty greeting to write in, and the whole original quoted below it – CPR number and all.
 */
export function replyDraft(mail: DemoMail, received: string): DemoDraft {
  const { sample, item } = mail;
  const quoted = [
    "-----Oprindelig meddelelse-----",
    `Fra: ${sample.from.name} <${sample.from.address}>`,
    `Sendt: ${received}`,
    `Til: ${item.to.map((r) => `${r.displayName} <${r.emailAddress}>`).join("; ")}`,
    `Emne: ${sample.subject}`,
    "",
    sample.text,
  ].join("\n");
  return {
    id: `draft-${++drafts}`,
    replyTo: item.id,
    subject: `SV: ${sample.subject}`,
    to: [{ ...item.from, recipientType: "externalUser" }],
    cc: [],
    bcc: [],
    text: `Kære ${sample.from.name}\n\nTak for din mail.\n\nVenlig hilsen\n${SHARED_MAILBOX.name}`,
    quoted,
  };
}
