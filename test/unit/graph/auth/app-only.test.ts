import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  appOnlyCredentialsFromEnv,
  appOnlyTokenProvider,
  msalNodeConfiguration,
} from "../../../../src/graph/auth/app-only";
import { SignInError } from "../../../../src/graph/auth/sign-in-error";

const BASE = { KANALVAGT_CLIENT_ID: "client", KANALVAGT_TENANT_ID: "nyborg.onmicrosoft.com" };
const SHA256 = "a".repeat(64);
const PEM = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n";

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SignInError) return `${error.problem}: ${error.detail ?? ""}`;
    throw error;
  }
  return "no error";
}

function keyFile(inGitTree: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), "kanalvagt-key-"));
  if (inGitTree) mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "keys"));
  const file = join(dir, "keys", "app.pem");
  writeFileSync(file, PEM);
  return file;
}

describe("app-only credentials from the environment", () => {
  it("names every missing variable", () => {
    expect(problemOf(() => appOnlyCredentialsFromEnv({}))).toBe(
      "credentials-missing: missing: KANALVAGT_CLIENT_ID, KANALVAGT_TENANT_ID, KANALVAGT_CLIENT_SECRET or KANALVAGT_CERT_PATH",
    );
  });

  it("takes a client secret", () => {
    const credentials = appOnlyCredentialsFromEnv({ ...BASE, KANALVAGT_CLIENT_SECRET: "s3cret" });
    expect(msalNodeConfiguration(credentials).auth).toEqual({
      clientId: "client",
      authority: "https://login.microsoftonline.com/nyborg.onmicrosoft.com",
      clientSecret: "s3cret",
    });
  });

  it("takes a certificate outside any git working tree, with its SHA-256 thumbprint", () => {
    const credentials = appOnlyCredentialsFromEnv({
      ...BASE,
      KANALVAGT_CERT_PATH: keyFile(false),
      KANALVAGT_CERT_THUMBPRINT: SHA256.toUpperCase(),
    });
    expect(msalNodeConfiguration(credentials).auth.clientCertificate).toEqual({
      thumbprintSha256: SHA256,
      privateKey: PEM,
    });
  });

  it("refuses a key inside a git working tree, and a bad thumbprint", () => {
    expect(
      problemOf(() =>
        appOnlyCredentialsFromEnv({
          ...BASE,
          KANALVAGT_CERT_PATH: keyFile(true),
          KANALVAGT_CERT_THUMBPRINT: SHA256,
        }),
      ),
    ).toMatch(/points into the git working tree/);
    expect(
      problemOf(() =>
        appOnlyCredentialsFromEnv({
          ...BASE,
          KANALVAGT_CERT_PATH: keyFile(false),
          KANALVAGT_CERT_THUMBPRINT: "xyz",
        }),
      ),
    ).toMatch(/thumbprint/);
  });
});

describe("app-only tokens", () => {
  const credentials = { clientId: "client", tenantId: "tenant", secret: "s" };

  it("asks for Graph's .default scope", async () => {
    const requests: unknown[] = [];
    const provider = appOnlyTokenProvider(credentials, () =>
      Promise.resolve({
        acquireTokenByClientCredential: (request: { scopes: string[] }) => {
          requests.push(request);
          return Promise.resolve({ accessToken: "app-token" });
        },
      }),
    );
    await expect(provider()).resolves.toBe("app-token");
    expect(requests).toEqual([{ scopes: ["https://graph.microsoft.com/.default"] }]);
  });

  it("an expired secret tells the admin to make a new one", async () => {
    const provider = appOnlyTokenProvider(credentials, () =>
      Promise.resolve({
        acquireTokenByClientCredential: () =>
          Promise.reject(Object.assign(new Error("AADSTS7000222: expired"), { errorNo: "7000222" })),
      }),
    );
    const error = (await provider().catch((e: unknown) => e)) as SignInError;
    expect(error.problem).toBe("secret-expired");
    expect(error.text.da).toMatch(/KANALVAGT_CLIENT_SECRET/);
  });
});
