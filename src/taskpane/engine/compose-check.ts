import { analyse } from "../../core/analyse";
import type { FetchedAttachment } from "../../core/attachment";
import { uncheckedAttachments, type UncheckedAttachment } from "../../core/send-guard/unchecked";
import type { Config } from "../../core/config/schema";
import {
  decideSend,
  externalRecipients,
  sensitiveContent,
  type Detect,
  type OutgoingMail,
  type SendDecision,
  type SensitiveContent,
} from "../../core/send-guard/decide";

export interface ComposeRequest {
  /** ComposeRead.key: the pane checks it before showing the answer. */
  key: string;
  outgoing: OutgoingMail;
  /** The attachments' content as fetched, when the check is to read them (index i is attachment i's). */
  attachments?: FetchedAttachment[];
}

/** The send guard's verdict on the mail being written, for the pane. Holds masked values only. */
export interface ComposeCheck {
  key: string;
  /** Exactly what the send guard would decide if the user pressed Send now. */
  decision: SendDecision;
  /** The data at or above the guard's level, whoever the mail goes to; undefined when there is none. */
  content?: SensitiveContent;
  /** The addresses of the recipients outside the organisation (To, Cc and Bcc), as the user typed them. */
  external: string[];
  recipients: number;
  /** Whether the attachments' content was read for this check; until then only their names were. */
  attachmentsRead: boolean;
  /** The attachments whose content could not be read, with why: the user must look at them. */
  unchecked: UncheckedAttachment[];
}

/**
 * The send guard's decision on a mail being written, with the same engine and settings as the OnMessageSend handler;
 * and, where the decision did not need to look (internal recipients only, or encrypted), what the mail holds anyway,
 * so the user learns before adding a recipient outside.
 */
export function checkCompose(request: ComposeRequest, config: Config): ComposeCheck {
  const detect: Detect = (mail) => analyse(mail, config.detection).findings;
  const { outgoing } = request;
  const decision = decideSend(outgoing, config, detect);
  const looked = decision.action === "block" || decision.reason === "no-findings";
  const content =
    decision.action === "block"
      ? decision
      : looked
        ? undefined
        : sensitiveContent(outgoing.mail, config, detect);
  return {
    key: request.key,
    decision,
    ...(content ? { content } : {}),
    external: externalRecipients(outgoing, config.internalDomains).map((r) => r.address),
    recipients: outgoing.mail.to.length + outgoing.mail.cc.length + outgoing.bcc.length,
    attachmentsRead: outgoing.mail.attachments.some((attachment) => attachment.content !== undefined),
    unchecked: uncheckedAttachments(outgoing.mail),
  };
}
