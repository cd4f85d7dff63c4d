import type { AccountInfo } from "@azure/msal-browser";
import { dialogAddress, parseDialogAnswer } from "../../../../src/graph/auth/dialog-protocol";
import { runAuthDialog, type RedirectClient } from "../../../../src/graph/auth/dialog/run-auth-dialog";

const SETTINGS = { clientId: "client", tenantId: "tenant", scopes: ["Mail.ReadWrite.Shared"] };
const SEARCH = new URL(dialogAddress("https://addin.nyborg.dk/auth-dialog.html", SETTINGS)).search;
const EXPIRES = new Date("2026-11-30T10:00:00Z");

function fakeClient(overrides: Partial<RedirectClient> = {}) {
  const client = {
    handleRedirectPromise: jest.fn(() => Promise.resolve(null)),
    getAllAccounts: jest.fn((): AccountInfo[] => []),
    acquireTokenSilent: jest.fn(() => Promise.resolve({ accessToken: "silent", expiresOn: EXPIRES })),
    acquireTokenRedirect: jest.fn(() => Promise.resolve()),
    ...overrides,
  };
  return client;
}

function environment(search: string, client: RedirectClient, storage = new Map<string, string>()) {
  const messages: unknown[] = [];
  const created: unknown[] = [];
  return {
    messages,
    created,
    env: {
      search,
      redirectUri: "https://addin.nyborg.dk/auth-dialog.html",
      storage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
      },
      createClient: (settings: unknown, redirectUri: string) => {
        created.push({ settings, redirectUri });
        return Promise.resolve(client);
      },
      messageParent: (message: string) => messages.push(parseDialogAnswer(message)),
    },
  };
}

describe("the sign-in dialog page", () => {
  it("first visit: goes to Entra, then on return sends the token to the pane", async () => {
    const storage = new Map<string, string>();
    const first = fakeClient();
    const visit1 = environment(SEARCH, first, storage);
    await runAuthDialog(visit1.env);
    expect(first.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ["Mail.ReadWrite.Shared"] });
    expect(visit1.messages).toEqual([]);
    expect(visit1.created).toEqual([
      { settings: SETTINGS, redirectUri: "https://addin.nyborg.dk/auth-dialog.html" },
    ]);

    // Entra redirects back with only its own parameters; the settings come from sessionStorage.
    const back = fakeClient({
      handleRedirectPromise: jest.fn(() => Promise.resolve({ accessToken: "fresh", expiresOn: EXPIRES })),
    });
    const visit2 = environment("?code=abc&state=xyz", back, storage);
    await runAuthDialog(visit2.env);
    expect(visit2.messages).toEqual([{ kind: "token", accessToken: "fresh", expiresOn: EXPIRES.getTime() }]);
    expect(back.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it("answers at once when the dialog's own session still has a token", async () => {
    const client = fakeClient({ getAllAccounts: jest.fn(() => [{ homeAccountId: "h" } as AccountInfo]) });
    const { env, messages } = environment(SEARCH, client);
    await runAuthDialog(env);
    expect(messages).toEqual([{ kind: "token", accessToken: "silent", expiresOn: EXPIRES.getTime() }]);
  });

  it("sends the Entra number and MSAL code, never MSAL's message", async () => {
    const client = fakeClient({
      handleRedirectPromise: jest.fn(() =>
        Promise.reject(
          Object.assign(new Error("AADSTS65001: leder@nyborg.dk has not consented"), {
            errorCode: "invalid_grant",
            errorNo: "65001",
          }),
        ),
      ),
    });
    const { env, messages } = environment(SEARCH, client);
    await runAuthDialog(env);
    expect(messages).toEqual([{ kind: "error", aadsts: "65001", errorCode: "invalid_grant" }]);
  });

  it("without settings it says so rather than sign in to nothing", async () => {
    const { env, messages } = environment("", fakeClient());
    await runAuthDialog(env);
    expect(messages).toEqual([{ kind: "error", errorCode: "missing_settings" }]);
  });
});
