import type { Mail } from "../../../src/core/mail";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../../src/core/config/attachment-limit-defaults";
import type {
  AttachmentAnswer,
  AttachmentJob,
  AttachmentPrepare,
} from "../../../src/taskpane/engine/worker-protocol";

const preloadPdfReader = jest.fn();
jest.mock("../../../src/attachments/pdf", () => ({
  ...jest.requireActual<object>("../../../src/attachments/pdf"),
  preloadPdfReader: (): void => {
    preloadPdfReader();
  },
}));

/** Loads the worker's script into a stand-in for a worker's global scope and returns what it posts. */
async function startWorker(): Promise<{
  posted: AttachmentAnswer[];
  send: (message: AttachmentJob | AttachmentPrepare) => void;
}> {
  const posted: AttachmentAnswer[] = [];
  const scope = {
    postMessage: (message: AttachmentAnswer) => posted.push(message),
    onmessage: null as ((event: { data: AttachmentJob | AttachmentPrepare }) => void) | null,
  };
  (globalThis as { self?: unknown }).self = scope;
  await jest.isolateModulesAsync(async () => {
    await import("../../../src/taskpane/engine/attachment-worker");
  });
  return { posted, send: (message) => scope.onmessage?.({ data: message }) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => preloadPdfReader.mockClear());
afterEach(() => {
  delete (globalThis as { self?: unknown }).self;
});

const mail: Mail = {
  subject: "Bilag",
  to: [],
  cc: [],
  headers: {},
  attachments: [{ name: "note.txt", contentType: "text/plain", size: 22 }],
};

describe("the attachment worker", () => {
  test("loads pdf.js when told a mail lists a PDF, and not for other attachments", async () => {
    const { send } = await startWorker();
    send({ prepare: { pdf: false } });
    expect(preloadPdfReader).not.toHaveBeenCalled();
    send({ prepare: { pdf: true } });
    expect(preloadPdfReader).toHaveBeenCalledTimes(1);
  });

  test("answers with the mail, its attachments' text read", async () => {
    const { posted, send } = await startWorker();
    const bytes = new TextEncoder().encode("Mit cpr-nr. er 070761-4285");
    send({ id: 7, mail, fetched: [{ bytes }], limits: DEFAULT_ATTACHMENT_LIMITS });
    for (let i = 0; i < 20 && posted.length === 0; i++) await tick();
    expect(posted).toEqual([
      {
        id: 7,
        ok: true,
        mail: {
          ...mail,
          attachments: [
            {
              ...mail.attachments[0],
              content: { read: true, parts: [{ text: "Mit cpr-nr. er 070761-4285" }] },
            },
          ],
        },
      },
    ]);
  });
});
