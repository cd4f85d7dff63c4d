/**
 * What the benchmark measures of the engine. load-engine.ts bundles this file with esbuild, as webpack bundles the
 * pane's worker and the send guard, and the sections call the bundle; run.ts also imports it through tsx once, for
 * the comparison with the CLI's way of running.
 */
export { SEND_GUARD_SETTINGS } from "../../src/commands/send-guard/send-guard-config";
export { analyse } from "../../src/core/analyse";
export { DEFAULT_CONFIG } from "../../src/core/config/load";
export { detectCategories } from "../../src/core/detect/categories";
export { detectIdentifiers } from "../../src/core/detect/identifiers";
export { detectPersonalDetails } from "../../src/core/detect/personal-details";
export { blockAlert } from "../../src/core/send-guard/alert-text";
export { decideSend } from "../../src/core/send-guard/decide";
export { extractMailText } from "../../src/core/text/mail-text";
export { triage } from "../../src/core/triage";
