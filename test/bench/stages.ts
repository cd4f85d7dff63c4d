import { analyse } from "../../src/core/analyse";
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import type { Mail } from "../../src/core/mail";
import { extractMailText } from "../../src/core/text/mail-text";
import { triage } from "../../src/core/triage";

/** A fixed "now", so the aktindsigt deadline is computed the same way in every run. */
const NOW = new Date("2025-03-04T12:00:00Z");

/**
 * The engine's stages, cumulative: each includes the ones before it, so the difference between neighbours shows
 * where the time goes. The last stage is what the targets apply to.
 */
export const ENGINE_STAGES: { name: string; description: string; run: (mail: Mail) => unknown }[] = [
  {
    name: "text",
    description: "extractMailText (HTML to text, normalisation, quoted split)",
    run: extractMailText,
  },
  {
    name: "analyse",
    description: "analyse (text, identifiers, categories, sensitivity, signature)",
    run: (mail) => analyse(mail, DEFAULT_CONFIG.detection),
  },
  {
    name: "triage",
    description: "triage (analyse, classification, recommendation)",
    run: (mail) => triage(mail, DEFAULT_CONFIG, NOW),
  },
];
