import { callOffice, OfficeCallError } from "../../../src/office/office-call";
import { FakeOffice } from "./fake-office";

const office = new FakeOffice();

describe("callOffice", () => {
  it("turns a call that throws (e.g. a method this Outlook lacks) into a rejected OfficeCallError", async () => {
    const failing = callOffice<string>(office, "item.categories.getAsync", () => {
      throw new TypeError("Cannot read properties of undefined (reading 'getAsync')");
    });
    await expect(failing).rejects.toBeInstanceOf(OfficeCallError);
    await expect(failing).rejects.toThrow(
      "Outlook could not complete item.categories.getAsync: Cannot read properties of undefined (reading 'getAsync')",
    );
  });

  it("says 'unknown error' when Office fails without an error object", async () => {
    const failing = callOffice<string>(office, "item.body.getAsync(text)", (callback) =>
      setTimeout(
        () => callback({ status: office.AsyncResultStatus.Failed } as Office.AsyncResult<string>),
        0,
      ),
    );
    await expect(failing).rejects.toThrow(
      "Outlook could not complete item.body.getAsync(text): unknown error",
    );
  });
});
