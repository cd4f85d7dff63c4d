import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { authorityFor } from "../auth-settings";
import { runAuthDialog } from "./run-auth-dialog";

// The page Office's dialog opens when Outlook lacks nested app authentication (see addin-token-provider.ts).
void Office.onReady(() =>
  runAuthDialog({
    search: window.location.search,
    redirectUri: `${window.location.origin}${window.location.pathname}`,
    storage: window.sessionStorage,
    createClient: (settings, redirectUri) =>
      createStandardPublicClientApplication({
        auth: { clientId: settings.clientId, authority: authorityFor(settings.tenantId), redirectUri },
        cache: { cacheLocation: "sessionStorage" },
      }),
    messageParent: (message) => Office.context.ui.messageParent(message),
  }),
);
