import type { GraphClient } from "../../../src/graph/client";
import { fetchGraphAttachments } from "../../../src/graph/attachments";

const LIMITS = { maxAttachments: 20, maxBytes: 1000 };
const FILE = "#microsoft.graph.fileAttachment";

function failingClient(): GraphClient {
  return {
    get: () => Promise.reject(new Error("Graph could not complete read attachment (503)")),
    getBytes: () => Promise.reject(new Error("Graph could not complete read attachment (503)")),
  } as unknown as GraphClient;
}

describe("fetching attachments over Graph", () => {
  it("marks an attachment Graph will not give as not read, and still answers for every attachment", async () => {
    const fetched = await fetchGraphAttachments(
      failingClient(),
      "box@nyborg.dk",
      "m1",
      [
        { id: "a1", "@odata.type": FILE, size: 10 },
        { id: "a2", "@odata.type": "#microsoft.graph.referenceAttachment" },
        { id: "a3", "@odata.type": FILE, size: 5000 },
      ],
      LIMITS,
    );
    expect(fetched).toEqual([{ notRead: "damaged" }, { notRead: "cloud" }, { notRead: "too-large" }]);
  });

  it("stops when the run is cancelled instead of marking the rest damaged", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      fetchGraphAttachments(
        failingClient(),
        "box@nyborg.dk",
        "m1",
        [{ id: "a1", "@odata.type": FILE }],
        LIMITS,
        {
          signal: controller.signal,
        },
      ),
    ).rejects.toThrow();
  });
});
