import { attachmentSampleMails } from "./attachment-mails";
import { largeSampleMails } from "./large-sample-mails";
import type { SampleMail } from "./sample-mail";

/**
 * The demo's shared mailbox: the kinds of mail Borgerservice gets, from fictional people and firms. The CPR number
 * is the CPR office's published example (070761-4285), never a real person's; the bank account is made up.
 */
const everydayMails: SampleMail[] = [
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
  {
    id: "klage-boligstoette",
    from: { name: "Peter Lund", address: "peter.lund@example.dk" },
    minutesAgo: 38,
    unread: true,
    subject: "Klage over afgørelse om boligstøtte",
    text: [
      "Til Nyborg Kommune",
      "Jeg vil klage over jeres afgørelse af 12. marts om min boligstøtte. I har ikke regnet med, at min datter flyttede hjemmefra i januar, og derfor er støtten sat for lavt ned.",
      "Jeg beder jer se på sagen igen. Sagsnr. 2025-004417.",
      "Med venlig hilsen\nPeter Lund\nStrandvejen 9, 5800 Nyborg",
    ].join("\n\n"),
  },
  {
    id: "storskrald",
    from: { name: "Birthe Madsen", address: "birthe.madsen@example.net" },
    minutesAgo: 75,
    unread: true,
    subject: "Hvornår henter I storskrald?",
    text: [
      "Hej",
      "Vi har en gammel sofa og et køleskab, der skal ud. Hvornår kommer storskraldet i Ullerslev, og skal jeg bestille afhentning?",
      "Hilsen Birthe",
    ].join("\n\n"),
  },
  {
    id: "carport",
    from: { name: "Thomas Kjær", address: "thomas.kjaer@example.com" },
    minutesAgo: 130,
    subject: "Skal jeg søge om tilladelse til en carport?",
    text: [
      "Goddag",
      "Jeg vil gerne bygge en carport på ca. 30 m² ved mit hus på Bøgevej. Skal jeg søge byggetilladelse, eller er det nok at anmelde den?",
      "Venlig hilsen\nThomas Kjær",
    ].join("\n\n"),
  },
  {
    id: "tilbagebetaling-konto",
    from: { name: "Sofie Andersen", address: "sofie.andersen@example.org" },
    minutesAgo: 200,
    unread: true,
    subject: "Tilbagebetaling af for meget betalt daginstitutionstakst",
    text: [
      "Hej",
      "I skrev, at jeg har betalt for meget for min søns plads i vuggestuen i efteråret, og at pengene bliver betalt tilbage. Min NemKonto er skiftet, så beløbet skal gå til reg.nr. 5470 kontonr. 0001234567.",
      "På forhånd tak.",
      "Mvh\nSofie Andersen",
    ].join("\n\n"),
  },
  {
    id: "roklub-hal",
    from: { name: "Nyborg Roklub", address: "formand@nyborg-roklub.example.dk" },
    minutesAgo: 60 * 4 + 10,
    subject: "Ønske om et møde om haltider til vintertræning",
    text: [
      "Kære Kultur og Fritid",
      "Nyborg Roklub vil gerne leje Nyborg Hallen tirsdag aften fra oktober til marts til vores vintertræning. Kan vi aftale et møde med jer om mulighederne? Vi kan mødes i næste uge.",
      "Med venlig hilsen\nHanne Brix\nFormand, Nyborg Roklub",
    ].join("\n\n"),
  },
  {
    id: "faktura-aps",
    from: { name: "Fynsk VVS ApS", address: "bogholderi@fynsk-vvs.example.dk" },
    minutesAgo: 60 * 5,
    subject: "Rykker: faktura 20931 er ikke betalt",
    text: [
      "Til Nyborg Kommune, kreditorbogholderiet",
      "Vi kan se, at vores faktura nr. 20931 af 3. februar for reparation af varmeanlægget på Nyborg Skole endnu ikke er betalt. Fakturaen er sendt via EAN 5798000000000.",
      "Vil I undersøge sagen og give os besked om, hvornår betalingen sker?",
      "Med venlig hilsen\nFynsk VVS ApS\nCVR 12345678\nHavnevej 2, 5800 Nyborg",
    ].join("\n\n"),
  },
  {
    id: "odense-sag-signeret",
    from: { name: "Odense Kommune, Ydelsesservice", address: "ydelsesservice@odense.example.dk" },
    minutesAgo: 60 * 6,
    protection: "signed",
    subject: "Overflytning af sag om kontanthjælp",
    text: [
      "Til Nyborg Kommune",
      "Borgeren Mette Nielsen, cpr-nr. 070761-4285, er flyttet fra Odense til Nyborg pr. 1. marts. Hun modtager kontanthjælp og har et igangværende forløb hos jobcentret på grund af langvarig sygdom.",
      "Vi sender sagens akter med Digital Post til jeres fagsystem. Denne mail er kun et varsel.",
      "Med venlig hilsen\nYdelsesservice\nOdense Kommune",
    ].join("\n\n"),
  },
  {
    id: "tak-for-hjaelpen",
    from: { name: "Jonas Bech", address: "jonas.bech@example.net" },
    minutesAgo: 60 * 7,
    subject: "SV: Hvordan melder vi flytning?",
    text: [
      "Tak for hjælpen, det lykkedes!",
      "Mvh\nJonas",
      "Fra: Borgerservice\nSendt: 3. marts\nTil: Jonas Bech\nEmne: Hvordan melder vi flytning?",
      "> Du kan melde flytning på borger.dk. Venlig hilsen Borgerservice",
    ].join("\n\n"),
  },
  {
    id: "citeret-cpr",
    from: { name: "Ali Hassan", address: "ali.hassan@example.com" },
    minutesAgo: 60 * 9,
    subject: "SV: Dokumentation til din ansøgning",
    text: [
      "Hej igen",
      "Hermed lønsedlerne, som I bad om. Skal jeg sende andet?",
      "Ali",
      "-----Oprindelig meddelelse-----\nFra: Ali Hassan\nSendt: 28. februar\nTil: Borgerservice\nEmne: Ansøgning om enkeltydelse",
      "> Jeg søger om hjælp til en ny briller, fordi jeg har grå stær. Mit cpr-nummer er 070761-4285.",
    ].join("\n\n"),
    attachments: [{ name: "Lønsedler jan-feb.pdf", contentType: "application/pdf", size: 312_001 }],
  },
  {
    id: "dagtilbud",
    from: { name: "Camilla Holt", address: "camilla.holt@example.dk" },
    minutesAgo: 60 * 20,
    subject: "Vuggestueplads fra august",
    text: [
      "Hej",
      "Vi får brug for en vuggestueplads til vores datter fra august. Hvordan skriver vi hende op, og hvor lang er ventetiden?",
      "Venlig hilsen\nCamilla",
    ].join("\n\n"),
  },
  {
    id: "merudgifter-autisme",
    from: { name: "Lene Skov", address: "lene.skov@example.org" },
    minutesAgo: 60 * 24,
    subject: "Ansøgning om dækning af merudgifter",
    text: [
      "Kære sagsbehandler",
      "Min søn på 9 år har fået diagnosen autisme og ADHD, og han tager nu medicin. Vi har store ekstra udgifter til kørsel til børnepsykiatrisk afdeling og til særlig kost.",
      "Jeg vil gerne søge om dækning af merudgifter efter serviceloven. Hvad skal jeg sende?",
      "Med venlig hilsen\nLene Skov",
    ].join("\n\n"),
  },
  {
    id: "hjemmehjaelp",
    from: { name: "Erik Dahl", address: "erik.dahl@example.net" },
    minutesAgo: 60 * 30,
    subject: "Hjemmehjælp til min mor",
    text: [
      "Hej",
      "Min mor på 86 år er faldet og har brækket hoften. Hun kommer hjem fra sygehuset på fredag og kan ikke klare sig selv. Kan hun få hjemmehjælp, og hvem skal vi tale med?",
      "Venlig hilsen\nErik Dahl (søn)",
    ].join("\n\n"),
  },
  {
    id: "intern-notat",
    from: { name: "Rikke Post", address: "rikke.post@nyborg.dk" },
    to: [{ name: "Borgerservice", address: "borgerservice@nyborg.dk" }],
    minutesAgo: 60 * 33,
    withoutHeaders: true,
    subject: "Borger ringede om ventetid på pas",
    text: [
      "Hej alle",
      "En borger ringede i dag og spurgte til ventetiden på nye pas. Jeg har sagt, at man kan bestille tid på nyborg.dk. Bare til orientering.",
      "Rikke",
    ].join("\n\n"),
  },
  {
    id: "kursus-sporing",
    from: { name: "GDPR-Akademiet", address: "kursus@gdpr-akademiet.example.com" },
    minutesAgo: 60 * 50,
    subject: "Sidste chance: kursus i databeskyttelse for kommuner",
    text: [
      "Sidste chance for at tilmelde sig vores kursus i databeskyttelse for kommunale medarbejdere.",
      "Se program og pris på vores hjemmeside.",
      "Afmeld nyhedsbreve: https://gdpr-akademiet.example.com/afmeld",
    ].join("\n\n"),
    // A marketing mail as it arrives: a script and a tracking pixel. Neither may ever run or load in the demo.
    html: [
      "<html><head><script>document.title='sporet';fetch('https://tracker.example.com/open?id=42')</script></head><body>",
      "<p>Sidste chance for at tilmelde sig vores kursus i databeskyttelse for kommunale medarbejdere.</p>",
      '<p><a href="https://gdpr-akademiet.example.com/kursus" onclick="alert(1)">Se program og pris på vores hjemmeside.</a></p>',
      "<p>Afmeld nyhedsbreve: https://gdpr-akademiet.example.com/afmeld</p>",
      '<img src="https://tracker.example.com/pixel.gif?id=42" width="1" height="1" alt="">',
      "</body></html>",
    ].join(""),
    headers: { "List-Unsubscribe": "<https://gdpr-akademiet.example.com/afmeld>", Precedence: "bulk" },
  },
];

/**
 * Everyday mail, mail whose attachments hold the personal data, then the two that test the pane's limits (a very long
 * mail and one with 200 attachments).
 */
export const sampleMails: SampleMail[] = [
  ...everydayMails,
  ...attachmentSampleMails(),
  ...largeSampleMails(),
];
