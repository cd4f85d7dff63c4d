import type { GraphAuthSettings } from "./auth-settings";

/**
 * What the auth dialog page tells the pane through Office's messageParent: the token and when it expires, or the
 * Entra/MSAL error code. Never an account name or MSAL's message text.
 */
export type DialogAnswer =
  | { kind: "token"; accessToken: string; expiresOn: number }
  | { kind: "error"; aadsts?: string; errorCode?: string };

export function parseDialogAnswer(message: string): DialogAnswer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  const answer = value as Record<string, unknown>;
  if (
    answer.kind === "token" &&
    typeof answer.accessToken === "string" &&
    answer.accessToken !== "" &&
    typeof answer.expiresOn === "number"
  ) {
    return { kind: "token", accessToken: answer.accessToken, expiresOn: answer.expiresOn };
  }
  if (answer.kind === "error") {
    const error: DialogAnswer = { kind: "error" };
    if (typeof answer.aadsts === "string") error.aadsts = answer.aadsts;
    if (typeof answer.errorCode === "string") error.errorCode = answer.errorCode;
    return error;
  }
  return undefined;
}

const PARAMS = { clientId: "clientId", tenantId: "tenantId", scopes: "scopes" } as const;

/** The dialog page's address with the sign-in settings in its query, since the dialog shares no memory with the pane. */
export function dialogAddress(pageUrl: string, settings: GraphAuthSettings): string {
  const url = new URL(pageUrl);
  url.searchParams.set(PARAMS.clientId, settings.clientId);
  url.searchParams.set(PARAMS.tenantId, settings.tenantId);
  url.searchParams.set(PARAMS.scopes, settings.scopes.join(" "));
  return url.toString();
}

export function settingsFromDialogAddress(search: string): GraphAuthSettings | undefined {
  const params = new URLSearchParams(search);
  const clientId = params.get(PARAMS.clientId);
  const tenantId = params.get(PARAMS.tenantId);
  const scopes = params.get(PARAMS.scopes)?.split(" ").filter(Boolean) ?? [];
  if (!clientId || !tenantId || scopes.length === 0) return undefined;
  return { clientId, tenantId, scopes };
}
