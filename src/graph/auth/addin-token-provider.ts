import type { AccessTokenProvider } from "../transport";
import type { GraphAuthSettings } from "./auth-settings";
import { nestedAppTokenProvider, type CreateNestableClient } from "./nested-app-auth";
import { officeDialogTokenProvider, type OfficeDialogApi } from "./office-dialog-auth";

export interface AddinOfficeApi extends OfficeDialogApi {
  context: OfficeDialogApi["context"] & {
    requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
  };
}

export interface AddinSignInOptions {
  office: AddinOfficeApi;
  /** Absolute address of auth-dialog.html on the add-in's own domain (the dialog fallback's page). */
  dialogPageUrl: string;
  createNestableClient?: CreateNestableClient;
}

/** Which way the add-in signs in on this Outlook client. */
export type SignInRoute = "nested-app-auth" | "office-dialog";

export function signInRoute(office: AddinOfficeApi): SignInRoute {
  return office.context.requirements.isSetSupported("NestedAppAuth", "1.1")
    ? "nested-app-auth"
    : "office-dialog";
}

/**
 * The pane's token provider for Graph: nested app authentication where Outlook supports it (NestedAppAuth 1.1),
 * otherwise Office's dialog with MSAL's redirect flow on the add-in's own sign-in page.
 */
export function addinTokenProvider(
  settings: GraphAuthSettings,
  options: AddinSignInOptions,
): AccessTokenProvider {
  return signInRoute(options.office) === "nested-app-auth"
    ? nestedAppTokenProvider(settings, options.createNestableClient)
    : officeDialogTokenProvider(settings, options.office, options.dialogPageUrl);
}
