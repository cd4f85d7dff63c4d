import type { SendGuardConfig } from "../../core/config/schema";
import type { Lang } from "../../core/i18n/reason-text";
import {
  blockAlert,
  failureAlert,
  openPaneLabel,
  uncheckedAlert,
  type Block,
} from "../../core/send-guard/alert-text";
import type { UncheckedAttachment } from "../../core/send-guard/unchecked";
import { OPEN_PANE_COMMAND_ID } from "./manifest-ids";
import type { SendGuardOffice } from "./office-types";

/** What the client can do with a Smart Alert, by requirement set. */
export interface AlertCapabilities {
  /** Mailbox 1.14: a button that opens a task pane (commandId, cancelLabel) and sendModeOverride. */
  paneButton: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
}

export function alertCapabilities(office: SendGuardOffice): AlertCapabilities {
  const supports = (version: string): boolean =>
    office.context.requirements.isSetSupported("Mailbox", version);
  return { paneButton: supports("1.14"), markdown: supports("1.15") };
}

/** Danish first; English when Outlook's display language is English. */
export function alertLanguage(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "").trim().toLowerCase().startsWith("en") ? "en" : "da";
}

function promptUser(
  office: SendGuardOffice,
): Pick<Office.SmartAlertsEventCompletedOptions, "sendModeOverride"> {
  const promptUser = office.MailboxEnums.SendModeOverride?.PromptUser;
  return promptUser === undefined ? {} : { sendModeOverride: promptUser };
}

export const ALLOW: Office.SmartAlertsEventCompletedOptions = { allowEvent: true };

/**
 * The stopped mail's Smart Alert: plain text everywhere, Markdown and the pane button where the client has them. It
 * names the attachments that could not be checked too.
 */
export function blockCompletion(
  block: Block,
  lang: Lang,
  office: SendGuardOffice,
  settings: Pick<SendGuardConfig, "allowSendAnyway">,
  unchecked: readonly UncheckedAttachment[] = [],
): Office.SmartAlertsEventCompletedOptions {
  const can = alertCapabilities(office);
  return {
    allowEvent: false,
    errorMessage: blockAlert(block, lang, "plain", unchecked),
    ...(can.markdown ? { errorMessageMarkdown: blockAlert(block, lang, "markdown", unchecked) } : {}),
    ...(can.paneButton ? { commandId: OPEN_PANE_COMMAND_ID, cancelLabel: openPaneLabel(lang) } : {}),
    ...(can.paneButton && settings.allowSendAnyway ? promptUser(office) : {}),
  };
}

/**
 * When the check failed or ran out of time. Fail-closed stops the mail with a message. Fail-open lets it go, but tells
 * the user first where the client can offer "Send anyway" (Mailbox 1.14); an older client sends it without a word,
 * as Outlook would if the add-in had not loaded at all.
 */
export function failureCompletion(
  lang: Lang,
  office: SendGuardOffice,
  failMode: SendGuardConfig["failMode"],
): Office.SmartAlertsEventCompletedOptions {
  return failModeCompletion(office, failMode, (mode) => failureAlert(lang, mode));
}

/**
 * Nothing sensitive was found, but some attachments could not be checked: part of the mail went unchecked, so the
 * guard answers as for a failed check (failMode), naming the files and why.
 */
export function uncheckedCompletion(
  unchecked: readonly UncheckedAttachment[],
  lang: Lang,
  office: SendGuardOffice,
  failMode: SendGuardConfig["failMode"],
): Office.SmartAlertsEventCompletedOptions {
  return failModeCompletion(office, failMode, (mode) => uncheckedAlert(unchecked, lang, mode));
}

function failModeCompletion(
  office: SendGuardOffice,
  failMode: SendGuardConfig["failMode"],
  alert: (mode: SendGuardConfig["failMode"]) => string,
): Office.SmartAlertsEventCompletedOptions {
  if (failMode === "closed") return { allowEvent: false, errorMessage: alert("closed") };
  const prompt = alertCapabilities(office).paneButton ? promptUser(office) : {};
  if (prompt.sendModeOverride === undefined) return ALLOW;
  return { allowEvent: false, errorMessage: alert("open"), ...prompt };
}
