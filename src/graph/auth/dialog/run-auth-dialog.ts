import type { AccountInfo } from "@azure/msal-browser";
import type { GraphAuthSettings } from "../auth-settings";
import { settingsFromDialogAddress, type DialogAnswer } from "../dialog-protocol";

interface DialogToken {
  accessToken: string;
  expiresOn: Date | null;
}

/** The part of MSAL's standard PublicClientApplication the dialog page uses; the tests fake exactly this. */
export interface RedirectClient {
  handleRedirectPromise(): Promise<DialogToken | null>;
  getAllAccounts(): AccountInfo[];
  acquireTokenSilent(request: { scopes: string[]; account: AccountInfo }): Promise<DialogToken>;
  acquireTokenRedirect(request: { scopes: string[] }): Promise<void>;
}

export interface AuthDialogEnvironment {
  /** location.search of the dialog page. */
  search: string;
  /** The page's own address without query: MSAL's redirect URI, registered in Entra as a single-page application URI. */
  redirectUri: string;
  /** sessionStorage: keeps the settings across the trip to Entra's sign-in page. */
  storage: Pick<Storage, "getItem" | "setItem">;
  createClient(settings: GraphAuthSettings, redirectUri: string): Promise<RedirectClient>;
  messageParent(message: string): void;
}

const STORED_SETTINGS = "kanalvagt.auth-dialog.settings";

function answer(env: AuthDialogEnvironment, message: DialogAnswer): void {
  env.messageParent(JSON.stringify(message));
}

function tokenAnswer(token: DialogToken): DialogAnswer {
  // Without an expiry the pane must not keep the token: 0 makes it ask again next time.
  return { kind: "token", accessToken: token.accessToken, expiresOn: token.expiresOn?.getTime() ?? 0 };
}

/** Only the Entra error number and MSAL's code leave the dialog, never MSAL's message, which can name the account. */
function errorAnswer(error: unknown): DialogAnswer {
  const failure: DialogAnswer = { kind: "error" };
  if (error !== null && typeof error === "object") {
    const { errorNo, errorCode, message } = error as Record<string, unknown>;
    const aadsts =
      typeof errorNo === "string" && errorNo !== ""
        ? errorNo
        : typeof message === "string"
          ? /AADSTS(\d+)/.exec(message)?.[1]
          : undefined;
    if (aadsts !== undefined) failure.aadsts = aadsts;
    if (typeof errorCode === "string") failure.errorCode = errorCode;
  }
  return failure;
}

function readSettings(env: AuthDialogEnvironment): GraphAuthSettings | undefined {
  const fromAddress = settingsFromDialogAddress(env.search);
  if (fromAddress !== undefined) {
    env.storage.setItem(STORED_SETTINGS, env.search);
    return fromAddress;
  }
  const stored = env.storage.getItem(STORED_SETTINGS);
  return stored === null ? undefined : settingsFromDialogAddress(stored);
}

/**
 * The sign-in dialog's whole job: come back from Entra with a token, or go to Entra for one. Runs twice per sign-in —
 * once when the pane opens the dialog, once when Entra redirects back to this page.
 */
export async function runAuthDialog(env: AuthDialogEnvironment): Promise<void> {
  const settings = readSettings(env);
  if (settings === undefined) {
    answer(env, { kind: "error", errorCode: "missing_settings" });
    return;
  }
  const scopes = [...settings.scopes];
  try {
    const client = await env.createClient(settings, env.redirectUri);
    const returned = await client.handleRedirectPromise();
    if (returned !== null) {
      answer(env, tokenAnswer(returned));
      return;
    }
    const account = client.getAllAccounts()[0];
    if (account !== undefined) {
      try {
        answer(env, tokenAnswer(await client.acquireTokenSilent({ scopes, account })));
        return;
      } catch {
        // The session needs the user again: fall through to the redirect.
      }
    }
    await client.acquireTokenRedirect({ scopes });
  } catch (error) {
    answer(env, errorAnswer(error));
  }
}
