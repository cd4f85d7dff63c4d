import { explainSignInError, SignInError } from "../../../../src/graph/auth/sign-in-error";

/** Shaped like msal-common's ServerError: errorNo holds the AADSTS number, the message names the account. */
function serverError(errorNo: string, errorMessage = `AADSTS${errorNo}: trouble for bent@nyborg.dk`): Error {
  return Object.assign(new Error(errorMessage), {
    name: "ServerError",
    errorCode: "invalid_grant",
    errorNo,
    errorMessage,
  });
}

describe("explainSignInError", () => {
  it.each([
    ["65001", "consent-missing", /administratorsamtykke/],
    ["90002", "tenant-not-found", /tenantId/],
    ["700016", "app-not-in-tenant", /clientId/],
    ["7000222", "secret-expired", /ny hemmelighed/],
  ])("AADSTS%s means %s and says what the admin must do", (number, problem, danish) => {
    const error = explainSignInError(serverError(number));
    expect(error.problem).toBe(problem);
    expect(error.detail).toBe(`AADSTS${number}`);
    expect(error.text.da).toMatch(danish);
    expect(error.text.da).toMatch(/administrator/);
    expect(error.text.en).toMatch(/admin/);
  });

  it("finds the number in the message when MSAL gives no errorNo", () => {
    const error = explainSignInError(
      new Error("invalid_client: AADSTS7000222: The provided client secret keys are expired."),
    );
    expect(error.problem).toBe("secret-expired");
  });

  it("keeps no account name or MSAL message text", () => {
    const error = explainSignInError(serverError("65001"));
    expect(error.message).not.toMatch(/bent|nyborg\.dk|trouble/);
  });

  it("names an unknown Entra error by its number only", () => {
    const error = explainSignInError(serverError("53003"));
    expect(error.problem).toBe("unknown");
    expect(error.message).toMatch(/AADSTS53003/);
  });

  it("maps MSAL's own codes, and anything else to unknown", () => {
    expect(explainSignInError(Object.assign(new Error("x"), { errorCode: "user_cancelled" })).problem).toBe(
      "user-cancelled",
    );
    expect(explainSignInError("weird").problem).toBe("unknown");
    const original = new SignInError("not-configured");
    expect(explainSignInError(original)).toBe(original);
  });
});
