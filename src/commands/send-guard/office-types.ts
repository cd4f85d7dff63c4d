import type { ComposeItem } from "../../office/read-outgoing";

export type { ComposeItem };

/**
 * The part of Office.js the send guard calls, typed against @types/office-js. The handler takes this object rather than
 * the global `Office`, so the tests' stand-in implements exactly these calls. Optional members are the ones older
 * clients lack; the handler checks the requirement set before it uses them.
 */
export interface SendGuardOffice {
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  CoercionType: Pick<typeof Office.CoercionType, "Text">;
  MailboxEnums: {
    /** Mailbox 1.14. */
    SendModeOverride?: Pick<typeof Office.MailboxEnums.SendModeOverride, "PromptUser">;
    BodyMode?: Pick<typeof Office.MailboxEnums.BodyMode, "FullBody">;
  };
  context: {
    displayLanguage: string;
    mailbox?: { item?: ComposeItem | null } | null;
    requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
  };
}

/** The OnMessageSend event: Outlook waits until `completed` is called. */
export interface SendEvent {
  completed(options: Office.SmartAlertsEventCompletedOptions): void;
}
