import type { Mail } from "../../src/core/mail";
import { corpusLikeText } from "./corpus-text";
import { digits, pick, seededRandom, type Random } from "./prng";

function mailWith(body: { textBody?: string; htmlBody?: string }, subject = "Spørgsmål til kommunen"): Mail {
  return {
    subject,
    from: { name: "Mette Hansen", address: "mette.hansen@example.dk" },
    to: [{ address: "borgerservice@nyborg.dk" }],
    cc: [],
    date: "2025-03-04T08:15:00.000Z",
    headers: {
      "content-type": body.htmlBody === undefined ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
      "mime-version": "1.0",
      "message-id": "<bench@example.dk>",
    },
    attachments: [],
    ...body,
  };
}

/**
 * A typical citizen's mail of about 5 KB: greeting, new text, signature with address and phone, and the
 * caseworker's earlier answer below an Outlook reply header.
 */
export function typicalMail(random: Random): Mail {
  const newText = corpusLikeText(random, 3000);
  const quoted = corpusLikeText(random, 1100);
  const textBody = [
    "Hej Nyborg Kommune",
    "",
    newText.trimEnd(),
    "",
    "Med venlig hilsen",
    "Mette Hansen",
    "Nørregade 12, 5800 Nyborg",
    `Tlf. ${digits(random, 8)}`,
    "",
    "Fra: Borgerservice <borgerservice@nyborg.dk>",
    "Sendt: 3. marts 2025 14:02",
    "Til: Mette Hansen <mette.hansen@example.dk>",
    "Emne: Sv: Spørgsmål til kommunen",
    "",
    quoted.trimEnd(),
  ].join("\n");
  return mailWith(
    { textBody },
    pick(random, ["Sv: Spørgsmål til kommunen", "Boligstøtte", "Klage over affald"]),
  );
}

export function typicalMails(count: number, seed: number): Mail[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => typicalMail(random));
}

/** A plain-text mail whose body is `bytes` of corpus-like text. */
export function bodyOfSize(bytes: number, seed: number): Mail {
  return mailWith({ textBody: corpusLikeText(seededRandom(seed), bytes) });
}

/** Inputs built to find quadratic corners: each comes at a size and at twice that size. */
export const ADVERSARIAL: { name: string; unit: string; make: (scale: number, seed: number) => Mail }[] = [
  {
    name: "digits",
    unit: "1 MB of digits",
    make: (scale, seed) => mailWith({ textBody: digits(seededRandom(seed), scale * 1024 * 1024) }),
  },
  {
    name: "hyphens",
    unit: "1 MB of hyphens",
    make: (scale) => mailWith({ textBody: "-".repeat(scale * 1024 * 1024) }),
  },
  {
    name: "nested-html",
    unit: "100,000 nested divs",
    make: (scale) => {
      const depth = scale * 100_000;
      return mailWith({ htmlBody: `${"<div>".repeat(depth)}Min søn er syg${"</div>".repeat(depth)}` });
    },
  },
  {
    name: "short-lines",
    unit: "100,000 short lines",
    make: (scale, seed) => {
      const random = seededRandom(seed);
      const lines = Array.from({ length: scale * 100_000 }, () =>
        pick(random, ["> ja", "ok", "12", "-", "Fra:", digits(random, 6), "> > nej", ""]),
      );
      return mailWith({ textBody: lines.join("\n") });
    },
  },
];

export function bodyBytes(mail: Mail): number {
  return Buffer.byteLength(mail.textBody ?? "") + Buffer.byteLength(mail.htmlBody ?? "");
}
