// The learned model the configuration names (issue 11): the pane's engine fetches it from beside the add-in and
// classifies with it; a model it cannot use leaves the shipped one in charge, with an admin notice, and the pane
// triages all the same.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { MODEL_FORMAT } from "../../src/core/classify/model";
import { modelFavouring } from "../support/learned-model";
import { openDemo, pane, paneFrame, seriousViolations, timings, triageFor } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

jest.setTimeout(90_000);

let page: Page;

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
});

const MODEL_FILE = "models/kommune-model.json";

/** The demo's configuration naming the learned model, and that model answered with `status` and `body`. */
async function serveModel(status: number, body: string): Promise<void> {
  const file = path.resolve(__dirname, "../../src/core/config/default-config.json");
  const config = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  await page.route("**/kanalvagt-config.json", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ ...config, modelFile: MODEL_FILE }),
    }),
  );
  await page.route(`**/${MODEL_FILE}`, (route) =>
    route.fulfill({ status, contentType: "application/json", body }),
  );
}

const notice = () => pane(page).getByTestId("model-notice");
const firstMail = () => triageFor(page, "sygedagpenge-cpr");

describe("the learned model beside the task pane", () => {
  it("classifies the shown mail once loaded, with no notice", async () => {
    await serveModel(200, JSON.stringify(modelFavouring("kultur_fritid")));
    await openDemo(page);
    await firstMail().getByText("Kultur og fritid", { exact: false }).first().waitFor();
    await expect(notice().count()).resolves.toBe(0);
  });

  it("is not used when invalid: the pane triages with the shipped model and tells the admin why", async () => {
    await serveModel(200, JSON.stringify({ format: MODEL_FORMAT, version: "x" }));
    await openDemo(page);
    await notice().waitFor();
    const text = (await notice().textContent()) ?? "";
    expect(text).toContain("Til administrator: den lærte model bruges ikke");
    expect(text).toContain(`Modellen ${MODEL_FILE} er ikke en gyldig Kanalvagt-model`);
    await expect(firstMail().textContent()).resolves.not.toContain("Kultur og fritid");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("is of another version: the notice says to learn it again", async () => {
    await serveModel(200, JSON.stringify({ ...modelFavouring("kultur_fritid"), format: 1 }));
    await openDemo(page);
    await notice().waitFor();
    await expect(notice().textContent()).resolves.toContain(
      "lært med en anden version af Kanalvagt (format 1)",
    );
    await expect(firstMail().textContent()).resolves.not.toContain("Kultur og fritid");
  });

  it("is missing: the notice says where the file should be", async () => {
    await serveModel(404, "");
    await openDemo(page);
    await notice().waitFor();
    await expect(notice().textContent()).resolves.toContain("ligger ikke på tilføjelsesprogrammets server");
  });
});

// Issue 11 asks for the start-up figure with a learned model; a bound here would fail on a loaded machine, so the test
// checks that both moments were measured and prints them for the report.
describe("speed with a learned model", () => {
  it("measures Office.onReady → first triage and → the learned model in use, and prints the figures", async () => {
    const model = JSON.stringify(modelFavouring("kultur_fritid"));
    const firsts: number[] = [];
    const settled: number[] = [];
    await serveModel(200, model);
    for (let load = 0; load < 5; load++) {
      await openDemo(page);
      await firstMail().getByText("Kultur og fritid", { exact: false }).first().waitFor();
      const measured = await timings(page);
      const readyToSettled = await paneFrame(page).evaluate(() => {
        const ready = performance.getEntriesByName("kanalvagt:office-ready", "mark")[0];
        const model = performance.getEntriesByName("kanalvagt:model-settled", "mark")[0];
        return ready && model ? Math.round(model.startTime - ready.startTime) : undefined;
      });
      expect(measured.readyToFirstTriageMs).toEqual(expect.any(Number));
      expect(readyToSettled).toEqual(expect.any(Number));
      firsts.push(measured.readyToFirstTriageMs!);
      settled.push(readyToSettled!);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      `With a learned model (${Math.round(model.length / 1024)} KB): Office.onReady → first triage on screen: ` +
        `median ${median(firsts)} ms (${firsts.join(", ")} ms); → learned model in use: median ` +
        `${median(settled)} ms (${settled.join(", ")} ms)`,
    );
  });
});
