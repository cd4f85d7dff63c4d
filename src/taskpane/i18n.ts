import { createContext, useContext } from "react";
import type { SignatureStatus } from "../core/analysis";
import type { Lang } from "../core/i18n/reason-text";
import type { ReadGap } from "../office/mailbox-port";

/** Danish first; English when Outlook's display language is English. */
export function paneLanguage(displayLanguage: string): Lang {
  return displayLanguage.trim().toLowerCase().startsWith("en") ? "en" : "da";
}

export interface PaneTexts {
  /** BCP 47 tag for dates and the page's lang attribute. */
  locale: string;
  loading: string;
  emptyTitle: string;
  emptyBody: string;
  errorTitle: string;
  errorAdvice: string;
  notInOutlookTitle: string;
  notInOutlookBody: string;
  followFailed: string;
  subject: string;
  noSubject: string;
  from: string;
  unknownSender: string;
  received: string;
  signatureHeading: string;
  signatureStatus: Record<SignatureStatus, string>;
  signatureMeaning: Record<SignatureStatus, string>;
  whyHeading: string;
  readGap: Record<ReadGap, string>;
}

const da: PaneTexts = {
  locale: "da-DK",
  loading: "Læser mailen …",
  emptyTitle: "Ingen mail valgt",
  emptyBody: "Vælg en mail i listen, så vurderer Kanalvagt den.",
  errorTitle: "Kanalvagt kunne ikke læse mailen",
  errorAdvice: "Vælg mailen igen. Sker det igen, så send teksten herunder til IT-supporten.",
  notInOutlookTitle: "Kanalvagt kører i Outlook",
  notInOutlookBody:
    "Åbn en mail i Outlook, og vælg Triage på båndet. Denne side virker ikke alene i en browser.",
  followFailed: "Kanalvagt følger ikke med, når du vælger en anden mail. Luk ruden, og åbn den igen.",
  subject: "Emne",
  noSubject: "(intet emne)",
  from: "Fra",
  unknownSender: "(ukendt afsender)",
  received: "Modtaget",
  signatureHeading: "Signatur og kryptering",
  signatureStatus: {
    signed: "Signeret",
    encrypted: "Krypteret",
    unsigned: "Hverken signeret eller krypteret",
    unknown: "Ukendt",
  },
  signatureMeaning: {
    signed: "Afsenderen har signeret mailen digitalt. Signaturen betyder ikke, at mailen er krypteret.",
    encrypted: "Mailen er krypteret, så kun modtageren kan læse indholdet.",
    unsigned: "Mailen er sendt som almindelig mail. Den kan være læst eller ændret undervejs.",
    unknown: "Kanalvagt kan ikke se, om mailen er signeret eller krypteret.",
  },
  whyHeading: "Sådan er det afgjort",
  readGap: {
    "headers-unsupported":
      "Denne version af Outlook giver ikke adgang til mailens headere (det kræver Mailbox 1.8).",
    "headers-empty": "Outlook gav ingen headere for mailen. Det sker for mails i Sendt post og for kladder.",
    "headers-failed": "Outlook kunne ikke hente mailens headere.",
  },
};

const en: PaneTexts = {
  locale: "en-GB",
  loading: "Reading the mail …",
  emptyTitle: "No mail selected",
  emptyBody: "Select a mail in the list and Kanalvagt will assess it.",
  errorTitle: "Kanalvagt could not read the mail",
  errorAdvice: "Select the mail again. If it happens again, send the text below to IT support.",
  notInOutlookTitle: "Kanalvagt runs in Outlook",
  notInOutlookBody:
    "Open a mail in Outlook and choose Triage on the ribbon. This page does not work on its own.",
  followFailed: "Kanalvagt does not follow when you select another mail. Close the pane and open it again.",
  subject: "Subject",
  noSubject: "(no subject)",
  from: "From",
  unknownSender: "(unknown sender)",
  received: "Received",
  signatureHeading: "Signature and encryption",
  signatureStatus: {
    signed: "Signed",
    encrypted: "Encrypted",
    unsigned: "Neither signed nor encrypted",
    unknown: "Unknown",
  },
  signatureMeaning: {
    signed: "The sender signed the mail digitally. A signature does not mean the mail is encrypted.",
    encrypted: "The mail is encrypted, so only the recipient can read its content.",
    unsigned: "The mail was sent as ordinary mail. It may have been read or changed on the way.",
    unknown: "Kanalvagt cannot tell whether the mail is signed or encrypted.",
  },
  whyHeading: "How this was decided",
  readGap: {
    "headers-unsupported":
      "This version of Outlook gives no access to the mail's headers (that needs Mailbox 1.8).",
    "headers-empty":
      "Outlook gave no headers for this mail. That happens for mail in Sent Items and for drafts.",
    "headers-failed": "Outlook could not fetch the mail's headers.",
  },
};

export const paneTexts: Record<Lang, PaneTexts> = { da, en };

export const LangContext = createContext<Lang>("da");

/** The pane's language and its texts, for components below <Pane>. */
export function useTexts(): { lang: Lang; t: PaneTexts } {
  const lang = useContext(LangContext);
  return { lang, t: paneTexts[lang] };
}
