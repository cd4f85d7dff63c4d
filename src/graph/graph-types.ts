/** The parts of Graph's JSON the add-in reads (microsoft.graph.message and friends); Graph may send more. */

export interface GraphEmailAddress {
  emailAddress?: { name?: string; address?: string };
}

export interface GraphExtendedProperty {
  id: string;
  value: string;
}

export interface GraphAttachment {
  id?: string;
  /** "#microsoft.graph.fileAttachment", "#microsoft.graph.itemAttachment" or "#microsoft.graph.referenceAttachment". */
  "@odata.type"?: string;
  name?: string;
  contentType?: string;
  size?: number;
  isInline?: boolean;
}

export interface GraphMessage {
  id: string;
  receivedDateTime?: string;
  subject?: string;
  from?: GraphEmailAddress;
  sender?: GraphEmailAddress;
  toRecipients?: GraphEmailAddress[];
  ccRecipients?: GraphEmailAddress[];
  categories?: string[];
  isRead?: boolean;
  conversationId?: string;
  hasAttachments?: boolean;
  body?: { contentType?: "html" | "text"; content?: string };
  internetMessageHeaders?: { name: string; value: string }[];
  attachments?: GraphAttachment[];
  singleValueExtendedProperties?: GraphExtendedProperty[];
}

export interface GraphMasterCategory {
  id?: string;
  displayName: string;
  color: string;
}
