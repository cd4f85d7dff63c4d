import type { Address, AttachmentInfo, Mail } from "../../src/core/mail";
import { corpusLikeText } from "../bench/corpus-text";
import { digits, pick, seededRandom, type Random } from "../bench/prng";

/**
 * Generated mails for the golden test: a fixed seed gives the same 3,000 mails on every run, so any change in what
 * the engine finds or decides shows up as a changed mail. They are built from fixed fragment lists (not from the
 * lexicons or the corpus, which change), short enough to keep the test quick, and varied where the engine branches:
 * plain text or HTML, new text with quoted history, signatures, sensitive phrases next to general questions,
 * identifiers with and without context, hiding tricks (zero-width characters, full-width digits, soft hyphens),
 * machine and authority senders, signed and encrypted mail, attachment names.
 */
export const FUZZ_SEED = 20261206;
export const FUZZ_COUNT = 3000;

export interface FuzzedMail {
  name: string;
  mail: Mail;
}

/** Sentences that make a category finding, or a near miss (a general question, someone else's case). */
const SENSITIVE = [
  "Jeg har fået konstateret diabetes og kan ikke møde op til samtalen.",
  "Min datter er indlagt på psykiatrisk afdeling efter et selvmordsforsøg.",
  "Min mand har kræft og får kemoterapi hver anden uge.",
  "Jeg er medlem af 3F og vil have min fagforening med til mødet.",
  "Vi er muslimer, og vores søn spiser ikke svinekød i institutionen.",
  "Jeg er jøde og kan ikke møde op på lørdage.",
  "Min søn er blevet dømt for vold og sidder i fængsel.",
  "Jeg har fået en bøde for spritkørsel og mistet kørekortet.",
  "Vi modtager kontanthjælp, og huslejen er steget.",
  "Der er en underretning om vores børn, og vi er bange for en anbringelse.",
  "Jeg er homoseksuel og bor sammen med min kæreste.",
  "Jeg er medlem af Enhedslisten og stiller op til byrådet.",
  "Min far har demens og har brug for plejebolig.",
  "Jeg er gravid i 20. uge og har brug for barsel fra den 1. juni.",
  "Hvad gør man, hvis man har diabetes og skal søge om merudgifter?",
  "Gælder reglerne om sygedagpenge også for folk med stress?",
  "Kan man søge om hjælpemidler, hvis man er kørestolsbruger?",
  "My son has autism and needs support at school.",
  "I was diagnosed with depression last year and I am on sick leave.",
  "Mein Vater ist an Krebs erkrankt und braucht Pflege.",
  "Jeg har været misbruger, men er nu i behandling på misbrugscentret.",
  "Min bror har en DNA-test, som viser arvelig sygdom.",
  "Vedlagt er min journal fra sygehuset og lægens erklæring.",
];

/** Everyday sentences with no sensitive data, so many mails end at "ingen" or "almindelige". */
const EVERYDAY = [
  "Hvornår har I åbent på lørdag?",
  "Jeg vil gerne bestille tid til nyt pas.",
  "Min adresse er Skovvej 33, 5800 Nyborg.",
  "Skraldet blev ikke hentet i går.",
  "Kan I sende mig et link til ansøgningen?",
  "Tak for hjælpen i går.",
  "Vi vil gerne leje gymnastiksalen til en fødselsdag.",
  "Fakturaen er betalt, men vi har fået en rykker.",
  "Is there an English version of the form?",
  "Vejen er fuld af huller efter vinteren.",
  "Jeg skal flytte den 1. april og vil gerne melde flytning.",
  "Kan jeg se min sag på nettet?",
];

/** Identifiers with context words, without, and numbers that only look like them. */
function identifier(random: Random): string {
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const year = String(Math.floor(random() * 100)).padStart(2, "0");
  const serial = digits(random, 4);
  const cpr = `${day}${month}${year}`;
  return pick(random, [
    `Mit CPR-nummer er ${cpr}-${serial}.`,
    `cpr: ${cpr}${serial}`,
    `Personnr. ${cpr} ${serial}`,
    `Min søns personnummer er ${cpr}-${serial}, hvis I skal bruge det.`,
    `Fakturanummer ${cpr}-${serial}`,
    `Sagsnr. ${cpr}${serial}`,
    `Ring på ${digits(random, 8)} eller ${digits(random, 10)}.`,
    `Nummeret ${cpr}-${serial} står på brevet.`,
    `Kan udbetales til reg.nr. ${digits(random, 4)} kontonr. ${digits(random, 10)}.`,
    `Min NemKonto er ${digits(random, 4)} ${digits(random, 8)}.`,
    "IBAN: DK50 0040 0440 1162 43",
    "Please transfer to DE89370400440532013000.",
    "GB82 WEST 1234 5698 7654 32",
    `IBAN DK${digits(random, 16)}`,
    `Mit pasnummer er ${digits(random, 9)}.`,
    `Kørekortnummer: ${digits(random, 8)}`,
    `passport no. ${pick(random, ["AB", "X", ""])}${digits(random, 7)}`,
    `Ordre ${digits(random, 10)} er afsendt.`,
    `CVR ${digits(random, 8)} og EAN 5798000${digits(random, 6)}`,
  ]);
}

/** Ways of hiding a number or word from a naive matcher, which normalisation should undo. */
function disguise(random: Random, text: string): string {
  switch (Math.floor(random() * 8)) {
    case 0:
      return text.replace(/(\d)(\d)/, "$1\u200B$2");
    case 1:
      return text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 2:
      return text.replace(/ /g, "\u00A0");
    case 3:
      return text.replace(/([a-zæøå]{4})([a-zæøå]{3})/, "$1\u00AD$2");
    case 4:
      return text.toUpperCase();
    default:
      return text;
  }
}

const SUBJECTS = [
  "Spørgsmål",
  "Sv: Spørgsmål til kommunen",
  "VS: Ansøgning om boligstøtte",
  "Fwd: Faktura 2025-0341",
  "Klage over afgørelse",
  "Anmodning om aktindsigt",
  "Aktindsigt i sag 27.12.04-P20-3-25",
  "Tid hos borgerservice",
  "Bestilling af nyt pas",
  "Storskrald",
  "Sygemelding",
  "Automatisk svar: Ferie",
  "Out of office",
  "Nyhedsbrev december",
  "Faktura nr. 88123",
  "Tilmelding til sommerlejr",
  "Byggetilladelse carport",
  "Helbredsoplysninger",
  "",
  "RE: question about my tax",
];

const SENDERS: Address[] = [
  { name: "Mette Hansen", address: "mette.hansen@gmail.com" },
  { name: "Jens Ole Nielsen", address: "jon1962@hotmail.com" },
  { name: "Fatima Ali", address: "fatima.ali@outlook.dk" },
  { name: "Byggefirma Jensen ApS", address: "info@byggefirma-jensen.dk" },
  { name: "Nyborg Boldklub", address: "formand@nyborgbk.dk" },
  { name: "Skattestyrelsen", address: "noreply@sktst.dk" },
  { name: "Udbetaling Danmark", address: "post@atp.dk" },
  { name: "Region Syddanmark", address: "kontakt@rsyd.dk" },
  { name: "Postmaster", address: "mailer-daemon@nyborg.dk" },
  { name: "Anne Jensen", address: "anje@nyborg.dk" },
  { name: "", address: "no-reply@newsletter.example.com" },
  { name: "Karen Sørensen", address: "karen@sorensen-revision.dk" },
];

const SIGNATURES = [
  "",
  "Med venlig hilsen\nMette Hansen",
  "Mvh.\nJens Ole Nielsen\nSkovvej 33, 5800 Nyborg\nTlf. 61 23 45 67",
  "-- \nKaren Sørensen\nSørensen Revision ApS\nCVR 12345678",
  "Venlig hilsen\nFormand, Nyborg Boldklub",
  "Best regards,\nFatima Ali",
  "Sendt fra min iPhone",
];

const QUOTE_HEADERS = [
  "Fra: Borgerservice <borgerservice@nyborg.dk>\nSendt: 3. marts 2025 14:02\nTil: Mette Hansen\nEmne: Sv: Spørgsmål",
  "Den 12. marts 2025 kl. 10.14 skrev Borgerservice <borgerservice@nyborg.dk>:",
  "-----Oprindelig meddelelse-----",
  "On Tue, 11 Mar 2025 at 09:00, Jobcenter Nyborg wrote:",
  "---------- Videresendt meddelelse ---------",
  "Am 11.03.2025 um 09:00 schrieb Bo:",
];

const ATTACHMENTS: AttachmentInfo[] = [
  { name: "lægeerklæring.pdf", contentType: "application/pdf", size: 81234 },
  { name: "faktura-88123.pdf", contentType: "application/pdf", size: 40211 },
  { name: "image001.png", contentType: "image/png", size: 5120, isInline: true },
  { name: "lønseddel marts.pdf", contentType: "application/pdf", size: 120455 },
  { name: "Dom fra byretten.docx", contentType: "application/msword", size: 30211 },
  { name: "smime.p7s", contentType: "application/pkcs7-signature", size: 4120 },
  { name: "tegning-carport.dwg", size: 901234 },
];

const SIGNED_TYPE = 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256';
const ENCRYPTED_TYPE = 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"';

function headersFor(random: Random, html: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
    "mime-version": "1.0",
  };
  const extra = random();
  if (extra < 0.06) headers["content-type"] = SIGNED_TYPE;
  else if (extra < 0.09) headers["content-type"] = ENCRYPTED_TYPE;
  else if (extra < 0.15) headers["auto-submitted"] = "auto-replied";
  else if (extra < 0.2) headers["list-unsubscribe"] = "<mailto:unsubscribe@newsletter.example.com>";
  else if (extra < 0.23) headers["x-auto-response-suppress"] = "All";
  return headers;
}

function paragraphs(random: Random): string[] {
  const result: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const parts = [
      random() < 0.4
        ? corpusLikeText(random, 40 + Math.floor(random() * 200)).trim()
        : pick(random, EVERYDAY),
    ];
    if (random() < 0.3) parts.push(disguise(random, pick(random, SENSITIVE)));
    if (random() < 0.4) parts.push(disguise(random, identifier(random)));
    if (random() < 0.3) parts.reverse();
    result.push(parts.join(random() < 0.5 ? " " : "\n"));
  }
  return result;
}

function quotedHistory(random: Random): string {
  const text =
    random() < 0.5 ? corpusLikeText(random, 60 + Math.floor(random() * 200)).trim() : pick(random, EVERYDAY);
  const extra = random() < 0.3 ? `\n${pick(random, SENSITIVE)}` : "";
  if (random() < 0.25) {
    return `${text}${extra}`
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
  }
  return `${pick(random, QUOTE_HEADERS)}\n\n${text}${extra}`;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function asHtml(random: Random, blocks: string[]): string {
  const body = blocks
    .map((block) => {
      const inner = escapeHtml(block).replace(/\n/g, "<br>");
      if (random() < 0.15) return `<div><span style="display:none">${inner}</span></div>`;
      if (random() < 0.3) return `<blockquote>${inner}</blockquote>`;
      return `<p>${inner.replace(/ og /g, " og&nbsp;")}</p>`;
    })
    .join("\n");
  return `<html><head><style>p{margin:0}</style></head><body>${body}</body></html>`;
}

function fuzzedMail(random: Random, index: number): Mail {
  const html = random() < 0.35;
  const blocks = [pick(random, ["Hej", "Kære Borgerservice", "Til rette vedkommende", "Hello", ""])];
  blocks.push(...paragraphs(random));
  blocks.push(pick(random, SIGNATURES));
  if (random() < 0.35) blocks.push(quotedHistory(random));
  const text = blocks.filter((block) => block !== "").join("\n\n");
  const attachments: AttachmentInfo[] = [];
  while (random() < 0.25 && attachments.length < 3) attachments.push(pick(random, ATTACHMENTS));
  const subject = disguise(random, pick(random, SUBJECTS));
  return {
    subject: random() < 0.1 ? `${subject} ${identifier(random)}` : subject,
    from: pick(random, SENDERS),
    to: [{ address: "borgerservice@nyborg.dk" }],
    cc: random() < 0.1 ? [{ name: "Jobcenter", address: "jobcenter@nyborg.dk" }] : [],
    date: new Date(Date.UTC(2025, 0, 1) + index * 3_600_000 * 7).toISOString(),
    headers: headersFor(random, html),
    ...(html ? { htmlBody: asHtml(random, blocks) } : { textBody: text }),
    attachments,
  };
}

/** The golden test's generated mails, named fuzz-0001 … in generation order. */
export function fuzzedMails(count = FUZZ_COUNT, seed = FUZZ_SEED): FuzzedMail[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    name: `fuzz-${String(i + 1).padStart(4, "0")}`,
    mail: fuzzedMail(random, i),
  }));
}
