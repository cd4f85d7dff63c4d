import { buildDocx } from "../documents/office-writer";
import { buildPdf } from "../documents/pdf-writer";
import { greyPng } from "../documents/png-writer";
import type { SampleAttachment, SampleMail } from "./sample-mail";

/**
 * Demo mails whose attachments hold what the mail itself does not: a payslip PDF with a CPR number, a Word application
 * about a depression, a photo Kanalvagt cannot read. The files are built here in code (real PDF, DOCX and PNG bytes).
 */
export function attachmentSampleMails(): SampleMail[] {
  return [
    {
      id: "loensedler-pdf",
      from: { name: "Sofie Andersen", address: "sofie.andersen@example.net" },
      minutesAgo: 35,
      unread: true,
      subject: "Lønsedler til min ansøgning om boligstøtte",
      text: [
        "Hej",
        "Hermed mine lønsedler for de sidste fem år, som I bad om i jeres brev.",
        "Venlig hilsen\nSofie Andersen",
      ].join("\n\n"),
      attachments: [file("Lønsedler 2021-2025.pdf", "application/pdf", payslips())],
    },
    {
      id: "ansoegning-docx",
      from: { name: "Henrik Dahl", address: "henrik.dahl@example.org" },
      minutesAgo: 70,
      unread: true,
      subject: "Ansøgning om enkeltydelse",
      text: [
        "Til Borgerservice",
        "Jeg sender min ansøgning som Word-fil og et billede af regningen.",
        "Med venlig hilsen\nHenrik Dahl",
      ].join("\n\n"),
      attachments: [
        file(
          "Ansøgning enkeltydelse.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          buildDocx(
            [
              "Ansøgning om enkeltydelse til tandbehandling",
              "Jeg har siden efteråret været sygemeldt med en svær depression og går i behandling hos en psykiater.",
              "Medicinen har givet mig mundtørhed, og tandlægen siger, at to tænder skal behandles.",
              "Jeg har ikke selv råd til regningen på 6.400 kr., og jeg søger derfor om hjælp til den.",
              "Henrik Dahl, Kongevej 9, 5800 Nyborg",
            ].join("\n"),
          ),
        ),
        file("Regning tandlæge.png", "image/png", greyPng(320, 200)),
      ],
    },
  ];
}

function file(name: string, contentType: string, content: Uint8Array): SampleAttachment {
  return { name, contentType, size: content.byteLength, content };
}

const MONTH_NAMES = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

/**
 * Five years of monthly payslips, one page each, uncompressed as many payroll systems write them: about 200 KB, the
 * size the pane's time to attachment findings is measured on. The CPR number (the CPR office's published example)
 * stands on the first page only.
 */
function payslips(): Uint8Array {
  const pages: string[][][] = [];
  for (let year = 2021; year <= 2025; year++) {
    MONTH_NAMES.forEach((month, m) => {
      const lines = [
        `Lønseddel ${month} ${year}`,
        "Nyborg Rengøring ApS, Havnegade 3, 5800 Nyborg",
        pages.length === 0
          ? "Medarbejder: Sofie Andersen, CPR-nr. 070761-4285"
          : "Medarbejder: Sofie Andersen",
        "Medarbejdernr. 4471, lønperiode 1. til sidste dag i måneden",
      ];
      for (let day = 1; day <= 23; day++) {
        const hours = 7 + ((day + m + year) % 3) * 0.5;
        lines.push(
          `${day}. ${month}: ${hours.toFixed(2)} timer à 198,50 kr. = ${(hours * 198.5).toFixed(2)} kr.`,
        );
        lines.push(`   Tillæg aften ${((day * 7 + m) % 4) * 0.5} timer, pension 8 %, ATP 99,00 kr.`);
      }
      lines.push("Udbetalt til NemKonto. Spørgsmål om lønnen: løn@nyborg-rengoering.example.dk");
      pages.push(lines.map((line) => [line]));
    });
  }
  return buildPdf(pages, { compress: false });
}
