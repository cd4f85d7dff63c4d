import type { AccountInfo, Configuration } from "@azure/msal-browser";
import { nestedAppTokenProvider, type NestableClient } from "../../../../src/graph/auth/nested-app-auth";
import { SignInError } from "../../../../src/graph/auth/sign-in-error";

const SETTINGS = {
  clientId: "client",
  tenantId: "nyborg.onmicrosoft.com",
  scopes: ["Mail.ReadWrite.Shared"],
};
const ACCOUNT = { homeAccountId: "h", username: "leder@nyborg.dk" } as AccountInfo;

function answer(accessToken: string): { accessToken: string; account: AccountInfo | null } {
  return { accessToken, account: ACCOUNT };
}

function interactionRequired(): Error {
  return Object.assign(new Error("AADSTS50076: MFA"), { name: "InteractionRequiredAuthError" });
}

class FakeNestable implements NestableClient {
  active: AccountInfo | null = null;
  accounts: AccountInfo[] = [];
  silent = jest.fn((_request: unknown) => Promise.resolve(answer("silent-token")));
  popup = jest.fn((_request: unknown) => Promise.resolve(answer("popup-token")));
  getActiveAccount = (): AccountInfo | null => this.active;
  getAllAccounts = (): AccountInfo[] => this.accounts;
  setActiveAccount = (account: AccountInfo | null): void => {
    this.active = account;
  };
  acquireTokenSilent = (request: { scopes: string[]; account?: AccountInfo }) => this.silent(request);
  acquireTokenPopup = (request: { scopes: string[] }) => this.popup(request);
}

function providerWith(fake: FakeNestable) {
  const configurations: Configuration[] = [];
  const provider = nestedAppTokenProvider(SETTINGS, (configuration) => {
    configurations.push(configuration);
    return Promise.resolve(fake);
  });
  return { provider, configurations };
}

describe("nested app authentication", () => {
  it("gets the token silently for the configured app and tenant, without a popup", async () => {
    const fake = new FakeNestable();
    const { provider, configurations } = providerWith(fake);
    await expect(provider()).resolves.toBe("silent-token");
    expect(fake.popup).not.toHaveBeenCalled();
    expect(configurations).toEqual([
      { auth: { clientId: "client", authority: "https://login.microsoftonline.com/nyborg.onmicrosoft.com" } },
    ]);
    expect(fake.silent).toHaveBeenCalledWith({ scopes: ["Mail.ReadWrite.Shared"] });
    expect(fake.active).toBe(ACCOUNT);
  });

  it("asks silently for the account it used before", async () => {
    const fake = new FakeNestable();
    fake.active = ACCOUNT;
    await providerWith(fake).provider();
    expect(fake.silent).toHaveBeenCalledWith({ scopes: ["Mail.ReadWrite.Shared"], account: ACCOUNT });
  });

  it("opens a popup when Entra needs the user, once for a burst of calls", async () => {
    const fake = new FakeNestable();
    fake.silent.mockRejectedValue(interactionRequired());
    const { provider } = providerWith(fake);
    const tokens = await Promise.all([provider(), provider(), provider()]);
    expect(tokens).toEqual(["popup-token", "popup-token", "popup-token"]);
    expect(fake.popup).toHaveBeenCalledTimes(1);
  });

  it("does not open a popup for an error the user cannot fix, and says what the admin must do", async () => {
    const fake = new FakeNestable();
    fake.silent.mockRejectedValue(Object.assign(new Error("AADSTS65001: no consent"), { errorNo: "65001" }));
    const error = await providerWith(fake)
      .provider()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).problem).toBe("consent-missing");
    expect(fake.popup).not.toHaveBeenCalled();
  });

  it("reports a closed popup as cancelled, and tries again on the next call", async () => {
    const fake = new FakeNestable();
    fake.silent.mockRejectedValue(interactionRequired());
    fake.popup.mockRejectedValueOnce(Object.assign(new Error("closed"), { errorCode: "user_cancelled" }));
    const { provider } = providerWith(fake);
    await expect(provider()).rejects.toMatchObject({ problem: "user-cancelled" });
    await expect(provider()).resolves.toBe("popup-token");
  });
});
