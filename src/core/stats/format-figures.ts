import type { Share } from "./mailbox-statistics";
import type { StatsLang } from "./stats-labels";

/** One decimal: with a decimal comma, as Danish readers expect ("12,5"), or a point in English ("12.5"). */
function decimal(value: number, lang: StatsLang = "da"): string {
  const fixed = value.toFixed(1);
  return lang === "da" ? fixed.replace(".", ",") : fixed;
}

/** A share as a percentage ("12,5 %"); "–" when there was no whole to take it of. */
export function formatPercent(share: number | null): string {
  return share === null ? "–" : `${decimal(share * 100)} %`;
}

/** A share with its count and whole ("12,5 % (5 af 40)"). */
export function formatShare(share: Share): string {
  return `${formatPercent(share.share)} (${share.count} af ${share.of})`;
}

/** Hours in the given unit ("3,5 t", "3,5 timer"; "3.5 h" in English); "–" when nothing was measured. */
export function formatHours(hours: number | null, unit: string, lang: StatsLang = "da"): string {
  return hours === null ? "–" : `${decimal(hours, lang)} ${unit}`;
}
