import { digits, pick, type Random } from "./prng";

/**
 * Sentences in the register of the corpus (citizens, firms and caseworkers writing to a municipality), with slots
 * for the numbers and names that make detection work: phone numbers, dates, amounts, invoice and case numbers, and
 * now and then a CPR number with or without its context word.
 */
const SENTENCES = [
  "Jeg skriver angående min ansøgning om boligstøtte, som jeg sendte den {date}.",
  "Min søn har fået diagnosen ADHD og har brug for støtte i skolen.",
  "Kan I ringe mig op på {phone}, gerne efter kl. 15?",
  "Vi har modtaget faktura nr. {invoice} på {amount} kr., men beløbet passer ikke med aftalen.",
  "Hvornår har borgerservice åbent i næste uge, og skal man bestille tid?",
  "Mit cpr-nr er {cpr}, hvis I skal bruge det til sagen.",
  "Skraldespanden ved {street} blev ikke tømt i onsdags, og det er anden gang i denne måned.",
  "Jeg er blevet sygemeldt fra mit arbejde og ved ikke, hvad jeg skal gøre med jobcentret.",
  "Vores CVR-nummer er {cvr}, og EAN-nummeret til fakturering er 5798000{ean}.",
  "Jeg henviser til jeres brev med journalnummer 27.12.04-P20-{journal}.",
  "Vi vil gerne søge tilskud til foreningens sommerlejr for {count} børn.",
  "Min mor bor på plejehjemmet, og vi er bekymrede for, om hun får sin medicin.",
  "Tak for svaret, det var lige det, jeg havde brug for.",
  "Der er et hul i vejen ud for {street}, som er farligt for cyklister.",
  "Jeg vil gerne klage over sagsbehandlingstiden, som nu har varet {count} uger.",
  "Ordrenummer {invoice} er leveret den {date}, og vi afventer betaling.",
  "Vedlagt finder I lægeerklæringen fra egen læge.",
  "Hvad er reglerne for at fælde et træ i min egen have?",
  "Jeg anmoder hermed om aktindsigt i sagen om byggetilladelsen på {street}.",
  "Mit telefonnummer er {phone}, og min mail er den, jeg skriver fra.",
  "Personnummer {cpr}",
  "Beløbet på {amount} kr. blev trukket to gange fra min konto.",
  "Vi har et møde den {date} kl. 10, hvor vi gerne vil drøfte {name}s skolegang.",
  "Please let me know which documents I need to bring to the appointment.",
  "Jeg har været ledig siden {date} og vil gerne høre om mulighederne for fleksjob.",
];

const NAMES = ["Mette", "Jens", "Sofie", "Ahmad", "Karen", "Lars", "Fatima", "Ole"];
const STREETS = ["Nørregade 12", "Vestergade 4", "Skovvej 33", "Strandvejen 101", "Kongensgade 7"];

/** A valid CPR in one of the corpus's layouts: most with a birth date in the last century, mod 11 or not. */
function cpr(random: Random): string {
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const year = String(40 + Math.floor(random() * 60)).padStart(2, "0");
  const serial = `${Math.floor(random() * 4)}${digits(random, 3)}`;
  return pick(random, [
    `${day}${month}${year}-${serial}`,
    `${day}${month}${year}${serial}`,
    `${day}${month}${year} ${serial}`,
  ]);
}

function fill(random: Random, sentence: string): string {
  return sentence.replace(/\{(\w+)\}/g, (_slot, name: string) => {
    switch (name) {
      case "date":
        return `${1 + Math.floor(random() * 28)}.${1 + Math.floor(random() * 12)}.2025`;
      case "phone":
        return pick(random, [
          `+45 ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`,
          `2${digits(random, 7)}`,
        ]);
      case "invoice":
        return `0${1 + Math.floor(random() * 9)}0325${digits(random, 4)}`;
      case "amount":
        return `${1 + Math.floor(random() * 20)}.${digits(random, 3)},${digits(random, 2)}`;
      case "cvr":
        return `3${digits(random, 7)}`;
      case "ean":
        return digits(random, 6);
      case "journal":
        return `${1 + Math.floor(random() * 9)}-${20 + Math.floor(random() * 6)}`;
      case "count":
        return String(2 + Math.floor(random() * 40));
      case "street":
        return pick(random, STREETS);
      case "name":
        return pick(random, NAMES);
      case "cpr":
        return cpr(random);
      default:
        return name;
    }
  });
}

/** Paragraphs of corpus-like text, at least `bytes` long (UTF-8), ending at a sentence. */
export function corpusLikeText(random: Random, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentenceCount = 2 + Math.floor(random() * 4);
    const paragraph: string[] = [];
    for (let i = 0; i < sentenceCount; i++) paragraph.push(fill(random, pick(random, SENTENCES)));
    const text = `${paragraph.join(" ")}\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join("");
}
