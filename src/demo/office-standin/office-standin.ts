import type { OfficeApi, OfficeMailboxApi } from "../../office/office-api";
import { isVersionAtLeast } from "../../office/requirement-version";
import type { DemoItem, NewMessageForm, Sharing, SimulatedFailure } from "../protocol";
import { asyncResultStatus, fail, officeErrors, settle, succeed } from "./async-result";
import { standInCompose } from "./message-compose";
import { standInMessage, type StandInHost } from "./message-read";

/** The requirement sets Outlook on the web offers for items in a shared mailbox. */
const SUPPORTED_SETS: Record<string, string> = { Mailbox: "1.13" };

/** Office.context.requirements.isSetSupported of Outlook on the web, for the pane and the send guard alike. */
export function isSetSupported(name: string, minVersion?: string | number): boolean {
  const supported = SUPPORTED_SETS[name];
  return supported !== undefined && isVersionAtLeast(supported, String(minVersion ?? "1.1"));
}
const ITEM_CHANGED = "olkItemSelectedChanged";

export interface Selection {
  item: DemoItem | null;
  /** A reply being written: the add-in sees it in compose mode instead of `item`. */
  draftId?: string;
  sharing: Sharing;
  failure: SimulatedFailure;
}

export interface OfficeStandIn {
  office: OfficeApi;
  /** Outlook selected another item: swap mailbox.item, then fire ItemChanged (first call: resolve onReady). */
  select(selection: Selection): void;
}

/** An Office.js stand-in for the demo: the calls the pane makes, with Office's asynchronous results. */
export function createOfficeStandIn(displayLanguage: string, host: StandInHost): OfficeStandIn {
  const handlers = new Set<(args: unknown) => void>();
  let initialised: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (initialised = resolve));
  let generation = 0;
  let failure: SimulatedFailure = "none";
  let selectedId = "";
  const newMessage = (form: Office.MessageForm): Promise<unknown> => {
    const data: NewMessageForm = {
      to: (form.toRecipients ?? []).map((r) => (typeof r === "string" ? r : r.emailAddress)),
      subject: form.subject ?? "",
      html: form.htmlBody ?? "",
    };
    return host.call("displayNewMessageForm", selectedId, [data]);
  };

  const mailbox: OfficeMailboxApi = {
    item: null,
    addHandlerAsync(
      eventType: Office.EventType | string,
      handler: (args: unknown) => void,
      ...args: unknown[]
    ) {
      if (eventType !== ITEM_CHANGED) return fail(args, officeErrors.unsupportedEnumeration);
      handlers.add(handler);
      succeed(args, undefined);
    },
    removeHandlerAsync(eventType: Office.EventType | string, ...args: unknown[]) {
      if (eventType !== ITEM_CHANGED) return fail(args, officeErrors.unsupportedEnumeration);
      handlers.clear();
      succeed(args, undefined);
    },
    displayNewMessageForm(form: Office.MessageForm) {
      // Mailbox 1.6's form is synchronous and throws on failure.
      if (failure === "reply") throw new Error(officeErrors.internalServerError.message);
      void newMessage(form);
    },
    displayNewMessageFormAsync(form: Office.MessageForm, ...args: unknown[]) {
      if (failure === "reply") return fail(args, officeErrors.internalServerError);
      settle(args, newMessage(form));
    },
    masterCategories: {
      getAsync(...args: unknown[]) {
        settle(args, host.call("masterCategories.get", "", []));
      },
      addAsync(categories: Office.CategoryDetails[], ...args: unknown[]) {
        if (failure === "categories") return fail(args, officeErrors.internalServerError);
        settle(args, host.call("masterCategories.add", "", [categories]));
      },
    },
  };

  const office: OfficeApi = {
    AsyncResultStatus: asyncResultStatus,
    CoercionType: { Text: "text", Html: "html" } as OfficeApi["CoercionType"],
    EventType: { ItemChanged: ITEM_CHANGED } as unknown as OfficeApi["EventType"],
    onReady: ((callback?: (info: { host: Office.HostType; platform: Office.PlatformType }) => unknown) =>
      ready.then(() => {
        const info = {
          host: "Outlook" as unknown as Office.HostType,
          platform: "OfficeOnline" as unknown as Office.PlatformType,
        };
        callback?.(info);
        return info;
      })) as typeof Office.onReady,
    context: {
      displayLanguage,
      mailbox,
      requirements: {
        isSetSupported,
      },
    },
  };

  let started = false;
  return {
    office,
    select({ item, draftId, sharing, failure: simulated }) {
      const current = ++generation;
      failure = simulated;
      selectedId = item?.id ?? "";
      const context = { host, sharing, failure: simulated, isCurrent: () => generation === current };
      mailbox.item = draftId ? standInCompose(draftId, context) : item ? standInMessage(item, context) : null;
      if (!started) {
        started = true;
        initialised();
        return;
      }
      const event = { type: ITEM_CHANGED };
      for (const handler of [...handlers]) setTimeout(() => handler(event), 0);
    },
  };
}
