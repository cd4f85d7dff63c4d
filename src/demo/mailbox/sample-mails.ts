import type { SampleMail } from "./sample-mail";

/**
 * The demo's shared mailbox: the kinds of mail Borgerservice gets, from fictional people and firms. The CPR number
 * is the CPR office's published example (070761-4285), never a real person's.
 */
export const sampleMails: SampleMail[] = [
  {
    id: "sygedagpenge-cpr",
    from: { name: "Mette Nielsen", address: "mette.nielsen61@example.com" },
    minutesAgo: 14,
    unread: true,
    subject: "Min sygedagpengesag",
    text: [
      "Hej",
      "Jeg har været sygemeldt med stress og depression siden februar, og min læge har nu også fundet en diskusprolaps. Jeg har ikke hørt noget om min sygedagpengesag i tre uger, og jeg er bekymret for, om pengene kommer til tiden.",
      "Mit cpr-nr. er 070761-4285.",
      "Kan I fortælle mig, hvornår jeg får svar? Jeg har vedhæftet den seneste lægeerklæring.",
      "Venlig hilsen\nMette Nielsen\nSkovvej 4, 5800 Nyborg",
    ].join("\n\n"),
    attachments: [{ name: "Lægeerklæring marts.pdf", contentType: "application/pdf", size: 182_344 }],
  },
  {
    id: "fuldmagt-signeret",
    from: { name: "Ida Krogh", address: "ik@krogh-holm.example.dk" },
    minutesAgo: 52,
    unread: true,
    protection: "signed",
    subject: "Fuldmagt – boligstøttesag for Ellen Sørensen",
    text: [
      "Kære Borgerservice",
      "Jeg repræsenterer Ellen Sørensen i hendes sag om boligstøtte og sender hermed fuldmagt, så I kan tale med mig om sagen.",
      "Mailen er signeret digitalt, så I kan se, at den kommer fra mig. Skriv gerne, hvis I har brug for mere.",
      "Med venlig hilsen\nIda Krogh\nAdvokat\nKrogh & Holm Advokater, Vestergade 12, 5800 Nyborg",
    ].join("\n\n"),
    attachments: [{ name: "Fuldmagt Ellen Sørensen.pdf", contentType: "application/pdf", size: 96_512 }],
  },
  {
    id: "flytning",
    from: { name: "Jonas Bech", address: "jonas.bech@example.net" },
    minutesAgo: 95,
    unread: true,
    subject: "Hvordan melder vi flytning?",
    text: [
      "Hej",
      "Min kæreste og jeg flytter til Nyborg den 1. i næste måned. Hvordan melder vi flytning, og skal vi selv vælge en ny læge?",
      "Mvh\nJonas",
    ].join("\n\n"),
  },
  {
    id: "pas-tid",
    from: { name: "Karen Holm", address: "karen.holm@example.org" },
    minutesAgo: 160,
    subject: "Tid til nyt pas",
    text: [
      "Goddag",
      "Mit pas udløber i juni, og vi skal til Tyrkiet i sommerferien. Kan jeg få en tid hos jer til nyt pas? Jeg kan bedst om formiddagen.",
      "Venlig hilsen\nKaren Holm",
    ].join("\n\n"),
  },
  {
    id: "laegeerklaering-krypteret",
    from: { name: "Lægerne i Havnegade", address: "klinik@havnegade-laeger.example.dk" },
    minutesAgo: 60 * 3 + 40,
    protection: "encrypted",
    subject: "Lægeerklæring – sendt med sikker mail",
    text: "",
    attachments: [{ name: "smime.p7m", contentType: "application/pkcs7-mime", size: 248_120 }],
  },
  {
    id: "aktindsigt",
    from: { name: "Lars Winther", address: "lw@fyns-dagblad.example.dk" },
    minutesAgo: 60 * 22,
    subject: "Anmodning om aktindsigt – vintertjeneste 2024",
    text: [
      "Til Nyborg Kommune",
      "Jeg anmoder hermed om aktindsigt efter offentlighedsloven i kommunens kontrakter og korrespondance med entreprenører om vintertjenesten på de kommunale veje i 2024.",
      "Jeg foretrækker at få dokumenterne elektronisk.",
      "Venlig hilsen\nLars Winther\nJournalist, Fyns Dagblad",
    ].join("\n\n"),
  },
  {
    id: "new-resident-english",
    from: { name: "Olena Kovalenko", address: "olena.kovalenko@example.com" },
    minutesAgo: 60 * 26,
    subject: "Registering as a new resident",
    text: [
      "Hello,",
      "I have just moved to Nyborg to work at the hospital. How do I register my address and get a CPR number and a health insurance card? Do I need to book an appointment?",
      "Kind regards,\nOlena Kovalenko",
    ].join("\n\n"),
  },
  {
    id: "nyhedsbrev",
    from: { name: "Digital Forvaltning Nyt", address: "nyhedsbrev@digitalforvaltning.example.org" },
    minutesAgo: 60 * 47,
    subject: "Nyhedsbrev uge 11: Ny vejledning om sikker mail",
    text: [
      "Digital Forvaltning Nyt – uge 11",
      "Ny vejledning om sikker mail: Sådan hjælper I borgerne over i Digital Post.",
      "Kursus: Klarsprog i svar til borgere – tilmelding åben.",
      "Du får dette nyhedsbrev, fordi din organisation abonnerer. Afmeld nyhedsbrevet her: https://digitalforvaltning.example.org/afmeld",
    ].join("\n\n"),
    headers: {
      "List-Id": "Digital Forvaltning Nyt <nyt.digitalforvaltning.example.org>",
      "List-Unsubscribe": "<https://digitalforvaltning.example.org/afmeld>",
      Precedence: "bulk",
    },
  },
];
