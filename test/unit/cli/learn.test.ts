import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { decodeBase64 } from "../../../src/core/classify/base64";
import { DEFAULT_MODEL } from "../../../src/core/classify/default-model";
import type { TextModel } from "../../../src/core/classify/model";
import { learningMails, writeLearningMails } from "../../support/learning-mails";

jest.setTimeout(120_000);

let folder: string;
let labels: string;
let out: string;

function output(): { lines: string[]; errors: string[]; out: (l: string) => void; err: (l: string) => void } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "kanalvagt-learn-"));
  labels = writeLearningMails(join(folder, "mails"), learningMails());
  out = join(folder, "model.json");
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function learn(...extra: string[]): Promise<{ code: number; lines: string[]; errors: string[] }> {
  const o = output();
  const code = await main(["learn", "--labels", labels, "--out", out, ...extra, join(folder, "mails")], o);
  return { code, lines: o.lines, errors: o.errors };
}

describe("kanalvagt learn", () => {
  it("adapts the shipped model to the labelled mails, prints before and after per field, and writes it", async () => {
    const run = await learn();
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const printed = run.lines.join("\n");
    expect(printed).toMatch(/handling\s+macro-F1\s+\d\.\d{3} → \d\.\d{3}/);
    expect(printed).toMatch(/topic\s+accuracy/);
    const model = JSON.parse(readFileSync(out, "utf8")) as TextModel;
    expect(model.learned).toEqual({ from: DEFAULT_MODEL.version, mails: 40, minMailsAndSenders: 5 });
    expect(model.version).not.toBe(DEFAULT_MODEL.version);
    expect(model.heads.topic.weights).not.toBe(DEFAULT_MODEL.heads.topic.weights);
    expect(decodeBase64(model.heads.topic.weights).length).toBe(
      decodeBase64(DEFAULT_MODEL.heads.topic.weights).length,
    );
  });

  it("classify --model classifies with the given model file, and refuses a damaged one", async () => {
    const leaning = join(folder, "leaning.json");
    const bias = DEFAULT_MODEL.heads.topic.labels.map((label) => (label === "affald" ? 100 : 0));
    const heads = { ...DEFAULT_MODEL.heads, topic: { ...DEFAULT_MODEL.heads.topic, bias } };
    writeFileSync(leaning, JSON.stringify({ ...DEFAULT_MODEL, heads }));
    const mail = join(folder, "mails", "m10.eml"); // byggeri
    const topicWith = async (...model: string[]): Promise<unknown> => {
      const o = output();
      expect(await main(["classify", "--json", ...model, mail], o)).toBe(0);
      return (JSON.parse(o.lines[0] ?? "{}") as { topic?: unknown }).topic;
    };
    expect(await topicWith()).toBe("byggeri");
    expect(await topicWith("--model", leaning)).toBe("affald");
    writeFileSync(leaning, "{");
    const o = output();
    expect(await main(["classify", "--model", leaning, mail], o)).toBe(1);
    expect(o.errors.join("\n")).toMatch(/leaning\.json is not JSON/);
    expect(o.lines).toEqual([]);
  });

  it.each([
    ["an empty labels file", "", /holds no labels/],
    ["an unknown label", '{"file":"m00.eml","topic":"vejr"}', /line 1: "topic" must be one of/],
    [
      "a file that is not there",
      '{"file":"m00.eml","topic":"affald"}\n{"file":"væk.eml","topic":"byggeri"}',
      /line 2 labels væk\.eml/,
    ],
    [
      "labels all of one kind",
      '{"file":"m00.eml","topic":"affald"}\n{"file":"m01.eml","topic":"affald"}',
      /every label is of one kind/,
    ],
    ["a line that is not JSON", '{"file":"m00.eml"', /line 1 is not JSON/],
  ])("refuses %s, says why and writes nothing", async (_, text, message) => {
    writeFileSync(labels, text);
    const run = await learn();
    expect(run.code).toBe(1);
    expect(run.errors.join("\n")).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a damaged base model and one of another format, and writes nothing", async () => {
    const damaged = join(folder, "damaged.json");
    writeFileSync(damaged, JSON.stringify(DEFAULT_MODEL).slice(0, 5000));
    const run = await learn("--base", damaged);
    expect([run.code, run.errors.join("\n")]).toEqual([1, expect.stringMatching(/is not JSON/)]);
    const older = join(folder, "older.json");
    writeFileSync(older, JSON.stringify({ ...DEFAULT_MODEL, format: 1 }));
    const again = await learn("--base", older);
    expect([again.code, again.errors.join("\n")]).toEqual([
      1,
      expect.stringMatching(/has format 1; this version of Kanalvagt reads format 3/),
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
