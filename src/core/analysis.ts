import type { Finding } from "./detect/finding";
import type { PersonalDetails } from "./detect/personal-details";
import type { FindingKind, Sensitivity } from "./taxonomy";

/** The text the detectors saw, split by where it stands in the mail. Findings' offsets point into these strings. */
export interface MailText {
  /** The display name of the sender (From), on one line: free text the sender controls, scanned like the rest. */
  senderName: string;
  subject: string;
  /** The sender's new text (including their own signature block). */
  body: string;
  /** Quoted history: earlier mails below reply/forward markers and "> " lines. */
  quoted: string;
  /** Attachment names, one per line. */
  attachmentNames: string;
  /** The text read from attachments, a page or part each; findings with where "attachment" point into these. */
  attachments: AttachmentText[];
}

export interface AttachmentText {
  name: string;
  page?: number;
  text: string;
}

export type SignatureStatus = "signed" | "encrypted" | "unsigned" | "unknown";

export interface SignatureState {
  signed: boolean;
  encrypted: boolean;
  /** "unknown" when no signal could be read (e.g. no transport headers in Office.js). */
  status: SignatureStatus;
  /** Reason codes naming the signal that decided, e.g. "signature.content-type:multipart/signed". */
  reasons: string[];
}

export interface Analysis {
  text: MailText;
  findings: Finding[];
  /** Findings past MAX_KEPT_FINDINGS (kept-findings.ts), counted by kind; absent when every finding is kept. */
  findingsNotKept?: Partial<Record<FindingKind, number>>;
  sensitivity: Sensitivity;
  signature: SignatureState;
  /** False for encrypted mail (and mail with no body at all): "nothing found" would then be a lie. */
  bodyReadable: boolean;
  /** Whether a private person is named with personal details, and why: what makes a mail "almindelige". */
  personalDetails?: PersonalDetails;
}
