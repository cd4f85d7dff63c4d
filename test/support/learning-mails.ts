import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A labelled mail for `kanalvagt learn`: what it says, who sent it, and what staff said it is. */
export interface LearningMail {
  file: string;
  from: { name: string; address: string };
  subject: string;
  body: string;
  labels: { handling?: string; topic?: string; sender?: string };
}

/** Four kinds of citizens' mail, ten of each from ten citizens, in words enough mails share to be learned from. */
export function learningMails(): LearningMail[] {
  const kinds = [
    {
      subject: "Affaldsspand ikke tømt",
      body: "Vores affaldsspand blev ikke tømt i denne uge. Hvornår kommer skraldebilen igen?",
      labels: { handling: "generel", topic: "affald", sender: "borger" },
    },
    {
      subject: "Byggetilladelse til carport",
      body: "Jeg vil gerne søge byggetilladelse til en carport. Hvilke tegninger skal jeg sende med ansøgningen?",
      labels: { handling: "sag", topic: "byggeri", sender: "borger" },
    },
    {
      subject: "Nyt pas",
      body: "Jeg skal have fornyet mit pas. Kan jeg bestille en tid i borgerservice på torsdag?",
      labels: { handling: "booking", topic: "borgerservice", sender: "borger" },
    },
    {
      subject: "Tak for hjælpen",
      body: "Tusind tak for hjælpen i går, det var en stor hjælp. Ha' en god dag.",
      labels: { handling: "ingen", topic: "borgerservice", sender: "borger" },
    },
  ];
  return kinds.flatMap((kind, k) =>
    Array.from({ length: 10 }, (_, i) => ({
      file: `m${k}${i}.eml`,
      from: { name: `Borger ${String.fromCharCode(65 + i)}`, address: `borger${i}@example.dk` },
      subject: kind.subject,
      body: `Hej kommune,\n\n${kind.body}\n\nVenlig hilsen`,
      labels: kind.labels,
    })),
  );
}

function eml(mail: LearningMail): string {
  return [
    `From: "${mail.from.name}" <${mail.from.address}>`,
    "To: borgerservice@nyborg.dk",
    `Subject: ${mail.subject}`,
    "Date: Mon, 2 Nov 2026 09:00:00 +0100",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    mail.body,
    "",
  ].join("\r\n");
}

/** Writes the mails as .eml files into `folder` and their labels as LABELS.jsonl; returns the labels file's path. */
export function writeLearningMails(folder: string, mails: readonly LearningMail[]): string {
  mkdirSync(folder, { recursive: true });
  for (const mail of mails) writeFileSync(join(folder, mail.file), eml(mail));
  const labels = join(folder, "labels.jsonl");
  writeFileSync(labels, mails.map((m) => JSON.stringify({ file: m.file, ...m.labels })).join("\n"));
  return labels;
}
