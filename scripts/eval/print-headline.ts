import type { Headline } from "./headline";
import { HEADLINE_FIGURES, type HeadlineFigure } from "./headline";
import { pct, table } from "./print";
import { CLASSIFIED_FIELDS } from "../../src/core/triage-types";

const FIGURE_HEADINGS: Record<HeadlineFigure, string> = {
  handlingMacroF1: "handling F1",
  selvbetjeningRecall: "selvbetj. recall",
  topicAccuracy: "topic acc.",
  senderAccuracy: "sender acc.",
  aktindsigtRecall: "aktindsigt recall",
};

export interface HeadlineRow {
  name: string;
  headline: Headline;
  /** When given, each figure is followed by its change against this one. */
  baseline?: Headline;
}

const signed = (delta: number): string => `${delta < 0 ? "−" : "+"}${Math.abs(delta).toFixed(3)}`;

/**
 * One row per group: the target figures, and the calibration error of each head beside the level a perfectly
 * calibrated head would reach by chance on a group that size.
 */
export function printHeadlines(rows: readonly HeadlineRow[], withCalibration = true): void {
  const headings = [
    "",
    "mails",
    ...HEADLINE_FIGURES.map((figure) => FIGURE_HEADINGS[figure]),
    ...(withCalibration ? ["ECE handl. (chance)", "ECE topic (chance)", "ECE sender (chance)"] : []),
  ];
  console.log(
    table(
      headings,
      rows.map(({ name, headline, baseline }) => [
        name,
        String(headline.mails),
        ...HEADLINE_FIGURES.map((figure) =>
          baseline === undefined
            ? pct(headline[figure])
            : `${pct(headline[figure])} (${signed(headline[figure] - baseline[figure])})`,
        ),
        ...(withCalibration
          ? CLASSIFIED_FIELDS.map((head) => `${pct(headline.ece[head])} (${pct(headline.eceChance[head])})`)
          : []),
      ]),
    ),
  );
}
