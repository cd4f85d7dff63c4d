import type { ReasonTexts } from "../reason-text";

/** Texts for the reason codes this part of the engine produces; see ../describe-reason.ts. */
export const triageReasons: ReasonTexts = {
  // Classification
  "rule.machine-header": {
    da: "Automatisk afsendt: brevhovedet {detail} viser det",
    en: "Sent automatically: the {detail} header shows it",
  },
  "rule.machine-address": {
    da: "Afsenderadressen er en systemadresse ({detail})",
    en: "The sender address is a system address ({detail})",
  },
  "rule.spam-words": {
    da: "Ordlyden er typisk for spam eller phishing («{detail}»)",
    en: "The wording is typical of spam or phishing ('{detail}')",
  },
  "model.words": {
    da: "Den ligner andre mails af samme slags. De ord, der talte mest, begynder med {detail}.",
    en: "It resembles other mails of this kind. The words that counted most begin with {detail}.",
  },
  "model.similar": {
    da: "Den ligner andre mails af samme slags i ordvalg og afsender.",
    en: "It resembles other mails of this kind in wording and sender.",
  },
  "handling.booking-words": {
    da: "Afsenderen beder om en samtale eller et møde («{detail}»)",
    en: "The sender asks for a call or a meeting ('{detail}')",
  },
  "handling.case-number": {
    da: "Henvendelsen henviser til et sags- eller journalnummer («{detail}»)",
    en: "The mail refers to a case or journal number ('{detail}')",
  },
  "handling.self-service-words": {
    da: "Det drejer sig om noget, en selvbetjening klarer («{detail}»)",
    en: "It is about something a self-service solution handles ('{detail}')",
  },
  "handling.question-words": {
    da: "Det lyder som et generelt spørgsmål («{detail}»)",
    en: "It reads as a general question ('{detail}')",
  },
  "handling.nothing-to-answer": {
    da: "Det ser ud til at være en tak uden nyt spørgsmål («{detail}»)",
    en: "It looks like a thank-you without a new question ('{detail}')",
  },
  "classify.quoted-read": {
    da: "Den nye tekst siger næsten intet, så den citerede historik er læst med",
    en: "The new text says almost nothing, so the quoted history was read too",
  },
  "classify.unreadable": {
    da: "Indholdet kunne ikke læses; kun emne og afsender er vurderet",
    en: "The content could not be read; only the subject and sender were assessed",
  },
  "flag.words": {
    da: "Ordlyden peger på det («{detail}»)",
    en: "The wording points to it ('{detail}')",
  },
  "topic.keywords": {
    da: "Emneord fra konfigurationen: {detail}",
    en: "Topic keywords from the configuration: {detail}",
  },
  "sender.authority-domain": {
    da: "Afsenderens domæne hører til en myndighed ({detail})",
    en: "The sender's domain belongs to a public authority ({detail})",
  },
  "sender.colleague": {
    da: "Afsenderen skriver fra kommunens eget domæne ({detail}): en kollega",
    en: "The sender writes from the municipality's own domain ({detail}): a colleague",
  },
  "sender.authority-name": {
    da: "Afsenderens navn eller underskrift nævner en myndighed («{detail}»)",
    en: "The sender's name or sign-off names a public authority ('{detail}')",
  },
  "sender.company-marker": {
    da: "Afsenderen skriver som virksomhed ({detail})",
    en: "The sender writes as a company ({detail})",
  },
  "sender.cvr": { da: "Mailen har et gyldigt CVR-nummer", en: "The mail carries a valid CVR number" },
  "sender.association": {
    da: "Afsenderen skriver som forening eller klub («{detail}»)",
    en: "The sender writes as an association or club ('{detail}')",
  },
  "sender.free-mail": {
    da: "Sendt fra en privat e-mailtjeneste ({detail})",
    en: "Sent from a private e-mail service ({detail})",
  },
  "lang.words": {
    da: "Sproget er genkendt på {detail} almindelige ord",
    en: "The language was recognised from {detail} common words",
  },
  "lang.default": {
    da: "For lidt tekst til at kende sproget; dansk er antaget",
    en: "Too little text to tell the language; Danish is assumed",
  },
  // Recommendation warnings
  "warn.sensitive-unsecured": {
    da: "Mailen er ikke krypteret og indeholder personoplysninger ({detail})",
    en: "The mail is not encrypted and carries personal data ({detail})",
  },
  "warn.no-email-reply": {
    da: "Svar ikke med e-mail",
    en: "Do not answer by e-mail",
  },
  "warn.no-forward-external": {
    da: "Videresend ikke mailen uden for kommunen",
    en: "Do not forward the mail outside the municipality",
  },
  "warn.answer-digital-post": {
    da: "Svar med Digital Post fra fagsystemet",
    en: "Answer through Digital Post from the case system",
  },
  "warn.journalise": {
    da: "Husk at journalisere mailen og svaret",
    en: "Remember to journalise the mail and the answer",
  },
  "warn.aktindsigt-deadline": {
    da: "Aktindsigt: afgør senest {detail}, eller giv besked om hvorfor og hvornår (offentlighedsloven § 36)",
    en: "Access to documents: decide by {detail}, or tell the requester why and when (Danish Access to Public Administration Files Act § 36)",
  },
  "warn.complaint": {
    da: "Klage: behandl den som en sag, og svar med Digital Post",
    en: "Complaint: handle it as a case and answer through Digital Post",
  },
  "warn.signature-unknown": {
    da: "Det kan ikke ses, om mailen var krypteret; gå ud fra, at den ikke var",
    en: "It cannot be seen whether the mail was encrypted; assume it was not",
  },
  "warn.encrypted-unreadable": {
    da: "Mailen er krypteret og kan ikke læses her; åbn den i Outlook med kommunens certifikat",
    en: "The mail is encrypted and cannot be read here; open it in Outlook with the municipality's certificate",
  },
  "warn.unsure-handling": {
    da: "Kanalvagt er usikker på, hvordan henvendelsen skal behandles; vælg selv under Vurdering",
    en: "Kanalvagt is unsure how the inquiry should be handled; choose under Assessment",
  },
  "warn.unsure-topic": {
    da: "Kanalvagt er usikker på emnet; vælg selv under Vurdering",
    en: "Kanalvagt is unsure of the topic; choose under Assessment",
  },
  "warn.unsure-sender": {
    da: "Kanalvagt er usikker på, hvem afsenderen er; vælg selv under Vurdering",
    en: "Kanalvagt is unsure who the sender is; choose under Assessment",
  },
  // Configuration
  "config.invalid": {
    da: "Konfigurationen er ugyldig ({detail}); standardkonfigurationen bruges",
    en: "The configuration is invalid ({detail}); the default configuration is in use",
  },
  "config.not-json": {
    da: "Konfigurationen er ikke gyldig JSON; standardkonfigurationen bruges",
    en: "The configuration is not valid JSON; the default configuration is in use",
  },
  "config.placeholder": {
    da: "Konfigurationen mangler en værdi: {detail} står stadig som pladsholder",
    en: "The configuration lacks a value: {detail} is still a placeholder",
  },
};
