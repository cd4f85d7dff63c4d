import type { OfficeCustomProperties, OfficeItemRead } from "../../office/office-api";
import type { DemoItem, HostMethod, Sharing, SimulatedFailure } from "../protocol";
import { fail, officeErrors, settle } from "./async-result";

const coercion = { text: "text", html: "html" } as const;

/** The demo page, which keeps what outlives the pane: categories, custom properties, the open reply form. */
export interface StandInHost {
  call(method: HostMethod, itemId: string, args: unknown[]): Promise<unknown>;
}

export interface ItemContext {
  host: StandInHost;
  sharing: Sharing;
  failure: SimulatedFailure;
  /** False once Outlook has moved on to another item: calls on this one then fail as in Outlook. */
  isCurrent(): boolean;
}

function customProperties(
  values: Record<string, string>,
  save: (values: Record<string, string>) => Promise<unknown>,
): OfficeCustomProperties {
  const current = { ...values };
  return {
    get: (name: string) => current[name],
    set: (name: string, value: string) => {
      current[name] = value;
    },
    remove: (name: string) => {
      delete current[name];
    },
    saveAsync(...args: unknown[]) {
      settle(args, save({ ...current }));
    },
  };
}

/** What a read-mode and a compose-mode item answer alike. */
export function itemCalls(context: ItemContext) {
  const { failure, sharing } = context;
  /** Runs a call as Outlook would: fails on an item that is no longer selected, or when the demo says so. */
  const answer = (args: unknown[], failing: boolean, run: () => Promise<unknown>): void => {
    if (!context.isCurrent()) return fail(args, officeErrors.itemChanged);
    if (failure === "no-answer") return;
    if (failing) return fail(args, officeErrors.internalServerError);
    settle(args, run());
  };
  return {
    answer,
    getSharedPropertiesAsync: (...args: unknown[]): void =>
      answer(args, false, () =>
        Promise.resolve({
          owner: sharing.owner,
          delegatePermissions: sharing.delegatePermissions,
          targetMailbox: sharing.owner,
          targetRestUrl: "https://outlook.office.com/api",
        }),
      ),
  };
}

/** A read-mode message as Office.js presents it, backed by a demo item and the demo page. */
export function standInMessage(item: DemoItem, context: ItemContext): OfficeItemRead {
  const { host, failure } = context;
  const { answer, getSharedPropertiesAsync } = itemCalls(context);
  const onHost = (method: HostMethod, args: unknown[], failing: boolean, data: unknown[] = []): void =>
    answer(args, failing, () => host.call(method, item.id, data));

  return {
    itemType: "message",
    itemId: item.id,
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
        if (coercionType !== coercion.text && coercionType !== coercion.html) {
          return fail(args, officeErrors.coercionTypeNotSupported);
        }
        answer(args, failure === "body", () =>
          Promise.resolve(coercionType === coercion.text ? item.textBody : item.htmlBody),
        );
      },
    },
    getAllInternetHeadersAsync(...args: unknown[]) {
      answer(args, failure === "headers", () => Promise.resolve(item.internetHeaders));
    },
    getSharedPropertiesAsync,
    getAttachmentContentAsync(attachmentId: string, ...args: unknown[]) {
      // Office.js answers a file attachment with its bytes as base64 (AttachmentContentFormat.Base64, "base64").
      const content = item.attachmentContent[attachmentId];
      if (content === undefined) return fail(args, officeErrors.invalidAttachmentId);
      answer(args, false, () => Promise.resolve({ format: "base64", content }));
    },
    categories: {
      getAsync(...args: unknown[]) {
        onHost("categories.get", args, failure === "categories");
      },
      addAsync(categories: string[], ...args: unknown[]) {
        onHost("categories.add", args, failure === "categories", [categories]);
      },
      removeAsync(categories: string[], ...args: unknown[]) {
        onHost("categories.remove", args, failure === "categories", [categories]);
      },
    },
    loadCustomPropertiesAsync(...args: unknown[]) {
      answer(args, failure === "customProperties", async () => {
        const values = (await host.call("customProperties.load", item.id, [])) as Record<string, string>;
        return customProperties(values, (next) => host.call("customProperties.save", item.id, [next]));
      });
    },
    displayReplyFormAsync(formData: string | Office.ReplyFormData, ...args: unknown[]) {
      onHost("displayReplyForm", args, failure === "reply", [replyHtml(formData)]);
    },
    displayReplyForm(formData: string | Office.ReplyFormData) {
      if (failure === "reply") throw new Error(officeErrors.internalServerError.message);
      void host.call("displayReplyForm", item.id, [replyHtml(formData)]);
    },
  };
}

function replyHtml(formData: string | Office.ReplyFormData): string {
  return typeof formData === "string" ? formData : (formData.htmlBody ?? "");
}
