import type { AttachmentLimits } from "./attachment-limits";

/**
 * The attachment limits' defaults (attachment-limits.ts explains each), in a file of their own: the pane's page needs
 * them to decide which attachments to fetch, and must not load zod, whose schemas try eval (a CSP violation there).
 */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxAttachments: 20,
  maxBytes: 25 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxInflateRatio: 200,
  maxZipEntries: 1000,
  maxPages: 500,
  maxDepth: 3,
  maxTextChars: 5_000_000,
};
