import {
  addinTokenProvider,
  signInRoute,
  type AddinOfficeApi,
} from "../../../../src/graph/auth/addin-token-provider";

const SETTINGS = { clientId: "client", tenantId: "tenant", scopes: ["Mail.ReadWrite.Shared"] };

function office(nestedAppAuth: boolean) {
  const opened: string[] = [];
  const asked: [string, string | undefined][] = [];
  const api = {
    AsyncResultStatus: { Failed: "failed" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          asked.push([name, version]);
          return nestedAppAuth;
        },
      },
      ui: {
        displayDialogAsync: (address: string) => void opened.push(address),
      },
    },
  } as unknown as AddinOfficeApi;
  return { api, opened, asked };
}

describe("choosing how the pane signs in", () => {
  it("uses nested app authentication where Outlook has NestedAppAuth 1.1", async () => {
    const { api, opened, asked } = office(true);
    expect(signInRoute(api)).toBe("nested-app-auth");
    expect(asked).toEqual([["NestedAppAuth", "1.1"]]);
    const provider = addinTokenProvider(SETTINGS, {
      office: api,
      dialogPageUrl: "https://addin.nyborg.dk/auth-dialog.html",
      createNestableClient: () =>
        Promise.resolve({
          getActiveAccount: () => null,
          getAllAccounts: () => [],
          setActiveAccount: () => undefined,
          acquireTokenSilent: () => Promise.resolve({ accessToken: "naa", account: null }),
          acquireTokenPopup: () => Promise.reject(new Error("no popup expected")),
        }),
    });
    await expect(provider()).resolves.toBe("naa");
    expect(opened).toEqual([]);
  });

  it("falls back to Office's dialog elsewhere", () => {
    const { api, opened } = office(false);
    expect(signInRoute(api)).toBe("office-dialog");
    void addinTokenProvider(SETTINGS, {
      office: api,
      dialogPageUrl: "https://addin.nyborg.dk/auth-dialog.html",
    })();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^https:\/\/addin\.nyborg\.dk\/auth-dialog\.html\?clientId=client/);
  });
});
