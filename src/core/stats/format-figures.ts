import type { FigureValue, KeyFigure } from "./key-figures";
import { figureChange } from "./key-figures";
import type { StatsLang } from "./stats-labels";

/** One decimal: with a decimal comma, as Danish readers expect ("12,5"), or a point in English ("12.5"). */
function decimal(value: number, lang: StatsLang = "da"): string {
  const fixed = value.toFixed(1);
  return lang === "da" ? fixed.replace(".", ",") : fixed;
}

/** A share as a percentage ("12,5 %"); "–" when there was no whole to take it of. */
export function formatPercent(share: number | null, lang: StatsLang = "da"): string {
  return share === null ? "–" : `${decimal(share * 100, lang)} %`;
}

/** Hours in the given unit ("3,5 t", "3,5 timer"; "3.5 h" in English); "–" when nothing was measured. */
export function formatHours(hours: number | null, unit: string, lang: StatsLang = "da"): string {
  return hours === null ? "–" : `${decimal(hours, lang)} ${unit}`;
}

const HOURS_UNIT: Record<StatsLang, string> = { da: "t", en: "h" };

/** A figure as staff read it: "38,1 % (157 af 412 sorterede mails)"; a figure that cannot be given says why. */
export function formatFigure(value: FigureValue, lang: StatsLang): string {
  switch (value.kind) {
    case "count":
      return String(value.count);
    case "share":
      return `${formatPercent(value.share, lang)} (${value.count} ${lang === "da" ? "af" : "of"} ${value.of} ${value.base[lang]})`;
    case "hours":
      return formatHours(value.hours, HOURS_UNIT[lang], lang);
    default:
      return lang === "da" ? `Kan ikke opgøres: ${value.reason.da}` : `Cannot be given: ${value.reason.en}`;
  }
}

/** The figure alone, without its base: what the previous period's value is shown as. */
function shortFigure(value: FigureValue, lang: StatsLang): string {
  return value.kind === "share"
    ? formatPercent(value.share, lang)
    : value.kind === "unavailable"
      ? "–"
      : formatFigure(value, lang);
}

export type ChangeDirection = "up" | "down" | "same";

/** Shown before the change's words, never instead of them: colour-blind and screen-reader users read the words. */
export const CHANGE_ARROWS: Record<ChangeDirection, string> = { up: "▲", down: "▼", same: "＝" };

export function changeDirection(figure: KeyFigure): ChangeDirection | null {
  const change = figureChange(figure);
  if (change === null) return null;
  const rounded = Math.round(change * 10) / 10;
  return rounded > 0 ? "up" : rounded < 0 ? "down" : "same";
}

/** "+12 mod forrige periode (400)", "−2,1 procentpoint mod forrige periode (40,0 %)", "uændret …", or why not. */
export function formatChange(figure: KeyFigure, lang: StatsLang): string {
  const change = figureChange(figure);
  const before = shortFigure(figure.previous, lang);
  if (change === null)
    return lang === "da"
      ? "Kan ikke sammenlignes med forrige periode"
      : "Cannot be compared with the previous period";
  const direction = changeDirection(figure);
  const against = lang === "da" ? "mod forrige periode" : "vs. previous period";
  if (direction === "same")
    return lang === "da" ? `Uændret ${against} (${before})` : `Unchanged ${against} (${before})`;
  const sign = direction === "up" ? "+" : "−";
  const size = Math.abs(change);
  const amount =
    figure.current.kind === "count"
      ? String(size)
      : figure.current.kind === "share"
        ? `${decimal(size, lang)} ${lang === "da" ? "procentpoint" : "percentage points"}`
        : `${decimal(size, lang)} ${HOURS_UNIT[lang]}`;
  return `${sign}${amount} ${against} (${before})`;
}
