/**
 * Why signing in to Microsoft Graph failed, in words that tell the reader what to do. Most failures are fixed by an
 * admin in Microsoft Entra, not by the staff member who sees them, so each text names the admin's step.
 */
export type SignInProblem =
  | "not-configured"
  | "consent-missing"
  | "consent-declined"
  | "tenant-not-found"
  | "app-not-in-tenant"
  | "secret-expired"
  | "secret-invalid"
  | "certificate-rejected"
  | "redirect-uri-mismatch"
  | "user-cancelled"
  | "popup-blocked"
  | "dialog-failed"
  | "credentials-missing"
  | "unknown";

export interface SignInText {
  da: string;
  en: string;
}

const TEXTS: Record<SignInProblem, SignInText> = {
  "not-configured": {
    da: "Login til Microsoft Graph er ikke sat op: konfigurationen mangler afsnittet graph (clientId, tenantId). Bed en administrator om at udfylde det.",
    en: "Sign-in to Microsoft Graph is not set up: the configuration lacks the graph section (clientId, tenantId). Ask an admin to fill it in.",
  },
  "consent-missing": {
    da: "Appen har ikke fået samtykke til de Graph-tilladelser, den beder om. En administrator skal give samtykke for hele organisationen: Microsoft Entra > Virksomhedsapplikationer > Kanalvagt > Tilladelser > Giv administratorsamtykke.",
    en: "The app has not been granted the Graph permissions it asks for. An admin must grant consent for the whole organisation: Microsoft Entra > Enterprise applications > Kanalvagt > Permissions > Grant admin consent.",
  },
  "consent-declined": {
    da: "Samtykket blev afvist. En administrator kan give samtykke for hele organisationen i Microsoft Entra, så ingen medarbejder bliver spurgt.",
    en: "Consent was declined. An admin can grant consent for the whole organisation in Microsoft Entra so that no staff member is asked.",
  },
  "tenant-not-found": {
    da: "Den angivne tenant findes ikke. En administrator skal rette tenantId (konfigurationens graph.tenantId eller KANALVAGT_TENANT_ID) til organisationens mappe-id eller domæne, fx nyborg.onmicrosoft.com.",
    en: "The tenant given does not exist. An admin must correct the tenantId (graph.tenantId in the configuration or KANALVAGT_TENANT_ID) to the organisation's directory id or domain, e.g. nyborg.onmicrosoft.com.",
  },
  "app-not-in-tenant": {
    da: "Appens klient-id findes ikke i denne tenant. En administrator skal kontrollere clientId (graph.clientId eller KANALVAGT_CLIENT_ID) mod appregistreringen, og at tenantId er den tenant, appen er registreret i.",
    en: "The app's client id is not found in this tenant. An admin must check clientId (graph.clientId or KANALVAGT_CLIENT_ID) against the app registration, and that tenantId is the tenant the app is registered in.",
  },
  "secret-expired": {
    da: "Appens klienthemmelighed er udløbet. En administrator skal oprette en ny hemmelighed i appregistreringen (Certifikater og hemmeligheder) og sætte den i KANALVAGT_CLIENT_SECRET — eller skifte til et certifikat.",
    en: "The app's client secret has expired. An admin must create a new secret in the app registration (Certificates & secrets) and put it in KANALVAGT_CLIENT_SECRET — or switch to a certificate.",
  },
  "secret-invalid": {
    da: "Klienthemmeligheden blev afvist. Kontrollér, at KANALVAGT_CLIENT_SECRET er hemmelighedens værdi (ikke dens id) fra appregistreringen.",
    en: "The client secret was rejected. Check that KANALVAGT_CLIENT_SECRET holds the secret's value (not its id) from the app registration.",
  },
  "certificate-rejected": {
    da: "Certifikatet blev afvist. En administrator skal uploade certifikatets offentlige del til appregistreringen og kontrollere KANALVAGT_CERT_THUMBPRINT.",
    en: "The certificate was rejected. An admin must upload the certificate's public part to the app registration and check KANALVAGT_CERT_THUMBPRINT.",
  },
  "redirect-uri-mismatch": {
    da: "Login-siden er ikke registreret som omdirigerings-URI. En administrator skal tilføje den under appregistreringens platform Single-page application (for nested app authentication: brk-multihub://<tilføjelsens domæne>).",
    en: "The sign-in page is not registered as a redirect URI. An admin must add it under the app registration's Single-page application platform (for nested app authentication: brk-multihub://<add-in domain>).",
  },
  "user-cancelled": {
    da: "Login blev afbrudt. Prøv igen, og gennemfør login i vinduet, der åbner.",
    en: "Sign-in was cancelled. Try again and complete the sign-in in the window that opens.",
  },
  "popup-blocked": {
    da: "Login-vinduet blev blokeret. Tillad pop op-vinduer for Outlook og prøv igen.",
    en: "The sign-in window was blocked. Allow pop-ups for Outlook and try again.",
  },
  "dialog-failed": {
    da: "Login-vinduet kunne ikke åbnes. Prøv igen; fortsætter fejlen, skal en administrator kontrollere, at login-siden ligger på tilføjelsens eget domæne.",
    en: "The sign-in window could not open. Try again; if it keeps failing, an admin must check that the sign-in page is on the add-in's own domain.",
  },
  "credentials-missing": {
    da: "Appens loginoplysninger mangler. Sæt KANALVAGT_CLIENT_ID og KANALVAGT_TENANT_ID, og enten KANALVAGT_CLIENT_SECRET eller KANALVAGT_CERT_PATH med KANALVAGT_CERT_THUMBPRINT (aldrig i en fil i projektet).",
    en: "The app's credentials are missing. Set KANALVAGT_CLIENT_ID and KANALVAGT_TENANT_ID, and either KANALVAGT_CLIENT_SECRET or KANALVAGT_CERT_PATH with KANALVAGT_CERT_THUMBPRINT (never in a file inside the project).",
  },
  unknown: {
    da: "Login til Microsoft Graph mislykkedes. Prøv igen; fortsætter fejlen, så giv en administrator fejlkoden.",
    en: "Sign-in to Microsoft Graph failed. Try again; if it keeps failing, give an admin the error code.",
  },
};

/** Entra ID (AADSTS) error numbers and the problem each one means. */
const AADSTS_PROBLEMS: ReadonlyMap<string, SignInProblem> = new Map([
  ["65001", "consent-missing"],
  ["65004", "consent-declined"],
  ["90002", "tenant-not-found"],
  ["700016", "app-not-in-tenant"],
  ["7000222", "secret-expired"],
  ["7000215", "secret-invalid"],
  ["700027", "certificate-rejected"],
  ["50011", "redirect-uri-mismatch"],
]);

/** MSAL's own error codes that are no server answer. */
const MSAL_CODE_PROBLEMS: ReadonlyMap<string, SignInProblem> = new Map([
  ["user_cancelled", "user-cancelled"],
  ["popup_window_error", "popup-blocked"],
  ["empty_window_error", "popup-blocked"],
]);

export class SignInError extends Error {
  override readonly name = "SignInError";

  constructor(
    readonly problem: SignInProblem,
    /** The Entra error number (AADSTS…) or MSAL error code behind it, for the admin; never a token or a name. */
    readonly detail?: string,
  ) {
    const text = TEXTS[problem];
    super(detail === undefined ? text.en : `${text.en} (${detail})`);
  }

  get text(): SignInText {
    return TEXTS[this.problem];
  }
}

interface MsalLikeError {
  errorCode?: unknown;
  errorNo?: unknown;
  errorMessage?: unknown;
  message?: unknown;
}

function aadstsNumber(error: MsalLikeError): string | undefined {
  if (typeof error.errorNo === "string" && AADSTS_PROBLEMS.has(error.errorNo)) return error.errorNo;
  for (const text of [error.errorMessage, error.message]) {
    if (typeof text !== "string") continue;
    const match = /AADSTS(\d+)/.exec(text);
    if (match?.[1] !== undefined) return match[1];
  }
  return typeof error.errorNo === "string" && error.errorNo !== "" ? error.errorNo : undefined;
}

/**
 * Turns whatever MSAL (browser or node) threw into a SignInError with an actionable text. Only the error number or
 * code is kept: MSAL's own messages can carry account names and correlation data that do not belong in a log.
 */
export function explainSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (error === null || typeof error !== "object") return new SignInError("unknown");
  const msalError = error as MsalLikeError;
  const aadsts = aadstsNumber(msalError);
  if (aadsts !== undefined) {
    return new SignInError(AADSTS_PROBLEMS.get(aadsts) ?? "unknown", `AADSTS${aadsts}`);
  }
  const code = typeof msalError.errorCode === "string" ? msalError.errorCode : undefined;
  if (code !== undefined) return new SignInError(MSAL_CODE_PROBLEMS.get(code) ?? "unknown", code);
  return new SignInError("unknown");
}
