// Names that manifest.xml and the send guard's code must agree on; test/unit/commands checks the manifest.

/** The FunctionName of the OnMessageSend LaunchEvent. */
export const SEND_HANDLER_NAME = "onMessageSendHandler";

/** The compose-mode task pane button that the Smart Alert's button opens (commandId, Mailbox 1.14). */
export const OPEN_PANE_COMMAND_ID = "kanalvagtComposePaneButton";
