import type { OfficeItemRead } from "../../office/office-api";
import type { DemoItem } from "../protocol";
import { fail, officeErrors, succeed } from "./async-result";

const coercion = { text: "text", html: "html" } as const;

/** A read-mode message as Office.js presents it, backed by a demo item. */
export function standInMessage(item: DemoItem): OfficeItemRead {
  return {
    itemType: "message",
    subject: item.subject,
    from: item.from,
    sender: item.from,
    to: item.to,
    cc: item.cc,
    dateTimeCreated: new Date(item.dateTimeCreated),
    itemClass: item.itemClass,
    attachments: item.attachments,
    body: {
      getAsync(coercionType: Office.CoercionType | string, ...args: unknown[]) {
        if (coercionType === coercion.text) succeed(args, item.textBody);
        else if (coercionType === coercion.html) succeed(args, item.htmlBody);
        else fail(args, officeErrors.coercionTypeNotSupported);
      },
    },
    getAllInternetHeadersAsync(...args: unknown[]) {
      succeed(args, item.internetHeaders);
    },
  };
}
