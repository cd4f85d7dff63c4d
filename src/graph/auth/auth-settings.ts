import type { Config } from "../../core/config/schema";
import { SignInError } from "./sign-in-error";

/** What MSAL needs to sign in for Graph: the app registration, its tenant and the permissions asked for. */
export interface GraphAuthSettings {
  clientId: string;
  tenantId: string;
  scopes: readonly string[];
}

/** Single-tenant sign-in: an organisation's own staff, never personal Microsoft accounts. */
export function authorityFor(tenantId: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}`;
}

/** The pane's sign-in settings from the configuration; a configuration without a graph section cannot sign in. */
export function authSettingsFrom(config: Config): GraphAuthSettings {
  if (config.graph === undefined) throw new SignInError("not-configured");
  const { clientId, tenantId, scopes } = config.graph;
  return { clientId, tenantId, scopes };
}
