import type { AccountInfo, Configuration } from "@azure/msal-browser";
import type { AccessTokenProvider } from "../transport";
import { authorityFor, type GraphAuthSettings } from "./auth-settings";
import { explainSignInError } from "./sign-in-error";

interface TokenAnswer {
  accessToken: string;
  account: AccountInfo | null;
}

/** The part of MSAL's IPublicClientApplication that nested app authentication uses; tests fake exactly this. */
export interface NestableClient {
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
  acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo }): Promise<TokenAnswer>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<TokenAnswer>;
}

export type CreateNestableClient = (configuration: Configuration) => Promise<NestableClient>;

/** MSAL is loaded only when someone signs in, so the pane's first paint does not carry it. */
export const loadNestableClient: CreateNestableClient = async (configuration) => {
  const msal = await import("@azure/msal-browser");
  return msal.createNestablePublicClientApplication(configuration);
};

/**
 * MSAL marks "the user must act" (consent, MFA, an expired session) by this error name. Checked by name rather than
 * instanceof because the class lives in the lazily loaded chunk and in the fakes of the tests.
 */
function needsInteraction(error: unknown): boolean {
  return error instanceof Error && error.name === "InteractionRequiredAuthError";
}

/**
 * Nested app authentication: Outlook brokers the token for the signed-in user. A silent request first; only when
 * Entra asks for the user (consent, MFA, an expired session) a popup, which Outlook opens. Concurrent Graph calls
 * share one request, so a burst of calls never opens two popups.
 */
export function nestedAppTokenProvider(
  settings: GraphAuthSettings,
  createClient: CreateNestableClient = loadNestableClient,
): AccessTokenProvider {
  const scopes = [...settings.scopes];
  let client: Promise<NestableClient> | undefined;
  let pending: Promise<string> | undefined;

  async function acquire(): Promise<string> {
    client ??= createClient({
      auth: { clientId: settings.clientId, authority: authorityFor(settings.tenantId) },
    });
    let nestable: NestableClient;
    try {
      nestable = await client;
    } catch (error) {
      client = undefined;
      throw explainSignInError(error);
    }
    const account = nestable.getActiveAccount() ?? nestable.getAllAccounts()[0];
    let answer: TokenAnswer;
    try {
      answer = await nestable.acquireTokenSilent(account === undefined ? { scopes } : { scopes, account });
    } catch (error) {
      if (!needsInteraction(error)) throw explainSignInError(error);
      try {
        answer = await nestable.acquireTokenPopup({ scopes });
      } catch (popupError) {
        throw explainSignInError(popupError);
      }
    }
    if (answer.account !== null) nestable.setActiveAccount(answer.account);
    return answer.accessToken;
  }

  return () => {
    pending ??= acquire().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
