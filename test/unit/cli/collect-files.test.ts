import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectMailFiles } from "../../../src/cli/collect-files";

describe("collectMailFiles", () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "kanalvagt-collect-"));
    mkdirSync(join(root, "b", "deeper"), { recursive: true });
    mkdirSync(join(root, "a"));
    for (const file of ["z.eml", "a/2.eml", "a/10.EML", "b/deeper/x.eml", "b/notes.txt", "b/y.eml"]) {
      writeFileSync(join(root, file), "From: a@example.dk\r\n\r\nx");
    }
    symlinkSync(root, join(root, "b", "loop"));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("lists every .eml below a folder, recursively, sorted, without following folder links", async () => {
    const files = await collectMailFiles(root);
    expect(files).toEqual(
      ["a/10.EML", "a/2.eml", "b/deeper/x.eml", "b/y.eml", "z.eml"].map((file) => ({
        file: join(root, file),
      })),
    );
  });

  it("takes a file as it is, whatever its name", async () => {
    expect(await collectMailFiles(join(root, "b", "notes.txt"))).toEqual([
      { file: join(root, "b", "notes.txt") },
    ]);
  });

  it("reports a missing path instead of dropping it", async () => {
    expect(await collectMailFiles(join(root, "missing"))).toEqual([
      { file: join(root, "missing"), error: "no such file or folder" },
    ]);
  });
});
