import { describeGraphError } from "../../../src/graph/error-text";
import {
  errorFromResponse,
  GraphMailboxNotFoundError,
  GraphMessageNotFoundError,
  GraphPermissionError,
  GraphRequestError,
  GraphSignInError,
  GraphThrottledError,
  GraphUnavailableError,
} from "../../../src/graph/errors";

const call = { mailbox: "borgerservice@nyborg.dk", operation: "list messages" };
const scope = "Mail.ReadWrite.Shared";

describe("errors from Graph's answers", () => {
  it.each([
    [429, undefined, undefined, GraphThrottledError],
    [401, "InvalidAuthenticationToken", undefined, GraphSignInError],
    [403, "ErrorAccessDenied", undefined, GraphPermissionError],
    [404, "ErrorInvalidUser", "m1", GraphMailboxNotFoundError],
    [404, "MailboxNotEnabledForRESTAPI", undefined, GraphMailboxNotFoundError],
    [404, "ErrorItemNotFound", "m1", GraphMessageNotFoundError],
    [503, "ServiceUnavailable", undefined, GraphUnavailableError],
    [504, undefined, undefined, GraphUnavailableError],
    [400, "BadRequest", undefined, GraphRequestError],
  ] as const)("HTTP %i %s becomes the right kind", (status, code, messageId, type) => {
    const error = errorFromResponse(call, { status, code, scope, messageId });
    expect(error).toBeInstanceOf(type);
    expect(error.mailbox).toBe(call.mailbox);
    expect(error.message).toContain(call.mailbox);
    expect(error.message).toContain("list messages");
  });

  it("spells out the missing consent and who must act", () => {
    const error = errorFromResponse(call, { status: 403, code: "ErrorAccessDenied", scope });
    expect(error.message).toContain(
      "the add-in lacks Mail.ReadWrite.Shared consent for borgerservice@nyborg.dk",
    );
    expect(error.message).toContain("an admin must grant it");
  });

  it("keeps Graph's own message short and never longer than 200 characters", () => {
    const error = errorFromResponse(call, {
      status: 400,
      code: "BadRequest",
      message: "x".repeat(5000),
      scope,
    });
    expect(error.message.length).toBeLessThan(400);
  });

  it("says in Danish and in English what happened and names the mailbox", () => {
    const lost = new GraphMailboxNotFoundError(call, { status: 404, code: "ErrorInvalidUser" });
    expect(describeGraphError(lost, "da")).toMatch(/^Postkassen borgerservice@nyborg\.dk findes ikke/);
    expect(describeGraphError(lost, "en")).toMatch(/^The mailbox borgerservice@nyborg\.dk does not exist/);
    const denied = new GraphPermissionError(call, { status: 403, code: "ErrorAccessDenied", scope });
    expect(describeGraphError(denied, "da")).toContain("(ErrorAccessDenied)");
  });
});
