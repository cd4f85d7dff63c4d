import { DEFAULT_CONFIG } from "../../src/core/config/load";
import type { Mail } from "../../src/core/mail";
import { triage } from "../../src/core/triage";
import { readEmlFile } from "../../src/eml/read-eml-file";
import { isHeldOut } from "../lib/corpus-split";
import { CATEGORY_KINDS, type CategoryKind } from "../../src/core/taxonomy";
import { evaluate, type Evaluation, type Outcome } from "./evaluate";
import { headline, HEADLINE_FIGURES, type Headline } from "./headline";
import { judged } from "./held-out-section";
import type { Corpus, LabelledMail } from "./labels";
import { pct, table, type TargetCheck } from "./print";
import { printHeadlines } from "./print-headline";
import { shiftedMail } from "./style-shift";
import { STYLE_REWRITES, type StyleRewrite } from "./style-rewrites";

/** The largest fall of any figure the issue sets a drop target for. */
export const MAX_STYLE_DROP = 0.05;

function outcomesOf(
  mails: readonly { labelled: LabelledMail; mail: Mail }[],
  rewrite?: StyleRewrite,
): Outcome[] {
  return mails.map(({ labelled, mail }) => {
    const shifted = shiftedMail(mail, rewrite, labelled.label.file);
    return { mail: labelled, triage: triage(shifted, DEFAULT_CONFIG, new Date(mail.date ?? 0)) };
  });
}

/**
 * The held-out quarter rewritten in each style (style-rewrites.ts), triaged by the shipped engine, against the same
 * mails as plain text unchanged. Detection is shown too: a rewrite must not hide a CPR number or a disclosure.
 */
export async function styleSection(corpus: Corpus): Promise<TargetCheck[]> {
  const mails: { labelled: LabelledMail; mail: Mail }[] = [];
  for (const labelled of corpus.mails.filter((m) => isHeldOut(m.label.file))) {
    const read = await readEmlFile(labelled.path);
    if (read.ok) mails.push({ labelled, mail: read.mail });
  }
  const threshold = DEFAULT_CONFIG.detection.threshold;
  const baselineOutcomes = outcomesOf(mails);
  const baseline = headline(judged(baselineOutcomes));
  const baselineDetection = evaluate(baselineOutcomes, threshold);
  const shifted = STYLE_REWRITES.map((rewrite) => {
    const outcomes = outcomesOf(mails, rewrite);
    return { rewrite, headline: headline(judged(outcomes)), detection: evaluate(outcomes, threshold) };
  });
  console.log(
    `\nThe held-out quarter (${mails.length} mails) rewritten; each figure with its change from unshifted:`,
  );
  for (const { rewrite } of shifted) console.log(`   ${rewrite.name}: ${rewrite.description}`);
  printHeadlines([
    { name: "unshifted", headline: baseline },
    ...shifted.map((s) => ({ name: s.rewrite.name, headline: s.headline, baseline })),
  ]);
  console.log(`\nDetection on the same mails:`);
  console.log(
    table(
      ["", "CPR recall", "CPR precision", "helbred F1", "sensitivity acc."],
      [
        { name: "unshifted", detection: baselineDetection },
        ...shifted.map((s) => ({ name: s.rewrite.name, detection: s.detection })),
      ].map(({ name, detection }) => [
        name,
        pct(detection.cpr.recall),
        pct(detection.cpr.precision),
        pct(detection.kinds.get("helbred")?.f1 ?? 0),
        pct(detection.sensitivity.accuracy),
      ]),
    ),
  );
  const typos = shifted.find((s) => s.rewrite.name === "typos");
  if (typos !== undefined) {
    // Typos are the rewrite a lexicon feels most: each category, with the counts behind the figures (few mails).
    const cell = (detection: Evaluation, kind: CategoryKind): string => {
      const t = detection.kinds.get(kind);
      return t === undefined ? "" : `${pct(t.precision)} / ${pct(t.recall)} (${t.tp}/${t.fp}/${t.fn})`;
    };
    console.log(`\nCategories, precision / recall (TP/FP/FN), unshifted and with typos:`);
    console.log(
      table(
        ["", "unshifted", "typos"],
        CATEGORY_KINDS.map((kind) => [kind, cell(baselineDetection, kind), cell(typos.detection, kind)]),
      ),
    );
  }
  const drop = (h: Headline): number =>
    Math.max(...HEADLINE_FIGURES.map((figure) => baseline[figure] - h[figure]));
  return shifted.map((s) => ({
    name: `largest drop of a figure (style: ${s.rewrite.name})`,
    figure: drop(s.headline),
    target: MAX_STYLE_DROP,
    atMost: true,
  }));
}
