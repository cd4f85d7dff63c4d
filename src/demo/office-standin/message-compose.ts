import type { OfficeItemCompose } from "../../office/office-api";
import type { DraftContent } from "../exchange/demo-exchange";
import { fail, officeErrors } from "./async-result";
import { itemCalls, type ItemContext } from "./message-read";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/**
 * A message being written, as Office.js presents it in compose mode, backed by the demo page's draft: every call
 * reads the draft as it stands, so "Tjek igen" in the pane sees what the user changed.
 */
export function standInCompose(draftId: string, context: ItemContext): OfficeItemCompose {
  const { host, failure } = context;
  const { answer, getSharedPropertiesAsync } = itemCalls(context);
  const draft = (): Promise<DraftContent> => host.call("draft.get", draftId, []) as Promise<DraftContent>;
  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync(...args: unknown[]) {
      answer(args, false, async () => (await draft())[field]);
    },
  });

  return {
    itemType: "message",
    subject: {
      getAsync(...args: unknown[]) {
        answer(args, false, async () => (await draft()).subject);
      },
    },
    body: {
      getAsync(coercionType: Office.CoercionType | string, ...args: unknown[]) {
        if (coercionType !== "text" && coercionType !== "html") {
          return fail(args, officeErrors.coercionTypeNotSupported);
        }
        answer(args, failure === "body", async () => {
          const { text } = await draft();
          return coercionType === "text" ? text : `<div>${escapeHtml(text).replaceAll("\n", "<br>")}</div>`;
        });
      },
      setAsync(data: string, ...args: unknown[]) {
        answer(args, false, () => host.call("draft.setBody", draftId, [data]));
      },
    },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    getAttachmentsAsync(...args: unknown[]) {
      answer(args, false, () => Promise.resolve([]));
    },
    getSharedPropertiesAsync,
  };
}
