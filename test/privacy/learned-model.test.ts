// A model learned from a municipality's own mail (kanalvagt learn, issue 11) is hosted beside the add-in, so it must
// hold nothing that identifies a person. Mails with planted CPR numbers, names, an address, an IBAN and rare phrases
// are learned from; the written model holds none of them as text, and the feature buckets only the planted mails
// hold keep the shipped model's bytes exactly: with k = 5 nothing a few mails or one sender wrote leaves a trace. The
// same check with k = 1 finds changed buckets, so the check can fail.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { decodeBase64 } from "../../src/core/classify/base64";
import { classificationInput } from "../../src/core/classify/classify";
import { DEFAULT_MODEL } from "../../src/core/classify/default-model";
import type { TextModel } from "../../src/core/classify/model";
import { analyse } from "../../src/core/analyse";
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import { readEmlFile } from "../../src/eml/read-eml-file";
import { learningMails, writeLearningMails, type LearningMail } from "../support/learning-mails";
import { ADDRESS, ART9, BODY, CPR, IBAN, NAME, findLeaks } from "./planted";

jest.setTimeout(180_000);

const RARE = "ølkassen bag drivhuset";

/** The planted mails: one with everything in it, three from one sender with a name and a rare phrase. */
function planted(mails: LearningMail[]): { mails: LearningMail[]; files: string[] } {
  const [first, second, third, fourth] = mails;
  if (!first || !second || !third || !fourth) throw new Error("too few mails");
  first.body += `\n\nCPR ${CPR.hyphen.written}, ${CPR.plain.written}. ${BODY.written}. ${ART9.health.written}. Konto ${IBAN.written}. ${ADDRESS.street.written}.`;
  first.from = { name: `Xenia ${NAME.sender.written}`, address: `${ADDRESS.email.written}@example.com` };
  for (const mail of [second, third, fourth]) {
    mail.from = { name: `${NAME.child.written} Hansen`, address: "ludvigsen.brask@example.com" };
    mail.body += `\n\n${RARE}, ${NAME.child.written}`;
  }
  return { mails, files: [first, second, third, fourth].map((m) => m.file) };
}

async function buckets(folder: string, file: string): Promise<Set<number>> {
  const read = await readEmlFile(join(folder, file));
  if (!read.ok) throw new Error(read.error);
  const { features } = classificationInput(
    read.mail,
    analyse(read.mail, DEFAULT_CONFIG.detection),
    DEFAULT_CONFIG,
  );
  return new Set(features.index);
}

/** Buckets (per head, as byte positions) whose weights differ from the shipped model's. */
function changedBuckets(model: TextModel): Set<number> {
  const changed = new Set<number>();
  for (const name of ["handling", "topic", "sender"] as const) {
    const k = model.heads[name].labels.length;
    const learned = decodeBase64(model.heads[name].weights);
    const shipped = decodeBase64(DEFAULT_MODEL.heads[name].weights);
    learned.forEach((byte, i) => {
      if (byte !== shipped[i]) changed.add(Math.floor(i / k));
    });
  }
  return changed;
}

describe("a model learned from mails with planted secrets", () => {
  let folder: string;
  let onlyPlanted: Set<number>;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "kanalvagt-learn-privacy-"));
    const { mails, files } = planted(learningMails());
    writeLearningMails(join(folder, "mails"), mails);
    const others = new Set<number>();
    for (const mail of mails.filter((m) => !files.includes(m.file))) {
      for (const b of await buckets(join(folder, "mails"), mail.file)) others.add(b);
    }
    onlyPlanted = new Set<number>();
    for (const file of files) {
      for (const b of await buckets(join(folder, "mails"), file)) if (!others.has(b)) onlyPlanted.add(b);
    }
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function learned(k: number): Promise<{ text: string; model: TextModel }> {
    const out = join(folder, `model-k${k}.json`);
    const mails = join(folder, "mails");
    const lines: string[] = [];
    const code = await main(
      ["learn", "--labels", join(mails, "labels.jsonl"), "--out", out, "--k", String(k), "--force", mails],
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    );
    expect([code, lines.join("\n")]).toEqual([0, expect.stringContaining("Wrote")]);
    const text = readFileSync(out, "utf8");
    return { text, model: JSON.parse(text) as TextModel };
  }

  it("holds none of them as text, in any layout", async () => {
    const { text } = await learned(5);
    expect(findLeaks("learned model", text).map((leak) => leak.label)).toEqual([]);
    expect(text.toLowerCase()).not.toContain("ølkassen");
    expect(text.includes("@")).toBe(false);
  });

  it("with k = 5 leaves every bucket only the planted mails hold as shipped, while it learns the shared words", async () => {
    expect(onlyPlanted.size).toBeGreaterThan(10);
    const changed = changedBuckets((await learned(5)).model);
    expect(changed.size).toBeGreaterThan(0);
    expect([...onlyPlanted].filter((b) => changed.has(b))).toEqual([]);
  });

  it("with k = 1 the same check finds the planted mails' buckets changed", async () => {
    const changed = changedBuckets((await learned(1)).model);
    expect([...onlyPlanted].filter((b) => changed.has(b)).length).toBeGreaterThan(0);
  });
});
