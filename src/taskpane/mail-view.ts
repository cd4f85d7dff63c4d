import type { SignatureState } from "../core/analysis";
import { detectSignature } from "../core/detect/signature";
import type { MailRead } from "../office/mailbox-port";

/** What the pane shows for one mail: what Outlook gave, and the engine's verdict on it. */
export interface MailView {
  read: MailRead;
  signature: SignatureState;
}

export function viewMail(read: MailRead): MailView {
  return { read, signature: detectSignature(read.mail) };
}
