import type { ReasonTexts } from "../reason-text";

/** Texts for the reason codes this part of the engine produces; see ../describe-reason.ts. */
export const categoriesReasons: ReasonTexts = {};
