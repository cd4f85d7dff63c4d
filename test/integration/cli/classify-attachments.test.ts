import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxBomb, mailAttaching } from "../../fixtures/attachments/hostile";
import { buildDocx } from "../../../src/demo/documents/office-writer";
import { buildPdf } from "../../../src/demo/documents/pdf-writer";
import { jsonLines, runCli } from "./run-cli";

jest.setTimeout(120_000);

const CPR = "120389-1234";
const anySize: unknown = expect.any(Number);

describe("kanalvagt classify reads attachments", () => {
  let folder: string;
  let file: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "kanalvagt-cli-attachments-"));
    file = join(folder, "lønseddel.eml");
    const payslip = buildPdf([[["Lønseddel marts 2025"]], [["CPR-nr.: ", "120389-", "1234"]]]);
    writeFileSync(
      file,
      mailAttaching("Min lønseddel", "Hej, her er lønsedlen, som I bad om. Mvh Jens", [
        { name: "lønseddel.pdf", type: "application/pdf", bytes: payslip },
        {
          name: `ansøgning ${CPR}.docx`,
          type: "application/octet-stream",
          bytes: buildDocx("Jeg søger om hjælp."),
        },
        { name: "bombe.docx", type: "application/octet-stream", bytes: await docxBomb(1024) },
        { name: "foto.jpg", type: "image/jpeg", bytes: Uint8Array.of(0xff, 0xd8, 0xff, 0xe0) },
      ]),
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reports a CPR number on page 2 of an attached PDF, and every attachment's read state", async () => {
    const run = await runCli(["classify", "--json", file]);
    expect(run.code).toBe(0);
    const [record] = jsonLines(run.stdout);
    expect(record?.sensitivity).toBe("fortrolige");
    expect(record?.findings).toContainEqual(
      expect.objectContaining({
        kind: "cpr",
        where: "attachment",
        attachment: "lønseddel.pdf",
        page: 2,
        masked: "120389-****",
      }),
    );
    expect(record?.attachments).toEqual([
      { name: "lønseddel.pdf", contentType: "application/pdf", size: anySize, read: true },
      {
        name: "ansøgning 120389-****.docx",
        contentType: "application/octet-stream",
        size: anySize,
        read: true,
      },
      {
        name: "bombe.docx",
        contentType: "application/octet-stream",
        size: anySize,
        read: false,
        reason: "limit",
      },
      { name: "foto.jpg", contentType: "image/jpeg", size: 4, read: false, reason: "image" },
    ]);
    expect(run.stdout).not.toContain(CPR);
  });

  it("names attachments in full with --reveal, and mentions attachment findings in the table", async () => {
    const revealed = jsonLines((await runCli(["classify", "--json", "--reveal", file])).stdout)[0];
    expect(JSON.stringify(revealed?.attachments)).toContain(`ansøgning ${CPR}.docx`);
    const table = await runCli(["classify", file]);
    expect(table.stdout).toContain("120389-**** in lønseddel.pdf p. 2");
    expect(table.stdout).toContain("not read: bombe.docx (limit)");
  });
});
