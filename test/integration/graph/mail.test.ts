import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEml } from "../../../src/eml/parse-eml";
import { GraphMessageNotFoundError } from "../../../src/graph/errors";
import { getMailForTriage, getMailsForTriage, listMessages } from "../../../src/graph/messages";
import type { CorpusEntry } from "../../../src/graph-emulator/corpus-mailbox";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, collect, CORPUS_DIR, END, startWithCorpus } from "./harness";

const DAY = 86_400_000;

describe("reading corpus mail through Graph for triage", () => {
  let running: RunningEmulator;
  let manifest: CorpusEntry[];

  beforeAll(async () => {
    ({ manifest, ...running } = await startWithCorpus());
  });
  afterAll(() => running.close());

  async function fromFile(file: string) {
    const parsed = await parseEml(await readFile(path.join(CORPUS_DIR, file)));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.mail;
  }

  it("files each corpus mail in the municipal mailbox it was sent to, within the period", async () => {
    const { client: graph } = client(running);
    const mailboxes = [...new Set(manifest.map((e) => e.mailbox))];
    expect(mailboxes).toContain("borgerservice@nyborg.dk");
    let total = 0;
    for (const mailbox of mailboxes) {
      const { items } = await collect(
        listMessages(graph, mailbox, { from: new Date(END.getTime() - 60 * DAY), to: END }),
      );
      expect(items.map((m) => m.id).sort()).toEqual(
        manifest
          .filter((e) => e.mailbox === mailbox)
          .map((e) => e.id)
          .sort(),
      );
      total += items.length;
    }
    expect(total).toBe(manifest.length);
  });

  it.each(["a/a001", "a/a010", "b/b002"])(
    "gives the same Mail as reading %s: subject, sender, body, headers, attachments",
    async (prefix) => {
      const { client: graph } = client(running);
      const entry = manifest.find((e) => e.file.startsWith(prefix));
      if (!entry) throw new Error(`${prefix} missing from the corpus`);
      const mail = await getMailForTriage(graph, entry.mailbox, entry.id);
      const expected = await fromFile(entry.file);
      expect(mail.subject).toBe(expected.subject);
      expect(mail.from?.address).toBe(expected.from?.address.toLowerCase());
      expect(mail.textBody ?? mail.htmlBody).toBe(expected.htmlBody ?? expected.textBody);
      expect(mail.headers["message-id"]).toBe(expected.headers["message-id"]);
      expect(mail.attachments.map((a) => a.name)).toEqual(expected.attachments.map((a) => a.name));
      expect(mail.date).toBe(entry.receivedDateTime);
    },
  );

  it("carries the S/MIME item class over for signed mail", async () => {
    const { client: graph } = client(running);
    const signed: string[] = [];
    for (const entry of manifest) {
      const mail = await fromFile(entry.file);
      if ((mail.headers["content-type"] ?? "").startsWith("multipart/signed")) signed.push(entry.id);
    }
    expect(signed.length).toBeGreaterThan(0);
    const entry = manifest.find((e) => e.id === signed[0]);
    const mail = await getMailForTriage(graph, entry?.mailbox ?? "", entry?.id ?? "");
    expect(mail.itemClass).toBe("IPM.Note.SMIME.MultipartSigned");
  });

  it("reads 25 mails in two batched requests, each with its own outcome", async () => {
    running.emulator.resetStats();
    const { client: graph } = client(running);
    const box = "borgerservice@nyborg.dk";
    const ids = manifest
      .filter((e) => e.mailbox === box)
      .slice(0, 24)
      .map((e) => e.id);
    const outcomes = await getMailsForTriage(graph, box, [...ids, "AAMkADCgone"]);
    expect(running.emulator.stats().requests).toBe(2);
    expect(outcomes.slice(0, 24).every((o) => "mail" in o && o.mail.subject !== "")).toBe(true);
    const last = outcomes[24];
    expect(last && "error" in last && last.error).toBeInstanceOf(GraphMessageNotFoundError);
    const first = outcomes[0];
    const entry = manifest.find((e) => e.id === ids[0]);
    expect(first && "mail" in first && first.mail.subject).toBe((await fromFile(entry?.file ?? "")).subject);
  });
});
