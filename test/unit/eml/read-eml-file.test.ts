import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEmlFile } from "../../../src/eml/read-eml-file";

describe("readEmlFile", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kanalvagt-read-"));
    writeFileSync(join(folder, "mail.eml"), "From: a@example.dk\r\nSubject: Hej\r\n\r\nTekst\r\n");
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads and parses a mail file", async () => {
    const result = await readEmlFile(join(folder, "mail.eml"));
    expect(result.ok && result.mail.subject).toBe("Hej");
  });

  it.each([
    ["a missing file", "missing.eml", Infinity, "the file cannot be read (ENOENT: it does not exist)"],
    ["a folder", ".", Infinity, "not a regular file"],
    [
      "a file above the size limit",
      "mail.eml",
      10,
      "the file is 43 bytes, above the limit of 10 bytes for one mail",
    ],
  ])("explains %s instead of throwing", async (_case, name, limit, error) => {
    expect(await readEmlFile(join(folder, name), limit)).toEqual({ ok: false, error });
  });
});
