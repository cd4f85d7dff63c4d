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

/** The range an admin may set each limit in, and whether it is a whole number. */
export interface LimitRange {
  min: number;
  max: number;
  whole: boolean;
}

/**
 * The limits' ranges, here without zod: the schema (attachment-limits.ts) is built from them, and the send guard,
 * which must not load zod, checks an admin's `sendGuard.attachments` against the same table.
 */
export const ATTACHMENT_LIMIT_RANGES = {
  maxAttachments: { min: 0, max: 500, whole: true },
  maxBytes: { min: 1024, max: 150 * 1024 * 1024, whole: true },
  maxInflatedBytes: { min: 1024 * 1024, max: 1024 * 1024 * 1024, whole: true },
  maxInflateRatio: { min: 10, max: 2000, whole: false },
  maxZipEntries: { min: 10, max: 100_000, whole: true },
  maxPages: { min: 1, max: 100_000, whole: true },
  maxDepth: { min: 0, max: 20, whole: true },
  maxTextChars: { min: 1000, max: 100_000_000, whole: true },
} satisfies Record<string, LimitRange>;
