import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Configuration } from "@azure/msal-node";
import type { AccessTokenProvider } from "../transport";
import { authorityFor } from "./auth-settings";
import { explainSignInError, SignInError } from "./sign-in-error";

/** App-only credentials of the CLI: an app registration with application permissions, secret or certificate. */
export interface AppOnlyCredentials {
  clientId: string;
  tenantId: string;
  secret?: string;
  certificate?: { privateKeyPem: string; thumbprint: string };
}

export const ENV = {
  clientId: "KANALVAGT_CLIENT_ID",
  tenantId: "KANALVAGT_TENANT_ID",
  secret: "KANALVAGT_CLIENT_SECRET",
  certPath: "KANALVAGT_CERT_PATH",
  certThumbprint: "KANALVAGT_CERT_THUMBPRINT",
} as const;

/** Application permissions are granted to the app as a whole; ".default" asks for exactly those. */
const GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default";

/** The git working tree a path lies in, if any: a key there could be committed by accident. */
function enclosingWorkingTree(path: string): string | undefined {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function readCertificate(path: string, thumbprint: string | undefined): AppOnlyCredentials["certificate"] {
  if (thumbprint === undefined || !/^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(thumbprint.replaceAll(":", ""))) {
    throw new SignInError(
      "credentials-missing",
      `${ENV.certThumbprint} must be the certificate's SHA-256 (64 hex digits) or SHA-1 (40) thumbprint`,
    );
  }
  const tree = enclosingWorkingTree(path);
  if (tree !== undefined) {
    throw new SignInError(
      "credentials-missing",
      `${ENV.certPath} points into the git working tree ${tree}; keep the key outside it, e.g. in ~/.kanalvagt/`,
    );
  }
  let privateKeyPem: string;
  try {
    privateKeyPem = readFileSync(path, "utf8");
  } catch {
    throw new SignInError("credentials-missing", `${ENV.certPath} cannot be read`);
  }
  if (!/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(privateKeyPem)) {
    throw new SignInError("credentials-missing", `${ENV.certPath} holds no PEM private key`);
  }
  return { privateKeyPem, thumbprint: thumbprint.replaceAll(":", "").toLowerCase() };
}

/**
 * Reads the CLI's credentials from the environment only — never from a file in the repository. A certificate is
 * preferred over a secret when both are set, as Microsoft recommends for unattended jobs.
 */
export function appOnlyCredentialsFromEnv(env: Record<string, string | undefined>): AppOnlyCredentials {
  const clientId = env[ENV.clientId]?.trim();
  const tenantId = env[ENV.tenantId]?.trim();
  const secret = env[ENV.secret];
  const certPath = env[ENV.certPath]?.trim();
  const missing = [
    ...(clientId ? [] : [ENV.clientId]),
    ...(tenantId ? [] : [ENV.tenantId]),
    ...(secret || certPath ? [] : [`${ENV.secret} or ${ENV.certPath}`]),
  ];
  if (missing.length > 0 || !clientId || !tenantId) {
    throw new SignInError("credentials-missing", `missing: ${missing.join(", ")}`);
  }
  if (certPath) {
    return { clientId, tenantId, certificate: readCertificate(certPath, env[ENV.certThumbprint]?.trim()) };
  }
  return { clientId, tenantId, secret: secret ?? "" };
}

export function msalNodeConfiguration(credentials: AppOnlyCredentials): Configuration {
  const { certificate } = credentials;
  const clientCertificate =
    certificate === undefined
      ? undefined
      : certificate.thumbprint.length === 64
        ? { thumbprintSha256: certificate.thumbprint, privateKey: certificate.privateKeyPem }
        : { thumbprint: certificate.thumbprint, privateKey: certificate.privateKeyPem };
  return {
    auth: {
      clientId: credentials.clientId,
      authority: authorityFor(credentials.tenantId),
      ...(clientCertificate === undefined ? { clientSecret: credentials.secret } : { clientCertificate }),
    },
  };
}

/** The part of msal-node's ConfidentialClientApplication the CLI uses; the tests fake exactly this. */
export interface ClientCredentialClient {
  acquireTokenByClientCredential(request: { scopes: string[] }): Promise<{ accessToken: string } | null>;
}

export type CreateClientCredentialClient = (configuration: Configuration) => Promise<ClientCredentialClient>;

const loadConfidentialClient: CreateClientCredentialClient = async (configuration) => {
  const { ConfidentialClientApplication } = await import("@azure/msal-node");
  return new ConfidentialClientApplication(configuration);
};

/** App-only tokens for Graph; msal-node keeps each token in memory and renews it shortly before it expires. */
export function appOnlyTokenProvider(
  credentials: AppOnlyCredentials,
  createClient: CreateClientCredentialClient = loadConfidentialClient,
): AccessTokenProvider {
  let client: Promise<ClientCredentialClient> | undefined;
  return async () => {
    client ??= createClient(msalNodeConfiguration(credentials));
    try {
      const answer = await (await client).acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] });
      if (answer === null || answer.accessToken === "") throw new SignInError("unknown", "no token returned");
      return answer.accessToken;
    } catch (error) {
      throw explainSignInError(error);
    }
  };
}
