import defaultDocument from "../../core/config/default-config.json";
import { configSchema, type Config } from "../../core/config/schema";

export type SendGuardSettings = Pick<Config, "internalDomains" | "sendGuard" | "detection">;

const { shape } = configSchema;

/**
 * The three sections of the bundled configuration the send guard uses, each checked by its own schema. Not
 * loadConfig: it checks the whole document, and its https addresses need the URL class, which a bare JavaScript
 * runtime such as classic Outlook's need not have. Tests check the whole document.
 */
export const SEND_GUARD_SETTINGS: SendGuardSettings = {
  internalDomains: shape.internalDomains.parse(defaultDocument.internalDomains),
  sendGuard: shape.sendGuard.parse(defaultDocument.sendGuard),
  detection: shape.detection.parse(defaultDocument.detection),
};
