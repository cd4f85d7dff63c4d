import type { Lang } from "../../core/i18n/reason-text";

/** What the compose view says: beside a mail being written, what the send guard would do with it and why. */
export interface ComposeTexts {
  heading: string;
  checking: string;
  checkAgain: string;
  checkFailedTitle: string;
  checkFailedBody: string;
  blockedTitle: string;
  blockedBody: (external: number) => string;
  internalWithDataTitle: string;
  internalWithDataBody: string;
  encryptedTitle: string;
  encryptedBody: string;
  clearTitle: string;
  clearBody: string;
  noRecipientsTitle: string;
  noRecipientsBody: string;
  foundHeading: string;
  /** `count` as countText words it: "3" or "mere end 100". */
  count: (count: string, name: string) => string;
  passages: (count: string, name: string) => string;
  inQuoted: string;
  inSubject: string;
  recipientsHeading: string;
  allInternal: (count: number) => string;
  noAddress: string;
  adviceHeading: string;
  adviceQuoted: string;
  adviceRemove: string;
  adviceDigitalPost: string;
  sharedMailbox: string;
}

const da: ComposeTexts = {
  heading: "Mailen du skriver",
  checking: "Tjekker mailen …",
  checkAgain: "Tjek igen",
  checkFailedTitle: "Kanalvagt kunne ikke tjekke mailen",
  checkFailedBody:
    "Se selv efter CPR-numre og helbreds- eller sociale oplysninger, også i den citerede tekst, og tryk Tjek igen.",
  blockedTitle: "Mailen bliver stoppet, når du trykker Send",
  blockedBody: (n) =>
    `Den indeholder fortrolige eller følsomme personoplysninger og går til ${n === 1 ? "1 modtager" : `${n} modtagere`} uden for kommunen med almindelig e-mail, som ikke er krypteret.`,
  internalWithDataTitle: "Følsomme oplysninger – men kun til modtagere i kommunen",
  internalWithDataBody:
    "Kanalvagt lader mailen gå, så længe alle modtagere er i kommunen. Tilføjer du en modtager udefra, bliver den stoppet.",
  encryptedTitle: "Mailen sendes krypteret",
  encryptedBody: "Outlook krypterer mailen med S/MIME, så Kanalvagt lader den gå.",
  clearTitle: "Ingen fortrolige eller følsomme oplysninger fundet",
  clearBody: "Kanalvagt stopper ikke mailen.",
  noRecipientsTitle: "Ingen modtagere endnu",
  noRecipientsBody: "Kanalvagt fandt ingen fortrolige eller følsomme oplysninger i mailen indtil nu.",
  foundHeading: "Det fandt Kanalvagt",
  count: (n, name) => `${n} × ${name}`,
  passages: (n, name) => (n === "1" ? name : `${name} (${n} steder)`),
  inQuoted: "Noget af det står i den citerede mail under dit svar.",
  inSubject: "Noget af det står i emnefeltet.",
  recipientsHeading: "Modtagere uden for kommunen",
  allInternal: (n) => (n === 0 ? "Mailen har ingen modtagere endnu." : "Alle modtagere er i kommunen."),
  noAddress: "(modtager uden e-mailadresse)",
  adviceHeading: "Sådan gør du",
  adviceQuoted: "Slet den citerede mail under dit svar – borgeren har den allerede.",
  adviceRemove: "Fjern CPR-numre og helbreds- eller sociale oplysninger fra din egen tekst og emnefeltet.",
  adviceDigitalPost:
    "Skal borgeren have oplysningerne, så send svaret med Digital Post fra fagsystemet i stedet for e-mail.",
  sharedMailbox: "Du skriver fra en delt postkasse; Kanalvagt tjekker mailen på samme måde.",
};

const en: ComposeTexts = {
  heading: "The mail you are writing",
  checking: "Checking the mail …",
  checkAgain: "Check again",
  checkFailedTitle: "Kanalvagt could not check the mail",
  checkFailedBody:
    "Look for CPR numbers and health or social details yourself, in the quoted text too, and press Check again.",
  blockedTitle: "This mail will be stopped when you press Send",
  blockedBody: (n) =>
    `It holds confidential or sensitive personal data and goes to ${n === 1 ? "1 recipient" : `${n} recipients`} outside the municipality by ordinary e-mail, which is not encrypted.`,
  internalWithDataTitle: "Sensitive data – but only to recipients in the municipality",
  internalWithDataBody:
    "Kanalvagt lets the mail go as long as every recipient is in the municipality. Add a recipient from outside and it is stopped.",
  encryptedTitle: "The mail is sent encrypted",
  encryptedBody: "Outlook encrypts the mail with S/MIME, so Kanalvagt lets it go.",
  clearTitle: "No confidential or sensitive data found",
  clearBody: "Kanalvagt will not stop the mail.",
  noRecipientsTitle: "No recipients yet",
  noRecipientsBody: "So far Kanalvagt has found no confidential or sensitive data in the mail.",
  foundHeading: "What Kanalvagt found",
  count: (n, name) => `${n} × ${name}`,
  passages: (n, name) => (n === "1" ? name : `${name} (${n} places)`),
  inQuoted: "Some of it is in the quoted mail below your reply.",
  inSubject: "Some of it is in the subject.",
  recipientsHeading: "Recipients outside the municipality",
  allInternal: (n) =>
    n === 0 ? "The mail has no recipients yet." : "Every recipient is in the municipality.",
  noAddress: "(recipient without an e-mail address)",
  adviceHeading: "What to do",
  adviceQuoted: "Delete the quoted mail below your reply – the citizen has it already.",
  adviceRemove: "Remove CPR numbers and health or social details from your own text and the subject.",
  adviceDigitalPost:
    "If the citizen needs the information, send the reply through Digital Post from the case system instead of e-mail.",
  sharedMailbox: "You are writing from a shared mailbox; Kanalvagt checks the mail the same way.",
};

export const composeTexts: Record<Lang, ComposeTexts> = { da, en };
