import { z } from "../zod-jitless";
import { checkModel, MODEL_FORMAT, type TextModel } from "./model";

const headSchema = z.strictObject({
  labels: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  calibration: z.strictObject({
    model: z.number().positive(),
    rules: z.number().min(0),
    shift: z.array(z.number()),
  }),
  scale: z.number().positive(),
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/** A text model file as `npm run train` and `kanalvagt learn` write it. */
const modelFileSchema = z.strictObject({
  format: z.number().int(),
  version: z.string().min(1),
  trainedOn: z.number().int().min(0),
  buckets: z.number().int().positive(),
  heads: z.strictObject({ handling: headSchema, topic: headSchema, sender: headSchema }),
  learned: z
    .strictObject({
      from: z.string(),
      mails: z.number().int().min(0),
      minMailsAndSenders: z.number().int().min(1),
    })
    .optional(),
});

/**
 * Why a model document cannot be used: written by another version of Kanalvagt (`format`), not a model at all
 * (`schema`), or a model whose weights do not fit this engine (`unusable`). The problem never quotes the file.
 */
export type ModelCheck =
  | { ok: true; model: TextModel }
  | { ok: false; reason: "format"; format: number }
  | { ok: false; reason: "schema" | "unusable"; problem: string };

/**
 * The one check of a model file, shared by the CLI's --model and the pane's `modelFile`: another format is refused
 * before the schema is asked, so an admin learns that the version differs rather than which field does.
 */
export function checkModelDocument(document: unknown): ModelCheck {
  const format = (document as { format?: unknown } | null)?.format;
  if (typeof format === "number" && format !== MODEL_FORMAT) return { ok: false, reason: "format", format };
  const parsed = modelFileSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    return {
      ok: false,
      reason: "schema",
      problem: `${where ? `${where}: ` : ""}${issue?.message ?? "invalid"}`,
    };
  }
  const model: TextModel = parsed.data;
  try {
    checkModel(model);
  } catch (err) {
    return { ok: false, reason: "unusable", problem: err instanceof Error ? err.message : String(err) };
  }
  return { ok: true, model };
}
