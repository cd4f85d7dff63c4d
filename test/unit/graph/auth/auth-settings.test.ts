import { DEFAULT_CONFIG, validateConfig } from "../../../../src/core/config/load";
import { authorityFor, authSettingsFrom } from "../../../../src/graph/auth/auth-settings";
import { SignInError } from "../../../../src/graph/auth/sign-in-error";

const CLIENT_ID = "2f6c1e0a-8d7b-4c3e-9a51-0b7d2e4f6a18";

describe("sign-in settings from the configuration", () => {
  it("the default configuration has no graph section, and signing in says so", () => {
    expect(() => authSettingsFrom(DEFAULT_CONFIG)).toThrow(SignInError);
    try {
      authSettingsFrom(DEFAULT_CONFIG);
    } catch (error) {
      expect((error as SignInError).problem).toBe("not-configured");
    }
  });

  it("reads client id, tenant and scopes, with Mail.ReadWrite.Shared by default", () => {
    const result = validateConfig({
      ...DEFAULT_CONFIG,
      graph: {
        clientId: CLIENT_ID,
        tenantId: "nyborg.onmicrosoft.com",
        mailboxes: [{ address: "post@nyborg.dk" }],
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(authSettingsFrom(result.config)).toEqual({
      clientId: CLIENT_ID,
      tenantId: "nyborg.onmicrosoft.com",
      scopes: ["Mail.ReadWrite.Shared"],
    });
    expect(result.config.graph?.mailboxes).toEqual([{ address: "post@nyborg.dk" }]);
  });

  it("a wrong client id, tenant or mailbox is named by its path", () => {
    const result = validateConfig({
      ...DEFAULT_CONFIG,
      graph: { clientId: "kanalvagt", tenantId: "not a tenant", mailboxes: [{ address: "post" }] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual([
      "graph.clientId",
      "graph.mailboxes[0].address",
      "graph.tenantId",
    ]);
  });

  it("the authority is single-tenant", () => {
    expect(authorityFor("nyborg.onmicrosoft.com")).toBe(
      "https://login.microsoftonline.com/nyborg.onmicrosoft.com",
    );
  });
});
