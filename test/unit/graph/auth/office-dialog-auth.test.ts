import {
  officeDialogTokenProvider,
  type OfficeDialogApi,
} from "../../../../src/graph/auth/office-dialog-auth";

const SETTINGS = { clientId: "client", tenantId: "tenant", scopes: ["Mail.ReadWrite.Shared", "User.Read"] };
const PAGE = "https://addin.nyborg.dk/auth-dialog.html";

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

/** Office's dialog API as the pane sees it: each open records its address; the test plays the dialog's answer. */
class FakeOffice implements OfficeDialogApi {
  AsyncResultStatus = { Failed: "failed" } as unknown as OfficeDialogApi["AsyncResultStatus"];
  EventType = {
    DialogMessageReceived: "message",
    DialogEventReceived: "event",
  } as unknown as OfficeDialogApi["EventType"];
  opened: string[] = [];
  closed = 0;
  failWith: number | undefined;
  private handlers = new Map<string, Handler>();

  context = {
    ui: {
      displayDialogAsync: ((address: string, _options: unknown, callback: (result: unknown) => void) => {
        this.opened.push(address);
        if (this.failWith !== undefined) {
          callback({ status: "failed", error: { code: this.failWith } });
          return;
        }
        const dialog = {
          addEventHandler: (type: string, handler: Handler) => this.handlers.set(type, handler),
          close: () => void this.closed++,
        };
        callback({ status: "succeeded", value: dialog });
      }) as unknown as Office.UI["displayDialogAsync"],
    },
  };

  send(message: unknown): void {
    this.handlers.get("message")?.({ message: JSON.stringify(message), origin: "https://addin.nyborg.dk" });
  }

  closeByUser(): void {
    this.handlers.get("event")?.({ error: 12006 });
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("sign-in through Office's dialog", () => {
  it("opens the add-in's sign-in page with the settings and returns the token it sends", async () => {
    const office = new FakeOffice();
    const provider = officeDialogTokenProvider(SETTINGS, office, PAGE, () => 0);
    const token = provider();
    await tick();
    office.send({ kind: "token", accessToken: "dialog-token", expiresOn: 3_600_000 });
    await expect(token).resolves.toBe("dialog-token");
    const address = new URL(office.opened[0] ?? "");
    expect(address.origin + address.pathname).toBe(PAGE);
    expect(address.searchParams.get("clientId")).toBe("client");
    expect(address.searchParams.get("scopes")).toBe("Mail.ReadWrite.Shared User.Read");
    expect(office.closed).toBe(1);
  });

  it("keeps the token until five minutes before it expires, then asks again", async () => {
    const office = new FakeOffice();
    let now = 0;
    const provider = officeDialogTokenProvider(SETTINGS, office, PAGE, () => now);
    const first = provider();
    await tick();
    office.send({ kind: "token", accessToken: "t1", expiresOn: 3_600_000 });
    await first;
    now = 3_000_000;
    await expect(provider()).resolves.toBe("t1");
    expect(office.opened).toHaveLength(1);
    now = 3_300_001;
    const second = provider();
    await tick();
    office.send({ kind: "token", accessToken: "t2", expiresOn: 7_200_000 });
    await expect(second).resolves.toBe("t2");
    expect(office.opened).toHaveLength(2);
  });

  it("a dialog the user closes is a cancelled sign-in", async () => {
    const office = new FakeOffice();
    const token = officeDialogTokenProvider(SETTINGS, office, PAGE)();
    await tick();
    office.closeByUser();
    await expect(token).rejects.toMatchObject({ problem: "user-cancelled" });
  });

  it("an Entra error from the page becomes the admin's instruction", async () => {
    const office = new FakeOffice();
    const token = officeDialogTokenProvider(SETTINGS, office, PAGE)();
    await tick();
    office.send({ kind: "error", aadsts: "700016", errorCode: "unauthorized_client" });
    await expect(token).rejects.toMatchObject({ problem: "app-not-in-tenant", detail: "AADSTS700016" });
  });

  it("a dialog that cannot open says so", async () => {
    const office = new FakeOffice();
    office.failWith = 12007;
    await expect(officeDialogTokenProvider(SETTINGS, office, PAGE)()).rejects.toMatchObject({
      problem: "dialog-failed",
      detail: "Office 12007",
    });
  });
});
