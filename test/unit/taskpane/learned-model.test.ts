import { MODEL_FORMAT, type TextModel } from "../../../src/core/classify/model";
import { RULES_ONLY_VERSION, rulesOnlyModel } from "../../../src/core/classify/rules-only-model";
import { DEFAULT_MODEL } from "../../../src/core/classify/default-model";
import type { FetchText } from "../../../src/office/addin-config-file";
import { loadLearnedModel } from "../../../src/taskpane/engine/learned-model";
import { modelSlot } from "../../../src/taskpane/engine/model-slot";
import { loadShippedModel, type ShippedModel } from "../../../src/taskpane/engine/shipped-model";
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
  const shipped = Promise.resolve({ model: DEFAULT_MODEL });

  it("classifies with the shipped model until the learned one has loaded", async () => {
    const slot = modelSlot(shipped, load);
    await expect(slot.ready()).resolves.toBe(DEFAULT_MODEL);
    await expect(slot.use(ref)).resolves.toEqual({ learned: true, changed: false });
    await expect(slot.ready()).resolves.toBe(learned);
  });

  it("asks for a new triage when a mail was triaged before the learned model arrived", async () => {
    const slot = modelSlot(shipped, load);
    slot.triaged(await slot.ready());
    await expect(slot.use(ref)).resolves.toEqual({ learned: true, changed: true });
  });

  it("answers only the newest request when the configuration names another model meanwhile", async () => {
    const slot = modelSlot(shipped, load);
    const first = slot.use(ref);
    const second = slot.use(undefined);
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toEqual({ learned: false, changed: false });
    await expect(slot.ready()).resolves.toBe(DEFAULT_MODEL);
  });

  it("waits for the shipped model before the first triage, and says when only the rules classify", async () => {
    let arrive: (loaded: ShippedModel) => void = () => undefined;
    const slot = modelSlot(new Promise<ShippedModel>((resolve) => (arrive = resolve)), load);
    let ready: TextModel | undefined;
    void slot.ready().then((model) => (ready = model));
    await Promise.resolve();
    expect(ready).toBeUndefined();
    const notice = {
      reason: "shipped-unavailable",
      file: "kanalvagt-model.json",
      detail: "TypeError",
    } as const;
    arrive({ model: rulesOnlyModel(), notice });
    await expect(slot.ready()).resolves.toMatchObject({ version: RULES_ONLY_VERSION });
    slot.triaged(await slot.ready());
    await expect(slot.use(undefined)).resolves.toEqual({ learned: false, changed: false, notice });
  });
});

describe("loading the shipped model beside the engine's script", () => {
  const file = {
    url: "https://addin.example/model/kanalvagt-model.0123abcd.json",
    version: DEFAULT_MODEL.version,
  };

  it("uses the model this version was built with", async () => {
    const loaded = await loadShippedModel(file, answering(200, JSON.stringify(DEFAULT_MODEL)));
    expect(loaded).toEqual({ model: DEFAULT_MODEL });
  });

  it.each([
    ["missing", answering(404, ""), "HTTP 404"],
    ["not fetched", answering(503, ""), "HTTP 503"],
    ["offline", () => Promise.reject(new TypeError("Failed to fetch")), "TypeError"],
    [
      "cut short",
      answering(200, JSON.stringify(DEFAULT_MODEL).slice(0, 500)),
      "not JSON: damaged or cut short?",
    ],
    [
      "another model",
      answering(200, JSON.stringify({ ...DEFAULT_MODEL, version: "lr-other" })),
      `not the model this version of Kanalvagt was built with (${DEFAULT_MODEL.version})`,
    ],
    [
      "damaged weights",
      answering(
        200,
        JSON.stringify({
          ...DEFAULT_MODEL,
          heads: { ...DEFAULT_MODEL.heads, topic: { ...DEFAULT_MODEL.heads.topic, weights: "AAAA" } },
        }),
      ),
      "the weights do not fit this engine",
    ],
  ])("%s: the rules alone classify, and the notice names the file and why", async (_, fetchText, detail) => {
    const loaded = await loadShippedModel(file, fetchText);
    expect(loaded.notice).toEqual({
      reason: "shipped-unavailable",
      file: "kanalvagt-model.0123abcd.json",
      detail,
    });
    expect(loaded.model.version).toBe(RULES_ONLY_VERSION);
  });
});
