import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useId, useState, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  // The send guard writes the alert as lines (kinds, counts, advice); Outlook keeps its line breaks.
  message: { whiteSpace: "pre-line" },
});

/** Outlook's own words on the dialog, in its display language. */
const OUTLOOK_TEXT = {
  da: { dontSend: "Send ikke", sendAnyway: "Send alligevel", stopped: "Kanalvagt har stoppet mailen." },
  en: { dontSend: "Don't send", sendAnyway: "Send anyway", stopped: "Kanalvagt stopped this mail." },
} as const;

export interface SmartAlertProps {
  alert: Office.SmartAlertsEventCompletedOptions;
  displayLanguage: string;
  onDontSend: () => void;
  onSendAnyway: () => void;
}

/**
 * The Smart Alert Outlook shows when the send guard stops a mail: the add-in's name, its errorMessage, and the
 * buttons its options ask for — "Send anyway" only with sendModeOverride PromptUser (the configuration allows it and
 * the client has Mailbox 1.14), the add-in's own button where it names a command, and always "Don't send". The
 * add-in's button opens its pane in Outlook; in the demo the pane is open beside the form already.
 */
export function SmartAlert({ alert, displayLanguage, onDontSend, onSendAnyway }: SmartAlertProps) {
  const styles = useStyles();
  const titleId = useId();
  const messageId = useId();
  // Closed, the alert hands the focus back to where it was (Send), as Outlook returns to the compose form. Taken while
  // rendering: by the time effects run, the dialog has moved the focus into itself.
  const [before] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      if (before instanceof HTMLElement) before.focus();
    },
    [before],
  );
  const text = OUTLOOK_TEXT[displayLanguage.toLowerCase().startsWith("en") ? "en" : "da"];
  const mayOverride = alert.sendModeOverride === ("promptUser" as Office.MailboxEnums.SendModeOverride);
  // An alert is not closed by Esc or a click outside by default; Outlook's dialog takes Esc as "Don't send".
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "Escape") onDontSend();
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onDontSend()}>
      <DialogSurface aria-labelledby={titleId} aria-describedby={messageId} onKeyDown={onKeyDown}>
        <DialogBody>
          <DialogTitle id={titleId}>Kanalvagt</DialogTitle>
          <DialogContent id={messageId} className={styles.message} data-testid="smart-alert-message">
            {alert.errorMessage ?? text.stopped}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDontSend}>
              {text.dontSend}
            </Button>
            {alert.commandId && alert.cancelLabel && (
              <Button onClick={onDontSend}>{alert.cancelLabel}</Button>
            )}
            {mayOverride && <Button onClick={onSendAnyway}>{text.sendAnyway}</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
