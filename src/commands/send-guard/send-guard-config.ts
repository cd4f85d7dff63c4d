import { DEFAULT_CONFIG } from "../../core/config/default-config";
import type { Config } from "../../core/config/schema";

export type SendGuardSettings = Pick<Config, "internalDomains" | "sendGuard" | "detection">;

/**
 * The three sections of the bundled configuration the send guard uses, taken as they are (see DEFAULT_CONFIG: a
 * unit test checks the schema accepts the document unchanged), so launchevent.js carries no schema library.
 */
export const SEND_GUARD_SETTINGS: SendGuardSettings = {
  internalDomains: DEFAULT_CONFIG.internalDomains,
  sendGuard: DEFAULT_CONFIG.sendGuard,
  detection: DEFAULT_CONFIG.detection,
};
