import { MODEL_FORMAT } from "../../../src/core/classify/model";
import { DEFAULT_MODEL } from "../../../src/core/classify/default-model";
import type { FetchText } from "../../../src/office/addin-config-file";
import { loadLearnedModel } from "../../../src/taskpane/engine/learned-model";
import { modelSlot } from "../../../src/taskpane/engine/model-slot";
import { modelFavouring } from "../../support/learned-model";

const ref = { file: "models/kommune.json", url: "https://addin.example/models/kommune.json" };

const answering =
  (status: number, body: string): FetchText =>
  () =>
    Promise.resolve({ status, text: () => Promise.resolve(body) });

describe("loading the learned model the configuration names", () => {
  it("uses a valid model file", async () => {
    const learned = modelFavouring("affald");
    const loaded = await loadLearnedModel(ref, answering(200, JSON.stringify(learned)));
    expect(loaded.notice).toBeUndefined();
    expect(loaded.model?.version).toBe(learned.version);
  });

  it.each([
    ["missing", answering(404, ""), { reason: "missing", file: ref.file }],
    ["not fetched", answering(503, ""), { reason: "unreachable", file: ref.file, detail: "HTTP 503" }],
    ["cut short", answering(200, JSON.stringify(DEFAULT_MODEL).slice(0, 500)), { reason: "invalid" }],
    [
      "not a model",
      answering(200, JSON.stringify({ format: MODEL_FORMAT, labels: [] })),
      { reason: "invalid" },
    ],
    [
      "of another version",
      answering(200, JSON.stringify({ ...DEFAULT_MODEL, format: 1 })),
      { reason: "other-version", format: 1 },
    ],
    [
      "with weights this engine cannot read",
      answering(200, JSON.stringify({ ...DEFAULT_MODEL, buckets: 1024 })),
      { reason: "invalid" },
    ],
  ])(
    "falls back to the shipped model with a notice when the file is %s",
    async (_case, fetchText, notice) => {
      const loaded = await loadLearnedModel(ref, fetchText);
      expect(loaded.model).toBeUndefined();
      expect(loaded.notice).toMatchObject(notice);
    },
  );

  it("says which field of an invalid file is wrong, and never quotes the file", async () => {
    const secret = "Anna Hansen 0707614285";
    const broken = { ...DEFAULT_MODEL, version: "", trainedOn: secret };
    const loaded = await loadLearnedModel(ref, answering(200, JSON.stringify(broken)));
    const problem = loaded.notice?.reason === "invalid" ? loaded.notice.problem : "";
    expect(problem).toMatch(/version|trainedOn/);
    expect(JSON.stringify(loaded.notice)).not.toContain("0707614285");
  });
});

describe("the engine's model slot", () => {
  const learned = modelFavouring("affald");
  const load = () => Promise.resolve({ model: learned });

  it("classifies with the shipped model until the learned one has loaded", async () => {
    const slot = modelSlot(load);
    expect(slot.model).toBeUndefined();
    await expect(slot.use(ref)).resolves.toEqual({ learned: true, changed: false });
    expect(slot.model).toBe(learned);
  });

  it("asks for a new triage when a mail was triaged before the learned model arrived", async () => {
    const slot = modelSlot(load);
    slot.triaged();
    await expect(slot.use(ref)).resolves.toEqual({ learned: true, changed: true });
  });

  it("answers only the newest request when the configuration names another model meanwhile", async () => {
    const slot = modelSlot(load);
    const first = slot.use(ref);
    const second = slot.use(undefined);
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toEqual({ learned: false, changed: false });
    expect(slot.model).toBeUndefined();
  });
});
