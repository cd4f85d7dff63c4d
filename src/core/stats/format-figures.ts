import type { Share } from "./mailbox-statistics";

/** One decimal with a decimal comma, as Danish readers expect ("12,5"). */
function decimal(value: number): string {
  return value.toFixed(1).replace(".", ",");
}

/** A share as a percentage ("12,5 %"); "–" when there was no whole to take it of. */
export function formatPercent(share: number | null): string {
  return share === null ? "–" : `${decimal(share * 100)} %`;
}

/** A share with its count and whole ("12,5 % (5 af 40)"). */
export function formatShare(share: Share): string {
  return `${formatPercent(share.share)} (${share.count} af ${share.of})`;
}

/** Hours in the given unit ("3,5 t", "3,5 timer"); "–" when nothing was measured. */
export function formatHours(hours: number | null, unit: string): string {
  return hours === null ? "–" : `${decimal(hours)} ${unit}`;
}
