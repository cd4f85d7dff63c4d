import { z } from "../zod-jitless";
import { COMPOUND_MODES, LEXICON_LANGS } from "../detect/lexicon/types";
import { termTextProblem } from "../detect/lexicon/validate";
import type { DetectionSettings } from "../detect/settings";
import { CATEGORY_KINDS } from "../taxonomy";

/** The detection engine's settings (src/core/detect/settings.ts) as part of the configuration document. */
const lexiconAddition = z.strictObject({
  term: z.string().superRefine((term, ctx) => {
    const problem = termTextProblem(term);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  weight: z.number().min(0).max(1),
  compound: z.enum(COMPOUND_MODES).optional(),
  stem: z.boolean().optional(),
  lang: z.enum(LEXICON_LANGS).optional(),
});

export const detectionSchema = z.strictObject({
  threshold: z.number().min(0).max(1),
  lexiconAdditions: z.partialRecord(z.enum(CATEGORY_KINDS), z.array(lexiconAddition)),
  cueAdditions: z
    .strictObject({
      disclosure: z.array(lexiconAddition).optional(),
      generalQuestion: z.array(lexiconAddition).optional(),
    })
    .optional(),
  today: z.iso.date({ error: "must be a date written yyyy-mm-dd" }).optional(),
}) satisfies z.ZodType<DetectionSettings>;
