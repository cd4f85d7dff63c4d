import type { AccessTokenProvider } from "../transport";
import type { GraphAuthSettings } from "./auth-settings";
import { dialogAddress, parseDialogAnswer, type DialogAnswer } from "./dialog-protocol";
import { explainSignInError, SignInError } from "./sign-in-error";

/** The part of Office.js the dialog fallback calls; the tests fake exactly this. */
export interface OfficeDialogApi {
  AsyncResultStatus: Pick<typeof Office.AsyncResultStatus, "Failed">;
  EventType: Pick<typeof Office.EventType, "DialogMessageReceived" | "DialogEventReceived">;
  context: { ui: Pick<Office.UI, "displayDialogAsync"> };
}

/** Office's code when the user closes the dialog (DialogEventReceived). */
const DIALOG_CLOSED_BY_USER = 12006;
/** Renew this long before the token expires, so a long statistics run never sends an expired token. */
const RENEW_BEFORE_MS = 5 * 60_000;

function openDialog(office: OfficeDialogApi, address: string): Promise<DialogAnswer> {
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(
      address,
      { height: 60, width: 30, promptBeforeOpen: false },
      (result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          reject(new SignInError("dialog-failed", `Office ${result.error.code}`));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => {
          dialog.close();
          const answer = "message" in args ? parseDialogAnswer(args.message) : undefined;
          if (answer === undefined) reject(new SignInError("dialog-failed", "unreadable answer"));
          else resolve(answer);
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => {
          const code = "error" in args ? args.error : undefined;
          reject(
            code === DIALOG_CLOSED_BY_USER
              ? new SignInError("user-cancelled")
              : new SignInError("dialog-failed", `Office ${code ?? "?"}`),
          );
        });
      },
    );
  });
}

/**
 * For Outlook clients without nested app authentication: Office's dialog opens the add-in's own sign-in page, which
 * runs MSAL's redirect flow and sends the token back. The token is kept in memory only, until shortly before it
 * expires, so the user sees the dialog once per session rather than per Graph call.
 */
export function officeDialogTokenProvider(
  settings: GraphAuthSettings,
  office: OfficeDialogApi,
  dialogPageUrl: string,
  now: () => number = Date.now,
): AccessTokenProvider {
  let cached: { accessToken: string; expiresOn: number } | undefined;
  let pending: Promise<string> | undefined;

  async function acquire(): Promise<string> {
    const answer = await openDialog(office, dialogAddress(dialogPageUrl, settings));
    if (answer.kind === "error") {
      throw explainSignInError({
        errorNo: answer.aadsts,
        errorCode: answer.errorCode,
      });
    }
    cached = { accessToken: answer.accessToken, expiresOn: answer.expiresOn };
    return answer.accessToken;
  }

  return () => {
    if (cached !== undefined && cached.expiresOn - RENEW_BEFORE_MS > now()) {
      return Promise.resolve(cached.accessToken);
    }
    pending ??= acquire().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
