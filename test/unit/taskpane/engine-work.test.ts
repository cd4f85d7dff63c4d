import { DEFAULT_CONFIG } from "../../../src/core/config/default-config";
import { doWork } from "../../../src/taskpane/engine/engine-work";
import { warmUpRequest } from "../../../src/taskpane/engine/warm-up";

const preloadPdfReader = jest.fn();
jest.mock("../../../src/attachments/pdf", () => ({
  ...jest.requireActual<object>("../../../src/attachments/pdf"),
  preloadPdfReader: (): void => {
    preloadPdfReader();
  },
}));

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => preloadPdfReader.mockClear());

describe("doWork", () => {
  test("a mail that lists a PDF gets its verdict first; pdf.js loads after it, ready for the content", async () => {
    const request = warmUpRequest();
    expect(request.mail.attachments.some((a) => a.name.endsWith(".pdf"))).toBe(true);
    const verdict = await doWork({ kind: "triage", request }, DEFAULT_CONFIG);
    expect(verdict).toMatchObject({ key: request.key });
    expect(preloadPdfReader).not.toHaveBeenCalled();
    for (let i = 0; i < 20 && preloadPdfReader.mock.calls.length === 0; i++) await tick();
    expect(preloadPdfReader).toHaveBeenCalledTimes(1);
  });

  test("a mail without a PDF does not load pdf.js", async () => {
    const request = warmUpRequest();
    request.mail.attachments = [];
    await doWork({ kind: "triage", request }, DEFAULT_CONFIG);
    for (let i = 0; i < 5; i++) await tick();
    expect(preloadPdfReader).not.toHaveBeenCalled();
  });
});
