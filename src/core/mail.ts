/**
 * The engine's view of one e-mail, whichever face read it (Office.js, Graph, an .eml file).
 * Everything is optional that some source cannot give: Office.js has no raw MIME, Graph has no transport headers
 * for S/MIME mail, an encrypted mail has no readable body.
 */
import type { AttachmentContent } from "./attachment";

export interface Address {
  name?: string;
  address: string;
}

export interface AttachmentInfo {
  name: string;
  contentType?: string;
  size?: number;
  isInline?: boolean;
  /**
   * The text read from the content, or why it was not read. Absent when the face did not try (an older Outlook, a
   * caller that only lists names): then only the name is analysed.
   */
  content?: AttachmentContent;
}

export interface Mail {
  subject: string;
  from?: Address;
  to: Address[];
  cc: Address[];
  /** ISO 8601 */
  date?: string;
  /** Transport headers, lower-cased names; repeated headers joined with ", " except where noted by the reader. */
  headers: Record<string, string>;
  textBody?: string;
  htmlBody?: string;
  attachments: AttachmentInfo[];
  /** Outlook's item class, e.g. IPM.Note, IPM.Note.SMIME.MultipartSigned. */
  itemClass?: string;
}

export function emptyMail(): Mail {
  return { subject: "", to: [], cc: [], headers: {}, attachments: [] };
}
