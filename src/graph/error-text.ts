import type { Lang } from "../core/i18n/reason-text";
import type { GraphCallError, GraphErrorKind } from "./errors";

/** What staff read when a Graph call fails: what happened and what to do, with the mailbox named. */
const TEXTS: Record<GraphErrorKind, Record<Lang, (mailbox: string) => string>> = {
  throttled: {
    da: (m) =>
      `Microsoft Graph beder os vente (for mange forespørgsler) for postkassen ${m}. Prøv igen om lidt.`,
    en: (m) => `Microsoft Graph asks us to wait (too many requests) for the mailbox ${m}. Try again shortly.`,
  },
  unavailable: {
    da: (m) => `Microsoft Graph svarer ikke lige nu (${m}). Prøv igen senere.`,
    en: (m) => `Microsoft Graph is not answering right now (${m}). Try again later.`,
  },
  timeout: {
    da: (m) => `Microsoft Graph svarede ikke i tide for postkassen ${m}. Prøv igen.`,
    en: (m) => `Microsoft Graph did not answer in time for the mailbox ${m}. Try again.`,
  },
  permission: {
    da: (m) =>
      `Tilføjelsesprogrammet mangler samtykke til postkassen ${m}, eller du har ikke adgang til den. En administrator skal give adgang.`,
    en: (m) =>
      `The add-in lacks consent for the mailbox ${m}, or you have no access to it. An admin must grant it.`,
  },
  "mailbox-not-found": {
    da: (m) =>
      `Postkassen ${m} findes ikke (omdøbt eller nedlagt?). Ret adressen – post til den gamle adresse bliver måske ikke besvaret.`,
    en: (m) =>
      `The mailbox ${m} does not exist (renamed or removed?). Correct the address – mail to the old address may go unanswered.`,
  },
  "message-not-found": {
    da: (m) => `Beskeden findes ikke længere i ${m} (slettet eller flyttet).`,
    en: (m) => `The message no longer exists in ${m} (deleted or moved).`,
  },
  "sign-in": {
    da: () => `Log ind på Microsoft 365 igen – adgangen er udløbet eller blev afvist.`,
    en: () => `Sign in to Microsoft 365 again – access expired or was refused.`,
  },
  network: {
    da: () => `Microsoft Graph kan ikke nås. Tjek netværksforbindelsen.`,
    en: () => `Microsoft Graph cannot be reached. Check the network connection.`,
  },
  cancelled: {
    da: () => `Afbrudt.`,
    en: () => `Cancelled.`,
  },
  request: {
    da: (m) => `Microsoft Graph afviste forespørgslen for ${m}. Kontakt support med fejlkoden.`,
    en: (m) => `Microsoft Graph refused the request for ${m}. Contact support with the error code.`,
  },
};

export function describeGraphError(error: GraphCallError, lang: Lang): string {
  const text = TEXTS[error.kind][lang](error.mailbox);
  return error.code && (error.kind === "request" || error.kind === "permission")
    ? `${text} (${error.code})`
    : text;
}
