import { createContext, useContext } from "react";
import type { SignatureStatus } from "../core/analysis";
import type { NotReadReason } from "../core/attachment";
import type { Lang } from "../core/i18n/reason-text";
import {
  FINDING_KIND_NAMES,
  HANDLING_LABELS,
  headingsIn,
  labelsIn,
  SENDER_LABELS,
} from "../core/i18n/taxonomy-labels";
import type { FindingKind, Flag, Handling, Location, Sender, Sensitivity } from "../core/taxonomy";
import type { Channel, TemplateId } from "../core/triage-types";
import type { ReadGap } from "../office/mailbox-port";
import type { ConfigNotice } from "./config/pane-config";
import type { ModelNotice } from "./engine/learned-model";

/** Danish first; English when Outlook's display language is English. */
export function paneLanguage(displayLanguage: string): Lang {
  return displayLanguage.trim().toLowerCase().startsWith("en") ? "en" : "da";
}

export interface PaneTexts {
  /** BCP 47 tag for dates and the page's lang attribute. */
  locale: string;
  loading: string;
  analysing: string;
  analysisFailedTitle: string;
  analysisFailedBody: string;
  emptyTitle: string;
  emptyBody: string;
  errorTitle: string;
  errorAdvice: string;
  notInOutlookTitle: string;
  notInOutlookBody: string;
  followFailed: string;
  /** The folded section with the mail's subject, sender and date. */
  aboutMail: string;
  attachments: string;
  subject: string;
  noSubject: string;
  from: string;
  unknownSender: string;
  received: string;
  sharedMailbox: (owner: string) => string;
  sharedReadOnly: string;
  readGap: Record<ReadGap, string>;
  // Assessment
  assessmentHeading: string;
  handlingLabel: string;
  topicLabel: string;
  senderLabel: string;
  confidence: (percent: number) => string;
  /** Beside an unsure field, before its two likeliest values as buttons. */
  unsure: string;
  /** The accessible name of the buttons of an unsure field: "Vælg behandling". */
  chooseValue: (field: string) => string;
  correctedByStaff: string;
  why: string;
  whyNone: string;
  handling: Record<Handling, string>;
  sender: Record<Sender, string>;
  flag: Record<Flag, string>;
  correct: string;
  correctHeading: string;
  /** The correction form's group of flags (aktindsigt, klage). */
  flagsLabel: string;
  saveCorrection: string;
  cancel: string;
  correctionSaved: string;
  correctionNotStored: string;
  // Signature
  signatureHeading: string;
  signatureStatus: Record<SignatureStatus, string>;
  signatureMeaning: Record<SignatureStatus, string>;
  whyHeading: string;
  // Findings
  findingsHeading: string;
  sensitivity: Record<Sensitivity, string>;
  noFindings: string;
  encryptedNoFindings: string;
  kind: Record<FindingKind, string>;
  where: Record<Location, string>;
  /** Where a finding inside an attachment stands: "i lønseddel.pdf, side 1". */
  inAttachment: (name: string, page?: number) => string;
  attachmentsHeading: string;
  attachmentsReading: string;
  attachmentsFailed: string;
  allAttachmentsRead: (count: number) => string;
  notReadTitle: string;
  notRead: Record<NotReadReason, string>;
  /** A file read up to the character limit and no further: its findings so far are shown, the rest was not read. */
  partlyRead: string;
  notReadAdvice: string;
  times: (count: number) => string;
  // Warning
  warningTitle: Record<"fortrolige" | "foelsomme", string>;
  /** The start of "… contains: CPR-nummer 070761-****, helbred." by signature state. */
  warningIntro: Record<SignatureStatus, string>;
  warningRequires: string;
  warningSteps: string[];
  // Deadlines and reminders
  deadline: (date: string) => string;
  deadlineNote: string;
  /** The journal reminder: "case" only beside the handling Sag, "other" for sensitive or unreadable mail. */
  journalise: Record<"case" | "other", string>;
  otherAdvice: string;
  // Reply
  replyHeading: string;
  channel: Record<Channel, string>;
  templateName: Record<TemplateId, string>;
  variants: string;
  preview: string;
  previewSubject: string;
  previewTo: string;
  /** What Outlook writes before a reply's subject. */
  replyPrefix: string;
  selfServiceLink: string;
  copyDigitalPost: string;
  copyText: string;
  copied: string;
  copyManual: string;
  sendReceipt: string;
  replyByMail: string;
  writeNewMessage: string;
  /** Under a template that opens as a new message: what goes with it and what does not. */
  newMessageNote: string;
  /** Under a template that opens as a reply: the subject Outlook gives it and the quote it adds. */
  replyQuoteNote: (subject: string) => string;
  /** Templates held back because they would carry personal data. */
  withheld: (count: number) => string;
  newMessageOpened: string;
  replyOpened: string;
  replyUnavailable: string;
  // Write-back
  settingsNoticeTitle: string;
  settingsNotice: (paths: string) => string;
  configNoticeTitle: string;
  /** Why the add-in's kanalvagt-config.json is not in use, and what the admin does about it. */
  configNotice: (notice: ConfigNotice) => string;
  modelNoticeTitle: string;
  /** Why the learned model the configuration names (`modelFile`) is not in use, and what the admin does about it. */
  modelNotice: (notice: ModelNotice) => string;
  writeBackHeading: string;
  applyCategories: string;
  categoriesApplied: string;
  categoriesCreated: (names: string) => string;
  categoriesMissing: (names: string) => string;
  categoriesMissingShared: (names: string, owner: string) => string;
  markAnswered: string;
  answeredMarked: string;
  recordStored: (time: string) => string;
  recordNotStored: string;
  recordStoredNow: string;
  writeBackUnavailable: string;
  writeBackRefused: string;
  actionFailed: string;
  statistics: string;
  triageTab: string;
  views: string;
}

const da: PaneTexts = {
  locale: "da-DK",
  loading: "Læser mailen …",
  analysing: "Analyserer …",
  analysisFailedTitle: "Kanalvagt kunne ikke vurdere mailen",
  analysisFailedBody:
    "Læs mailen selv, og behandl den efter kanalstrategien. Sker det igen, så send teksten herunder til IT-supporten.",
  emptyTitle: "Ingen mail valgt",
  emptyBody: "Vælg en mail i listen, så vurderer Kanalvagt den.",
  errorTitle: "Kanalvagt kunne ikke læse mailen",
  errorAdvice: "Vælg mailen igen. Sker det igen, så send teksten herunder til IT-supporten.",
  notInOutlookTitle: "Kanalvagt kører i Outlook",
  notInOutlookBody:
    "Åbn en mail i Outlook, og vælg Triage på båndet. Denne side virker ikke alene i en browser.",
  followFailed: "Kanalvagt følger ikke med, når du vælger en anden mail. Luk ruden, og åbn den igen.",
  aboutMail: "Om mailen",
  attachments: "Vedhæftet",
  subject: "Emne",
  noSubject: "(intet emne)",
  from: "Fra",
  unknownSender: "(ukendt afsender)",
  received: "Modtaget",
  sharedMailbox: (owner) => `Delt postkasse: ${owner}`,
  sharedReadOnly:
    "Du har kun læseadgang til den delte postkasse. Kanalvagt kan derfor ikke sætte kategorier eller gemme vurderingen på mailen.",
  readGap: {
    "headers-unsupported":
      "Denne version af Outlook giver ikke adgang til mailens headere (det kræver Mailbox 1.8).",
    "headers-empty": "Outlook gav ingen headere for mailen. Det sker for mails i Sendt post og for kladder.",
    "headers-failed": "Outlook kunne ikke hente mailens headere.",
    "shared-failed":
      "Outlook ville ikke oplyse dine rettigheder i den delte postkasse. Kategorier og gemt vurdering virker måske ikke.",
  },
  assessmentHeading: "Vurdering",
  handlingLabel: "Behandling",
  topicLabel: "Område",
  senderLabel: "Afsender",
  confidence: (percent) => `${percent} % sikker`,
  unsure: "Kanalvagt er usikker. Vælg det rigtige:",
  chooseValue: (field) => `Vælg ${field.toLowerCase()}`,
  correctedByStaff: "rettet af en medarbejder",
  why: "Hvorfor?",
  whyNone: "Ingen særlige tegn; vurderingen bygger på hele teksten.",
  handling: labelsIn(HANDLING_LABELS, "da"),
  sender: labelsIn(SENDER_LABELS, "da"),
  flag: { aktindsigt: "Aktindsigt", klage: "Klage" },
  correct: "Ret vurderingen",
  correctHeading: "Ret vurderingen",
  flagsLabel: "Markeringer",
  saveCorrection: "Gem rettelsen",
  cancel: "Annullér",
  correctionSaved: "Rettelsen er gemt på mailen.",
  correctionNotStored: "Rettelsen gælder nu, men Outlook lod ikke Kanalvagt gemme den på mailen.",
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
    unsigned:
      "Mailen er ikke signeret: vi kan ikke vide, hvem der har sendt den. Den er heller ikke krypteret, så den kan være læst eller ændret undervejs.",
    unknown: "Kanalvagt kan ikke se, om mailen er signeret eller krypteret.",
  },
  whyHeading: "Sådan er det afgjort",
  findingsHeading: "Personoplysninger",
  sensitivity: {
    ingen: "Ingen personoplysninger fundet",
    almindelige: "Almindelige personoplysninger",
    fortrolige: "Fortrolige oplysninger",
    foelsomme: "Følsomme oplysninger",
  },
  noFindings: "Kanalvagt fandt ingen CPR-numre eller følsomme oplysninger.",
  encryptedNoFindings: "Mailen er krypteret, så Kanalvagt har ikke kunnet læse indholdet.",
  kind: headingsIn(FINDING_KIND_NAMES, "da"),

  where: {
    "sender-name": "i afsenderens navn",
    subject: "i emnet",
    body: "i brødteksten",
    quoted: "i citeret tekst",
    "attachment-name": "i et vedhæftet filnavn",
    attachment: "i en vedhæftet fil",
  },
  inAttachment: (name, page) => `i ${name}${page === undefined ? "" : `, side ${page}`}`,
  attachmentsHeading: "Vedhæftede filer",
  attachmentsReading: "Læser de vedhæftede filer …",
  attachmentsFailed: "Kanalvagt kunne ikke læse de vedhæftede filer. Åbn dem, og se selv efter.",
  allAttachmentsRead: (count) =>
    count === 1
      ? "Kanalvagt har læst den vedhæftede fil."
      : `Kanalvagt har læst alle ${count} vedhæftede filer.`,
  notReadTitle: "Ikke læst",
  notRead: {
    image: "billede eller scanning – Kanalvagt læser ikke billeder",
    encrypted: "beskyttet med adgangskode",
    "too-large": "for stor",
    unsupported: "et format Kanalvagt ikke kender",
    damaged: "filen er i stykker eller kunne ikke hentes",
    limit: "for stor eller indviklet at læse sikkert",
    cloud: "et link til en fil i OneDrive eller SharePoint",
  },
  partlyRead: "kun læst et stykke ind – resten af filen var for lang",
  notReadAdvice:
    "Ikke læst betyder ikke, at der intet er. Åbn filen, og se selv efter CPR-numre og helbreds-, sociale eller strafferetlige oplysninger.",
  times: (count) => (count === 1 ? "1 gang" : `${count} gange`),
  warningTitle: {
    fortrolige: "Fortrolige oplysninger i en usikker mail",
    foelsomme: "Følsomme oplysninger i en usikker mail",
  },
  warningIntro: {
    unsigned: "Mailen er hverken signeret eller krypteret og indeholder",
    signed: "Mailen er signeret, men ikke krypteret, og indeholder",
    unknown: "Det kan ikke ses, om mailen var krypteret, så gå ud fra, at den ikke var. Den indeholder",
    encrypted: "Mailen indeholder",
  },
  warningRequires: "Kanalstrategien kræver, at du:",
  warningSteps: [
    "svarer i Digital Post fra fagsystemet – ikke med e-mail",
    "ikke videresender mailen uden for kommunen",
    "journaliserer mailen og svaret",
  ],
  deadline: (date) => `Svarfrist: ${date}`,
  deadlineNote:
    "Aktindsigt skal afgøres inden fristen. Kan det ikke nås, skal du skrive til afsenderen, hvorfor og hvornår.",
  journalise: {
    case: "Det er en sag: husk at journalisere mailen og svaret i fagsystemet.",
    other: "Husk at journalisere mailen og svaret i fagsystemet.",
  },
  otherAdvice: "Vær også opmærksom på",
  replyHeading: "Anbefalet svar",
  channel: {
    "digital-post": "Svar i Digital Post fra fagsystemet.",
    selvbetjening: "Henvis til selvbetjening – borgeren kan klare det selv.",
    booking: "Tilbyd en tid eller et opkald.",
    ingen: "Mailen skal ikke besvares.",
  },
  templateName: {
    "digital-post-svar": "Digital Post",
    kvittering: "Kvittering",
    selvbetjening: "Selvbetjening",
    booking: "Booking",
    "sikker-kanal": "Sikker kanal",
  },
  variants: "Svarskabeloner",
  preview: "Forhåndsvisning",
  previewSubject: "Emne:",
  previewTo: "Til:",
  replyPrefix: "SV:",
  selfServiceLink: "Selvbetjening:",
  copyDigitalPost: "Kopiér Digital Post-tekst",
  copyText: "Kopiér teksten",
  copied: "Teksten er kopieret. Sæt den ind i fagsystemet.",
  copyManual:
    "Outlook tillod ikke at kopiere automatisk. Teksten er markeret herunder: tryk Ctrl+C (Cmd+C på Mac).",
  sendReceipt: "Send kvittering",
  replyByMail: "Svar med e-mail",
  writeNewMessage: "Skriv som ny mail",
  newMessageNote:
    "Åbner som en ny mail til afsenderen med præcis denne tekst og dette emne. Den oprindelige mail kommer ikke med.",
  replyQuoteNote: (subject) =>
    `Åbner som svar med emnet »SV: ${subject}«. Outlook sætter hele den oprindelige mail ind under svaret. Kanalvagt fandt ingen personoplysninger i den.`,
  withheld: (count) =>
    count === 1
      ? "1 svarskabelon vises ikke, fordi den selv ville indeholde personoplysninger."
      : `${count} svarskabeloner vises ikke, fordi de selv ville indeholde personoplysninger.`,
  newMessageOpened: "Mailen er åbnet i Outlook. Læs den igennem, og send den.",
  replyOpened: "Svaret er åbnet i Outlook. Læs det igennem, og send det.",
  replyUnavailable: "Denne version af Outlook kan ikke åbne en mail fra Kanalvagt. Kopiér teksten i stedet.",
  settingsNoticeTitle: "Til administrator: indstillinger mangler",
  settingsNotice: (paths) =>
    `Disse værdier er ikke udfyldt i konfigurationen, så svarene udelader de linjer, der bruger dem: ${paths}. Se administratorvejledningen.`,
  configNoticeTitle: "Til administrator: konfigurationsfilen bruges ikke",
  configNotice: (notice) => {
    switch (notice.reason) {
      case "missing":
        return "Der ligger ingen kanalvagt-config.json ved siden af taskpane.html på tilføjelsesprogrammets server, så Kanalvagt bruger sin indbyggede standardkonfiguration. Læg kommunens konfigurationsfil dér (se administratorvejledningen).";
      case "invalid":
        return "kanalvagt-config.json er ugyldig, så Kanalvagt bruger sin indbyggede standardkonfiguration. Ret fejlene herunder, tjek filen med »npx kanalvagt config check«, og læg den op igen.";
      case "unreachable":
        return `Kanalvagt kunne ikke hente kanalvagt-config.json og bruger ${notice.usingCached ? "den senest hentede udgave" : "sin indbyggede standardkonfiguration"}. Tjek, at filen kan hentes fra tilføjelsesprogrammets server.`;
    }
  },
  modelNoticeTitle: "Til administrator: den lærte model bruges ikke",
  modelNotice: (notice) => {
    const shipped = "så Kanalvagt sorterer med den medfølgende model";
    switch (notice.reason) {
      case "missing":
        return `Konfigurationen peger på modellen ${notice.file}, men den ligger ikke på tilføjelsesprogrammets server, ${shipped}. Læg filen dér, eller fjern »modelFile« fra konfigurationen.`;
      case "unreachable":
        return `Kanalvagt kunne ikke hente modellen ${notice.file}, ${shipped}. Tjek, at filen kan hentes fra tilføjelsesprogrammets server.`;
      case "invalid":
        return `Modellen ${notice.file} er ikke en gyldig Kanalvagt-model, ${shipped}. Lær modellen igen med »npx kanalvagt learn«, og læg den op igen.`;
      case "other-version":
        return `Modellen ${notice.file} er lært med en anden version af Kanalvagt (format ${notice.format}), ${shipped}. Lær modellen igen med denne version (»npx kanalvagt learn«).`;
    }
  },
  writeBackHeading: "Registrér i postkassen",
  applyCategories: "Anvend kategorier",
  categoriesApplied: "Kategorierne er sat på mailen, og vurderingen er gemt.",
  categoriesCreated: (names) => `Kanalvagt oprettede kategorierne ${names} i din kategoriliste.`,
  categoriesMissing: (names) =>
    `Kategorierne ${names} findes ikke i kategorilisten, og Kanalvagt må ikke oprette dem. Bed en administrator om at oprette dem.`,
  categoriesMissingShared: (names, owner) =>
    `Kategorierne ${names} findes ikke i den delte postkasse ${owner}. Kun en administrator kan oprette dem dér; bed IT om det.`,
  markAnswered: "Markér som besvaret via Digital Post",
  answeredMarked: "Mailen er markeret som besvaret via Digital Post.",
  recordStored: (time) => `Vurderingen er gemt på mailen (${time}).`,
  recordNotStored: "Vurderingen er ikke gemt på mailen endnu.",
  recordStoredNow: "Vurderingen er gemt på mailen.",
  writeBackUnavailable:
    "Denne version af Outlook lader ikke Kanalvagt sætte kategorier eller gemme vurderingen (det kræver Mailbox 1.8).",
  writeBackRefused:
    "Outlook afviste ændringen: du har ikke rettigheder til at ændre mails i denne postkasse. Kontakt IT, hvis du skal have det.",
  actionFailed: "Det lykkedes ikke. Prøv igen; sker det igen, så send teksten herunder til IT-supporten.",
  statistics: "Statistik",
  triageTab: "Mailen",
  views: "Visning",
};

const en: PaneTexts = {
  locale: "en-GB",
  loading: "Reading the mail …",
  analysing: "Analysing …",
  analysisFailedTitle: "Kanalvagt could not assess the mail",
  analysisFailedBody:
    "Read the mail yourself and handle it by the channel strategy. If it happens again, send the text below to IT support.",
  emptyTitle: "No mail selected",
  emptyBody: "Select a mail in the list and Kanalvagt will assess it.",
  errorTitle: "Kanalvagt could not read the mail",
  errorAdvice: "Select the mail again. If it happens again, send the text below to IT support.",
  notInOutlookTitle: "Kanalvagt runs in Outlook",
  notInOutlookBody:
    "Open a mail in Outlook and choose Triage on the ribbon. This page does not work on its own.",
  followFailed: "Kanalvagt does not follow when you select another mail. Close the pane and open it again.",
  aboutMail: "About the mail",
  attachments: "Attached",
  subject: "Subject",
  noSubject: "(no subject)",
  from: "From",
  unknownSender: "(unknown sender)",
  received: "Received",
  sharedMailbox: (owner) => `Shared mailbox: ${owner}`,
  sharedReadOnly:
    "You can only read this shared mailbox, so Kanalvagt cannot set categories or store its assessment on the mail.",
  readGap: {
    "headers-unsupported":
      "This version of Outlook gives no access to the mail's headers (that needs Mailbox 1.8).",
    "headers-empty":
      "Outlook gave no headers for this mail. That happens for mail in Sent Items and for drafts.",
    "headers-failed": "Outlook could not fetch the mail's headers.",
    "shared-failed":
      "Outlook would not tell your rights in the shared mailbox. Categories and the stored assessment may not work.",
  },
  assessmentHeading: "Assessment",
  handlingLabel: "Handling",
  topicLabel: "Topic",
  senderLabel: "Sender",
  confidence: (percent) => `${percent} % sure`,
  unsure: "Kanalvagt is unsure. Choose the right one:",
  chooseValue: (field) => `Choose ${field.toLowerCase()}`,
  correctedByStaff: "corrected by staff",
  why: "Why?",
  whyNone: "No particular signs; the assessment rests on the whole text.",
  handling: labelsIn(HANDLING_LABELS, "en"),
  sender: labelsIn(SENDER_LABELS, "en"),
  flag: { aktindsigt: "Access to documents", klage: "Complaint" },
  correct: "Correct the assessment",
  correctHeading: "Correct the assessment",
  flagsLabel: "Flags",
  saveCorrection: "Save the correction",
  cancel: "Cancel",
  correctionSaved: "The correction is stored on the mail.",
  correctionNotStored: "The correction applies now, but Outlook did not let Kanalvagt store it on the mail.",
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
    unsigned:
      "The mail is not signed: we cannot know who sent it. Nor is it encrypted, so it may have been read or changed on the way.",
    unknown: "Kanalvagt cannot tell whether the mail is signed or encrypted.",
  },
  whyHeading: "How this was decided",
  findingsHeading: "Personal data",
  sensitivity: {
    ingen: "No personal data found",
    almindelige: "Ordinary personal data",
    fortrolige: "Confidential data",
    foelsomme: "Sensitive data",
  },
  noFindings: "Kanalvagt found no CPR numbers or sensitive data.",
  encryptedNoFindings: "The mail is encrypted, so Kanalvagt could not read its content.",
  kind: headingsIn(FINDING_KIND_NAMES, "en"),

  where: {
    "sender-name": "in the sender's name",
    subject: "in the subject",
    body: "in the body",
    quoted: "in quoted text",
    "attachment-name": "in an attachment name",
    attachment: "in an attachment",
  },
  inAttachment: (name, page) => `in ${name}${page === undefined ? "" : `, page ${page}`}`,
  attachmentsHeading: "Attachments",
  attachmentsReading: "Reading the attachments …",
  attachmentsFailed: "Kanalvagt could not read the attachments. Open them and check them yourself.",
  allAttachmentsRead: (count) =>
    count === 1 ? "Kanalvagt has read the attachment." : `Kanalvagt has read all ${count} attachments.`,
  notReadTitle: "Not read",
  notRead: {
    image: "a picture or scan – Kanalvagt does not read pictures",
    encrypted: "protected by a password",
    "too-large": "too large",
    unsupported: "a format Kanalvagt does not know",
    damaged: "the file is damaged or could not be fetched",
    limit: "too large or complex to read safely",
    cloud: "a link to a file in OneDrive or SharePoint",
  },
  partlyRead: "read only part of the way – the rest of the file was too long",
  notReadAdvice:
    "Not read does not mean nothing is there. Open the file and check it yourself for CPR numbers and health, social or criminal matters.",
  times: (count) => (count === 1 ? "once" : `${count} times`),
  warningTitle: {
    fortrolige: "Confidential data in an unprotected mail",
    foelsomme: "Sensitive data in an unprotected mail",
  },
  warningIntro: {
    unsigned: "The mail is neither signed nor encrypted and carries",
    signed: "The mail is signed but not encrypted and carries",
    unknown: "It cannot be seen whether the mail was encrypted, so assume it was not. It carries",
    encrypted: "The mail carries",
  },
  warningRequires: "The channel strategy requires you to:",
  warningSteps: [
    "answer through Digital Post from the case system – not by e-mail",
    "not forward the mail outside the municipality",
    "journalise the mail and the answer",
  ],
  deadline: (date) => `Deadline: ${date}`,
  deadlineNote:
    "Access to documents must be decided by the deadline. If that cannot be met, write to the requester why and when.",
  journalise: {
    case: "This is a case: remember to journalise the mail and the answer in the case system.",
    other: "Remember to journalise the mail and the answer in the case system.",
  },
  otherAdvice: "Also note",
  replyHeading: "Recommended answer",
  channel: {
    "digital-post": "Answer through Digital Post from the case system.",
    selvbetjening: "Point to self-service – the citizen can do this themselves.",
    booking: "Offer an appointment or a call.",
    ingen: "The mail needs no answer.",
  },
  templateName: {
    "digital-post-svar": "Digital Post",
    kvittering: "Receipt",
    selvbetjening: "Self-service",
    booking: "Booking",
    "sikker-kanal": "Secure channel",
  },
  variants: "Reply templates",
  preview: "Preview",
  previewSubject: "Subject:",
  previewTo: "To:",
  replyPrefix: "RE:",
  selfServiceLink: "Self-service:",
  copyDigitalPost: "Copy the Digital Post text",
  copyText: "Copy the text",
  copied: "The text is copied. Paste it into the case system.",
  copyManual:
    "Outlook did not allow copying automatically. The text is selected below: press Ctrl+C (Cmd+C on Mac).",
  sendReceipt: "Send receipt",
  replyByMail: "Reply by e-mail",
  writeNewMessage: "Write as a new mail",
  newMessageNote:
    "Opens as a new mail to the sender with exactly this text and subject. The original mail is not included.",
  replyQuoteNote: (subject) =>
    `Opens as a reply with the subject "RE: ${subject}". Outlook puts the whole original mail below the reply. Kanalvagt found no personal data in it.`,
  withheld: (count) =>
    count === 1
      ? "1 reply template is not shown because it would itself contain personal data."
      : `${count} reply templates are not shown because they would themselves contain personal data.`,
  newMessageOpened: "The mail is open in Outlook. Read it through and send it.",
  replyOpened: "The reply is open in Outlook. Read it through and send it.",
  replyUnavailable: "This version of Outlook cannot open a mail from Kanalvagt. Copy the text instead.",
  settingsNoticeTitle: "For the administrator: settings missing",
  settingsNotice: (paths) =>
    `These values are not filled in in the configuration, so the replies leave out the lines that use them: ${paths}. See the admin guide.`,
  configNoticeTitle: "For the administrator: the configuration file is not in use",
  configNotice: (notice) => {
    switch (notice.reason) {
      case "missing":
        return "There is no kanalvagt-config.json beside taskpane.html on the add-in's host, so Kanalvagt uses its bundled default configuration. Put the municipality's configuration file there (see the admin guide).";
      case "invalid":
        return "kanalvagt-config.json is invalid, so Kanalvagt uses its bundled default configuration. Fix the problems below, check the file with “npx kanalvagt config check” and upload it again.";
      case "unreachable":
        return `Kanalvagt could not fetch kanalvagt-config.json and uses ${notice.usingCached ? "the copy it fetched last" : "its bundled default configuration"}. Check that the file can be fetched from the add-in's host.`;
    }
  },
  modelNoticeTitle: "For the administrator: the learned model is not in use",
  modelNotice: (notice) => {
    const shipped = "so Kanalvagt classifies with its shipped model";
    switch (notice.reason) {
      case "missing":
        return `The configuration names the model ${notice.file}, but it is not on the add-in's host, ${shipped}. Put the file there, or remove “modelFile” from the configuration.`;
      case "unreachable":
        return `Kanalvagt could not fetch the model ${notice.file}, ${shipped}. Check that the file can be fetched from the add-in's host.`;
      case "invalid":
        return `The model ${notice.file} is not a valid Kanalvagt model, ${shipped}. Learn the model again with “npx kanalvagt learn” and upload it again.`;
      case "other-version":
        return `The model ${notice.file} was learned with another version of Kanalvagt (format ${notice.format}), ${shipped}. Learn it again with this version (“npx kanalvagt learn”).`;
    }
  },
  writeBackHeading: "Record in the mailbox",
  applyCategories: "Apply categories",
  categoriesApplied: "The categories are set on the mail and the assessment is stored.",
  categoriesCreated: (names) => `Kanalvagt created the categories ${names} in your category list.`,
  categoriesMissing: (names) =>
    `The categories ${names} are not in the category list and Kanalvagt may not create them. Ask an admin to create them.`,
  categoriesMissingShared: (names, owner) =>
    `The categories ${names} do not exist in the shared mailbox ${owner}. Only an admin can create them there; ask IT.`,
  markAnswered: "Mark as answered through Digital Post",
  answeredMarked: "The mail is marked as answered through Digital Post.",
  recordStored: (time) => `The assessment is stored on the mail (${time}).`,
  recordNotStored: "The assessment is not stored on the mail yet.",
  recordStoredNow: "The assessment is stored on the mail.",
  writeBackUnavailable:
    "This version of Outlook does not let Kanalvagt set categories or store its assessment (that needs Mailbox 1.8).",
  writeBackRefused:
    "Outlook refused the change: you have no rights to change mail in this mailbox. Contact IT if you need them.",
  actionFailed: "That did not work. Try again; if it happens again, send the text below to IT support.",
  statistics: "Statistics",
  triageTab: "The mail",
  views: "View",
};

export const paneTexts: Record<Lang, PaneTexts> = { da, en };

export const LangContext = createContext<Lang>("da");

/** The pane's language and its texts, for components below <Pane>. */
export function useTexts(): { lang: Lang; t: PaneTexts } {
  const lang = useContext(LangContext);
  return { lang, t: paneTexts[lang] };
}
