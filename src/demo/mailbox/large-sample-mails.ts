import type { SampleAttachment, SampleMail } from "./sample-mail";

/** About 5 MB of text: the size of a long correspondence pasted into one mail. */
const HUGE_MAIL_CHARACTERS = 5 * 1024 * 1024;

const earlierLetter = [
  "> Kære Peter Lund",
  "> Vi har modtaget din henvendelse om tilskud til istandsættelse af din bolig og har nu behandlet sagen.",
  "> Kommunen har vurderet udgifterne ud fra de tilbud, du har sendt, og ud fra reglerne i lov om individuel boligstøtte.",
  "> Du kan klage over afgørelsen inden fire uger. Klagen sendes til kommunen, som vurderer sagen igen.",
  "> Venlig hilsen Borgerservice, Nyborg Kommune",
  ">",
].join("\n");

/** Built when the demo opens rather than stored: the bundle stays small and the size is exact. */
function hugeMail(): SampleMail {
  const opening = [
    "Hej igen",
    "Jeg sender hele vores korrespondance om sagen, så I har det hele samlet. Mit cpr-nr. står nederst.",
    "Venlig hilsen\nPeter Lund",
    "",
  ].join("\n\n");
  const closing = "\n\nPS: Mit cpr-nr. er 070761-4285, hvis I skal bruge det.";
  const repeats = Math.ceil(
    (HUGE_MAIL_CHARACTERS - opening.length - closing.length) / (earlierLetter.length + 1),
  );
  return {
    id: "meget-lang-mail",
    from: { name: "Peter Lund", address: "peter.lund@example.dk" },
    minutesAgo: 60 * 3,
    subject: "Hele korrespondancen om min boligsag (lang mail)",
    text: `${opening}${Array.from({ length: repeats }, () => earlierLetter).join("\n")}${closing}`,
  };
}

function scannedPages(count: number): SampleAttachment[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Scanning ${String(i + 1).padStart(3, "0")}.pdf`,
    contentType: "application/pdf",
    size: 80_000 + ((i * 7919) % 40_000),
  }));
}

export function largeSampleMails(): SampleMail[] {
  return [
    hugeMail(),
    {
      id: "200-bilag",
      from: { name: "Arkitektfirmaet Vang & Co", address: "sag@vang-arkitekter.example.dk" },
      minutesAgo: 60 * 8,
      subject: "Byggesag Strandvejen 14: scannede tegninger og bilag",
      text: [
        "Til Byg og Miljø",
        "Hermed de scannede tegninger, beregninger og fotos til byggesagen på Strandvejen 14. Der er 200 filer, en for hver side.",
        "Med venlig hilsen\nMarie Vang\nArkitektfirmaet Vang & Co ApS",
      ].join("\n\n"),
      attachments: scannedPages(200),
    },
  ];
}
