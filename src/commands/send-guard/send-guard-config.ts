import { DEFAULT_CONFIG } from "../../core/config/default-config";
import type { SendGuardSettings } from "../../core/config/send-guard-settings";

export type { SendGuardSettings };

/**
 * The three sections of the bundled configuration the send guard uses, taken as they are (see DEFAULT_CONFIG: a
 * unit test checks the schema accepts the document unchanged), so launchevent.js carries no schema library. They
 * apply when the add-in's kanalvagt-config.json is missing, unreachable or wrong (runtime-settings.ts).
 */
export const SEND_GUARD_SETTINGS: SendGuardSettings = {
  internalDomains: DEFAULT_CONFIG.internalDomains,
  sendGuard: DEFAULT_CONFIG.sendGuard,
  detection: DEFAULT_CONFIG.detection,
};
