import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  detail: {
    display: "block",
    marginTop: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-word",
  },
});

export interface PaneNoticeProps {
  intent: "info" | "error";
  title: string;
  body: string;
  /** Technical detail for IT support, e.g. the failed Office call and its code. */
  detail?: string;
}

/** A state of the pane that is not a mail: nothing selected, not in Outlook, or a failure. */
export function PaneNotice({ intent, title, body, detail }: PaneNoticeProps) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
        {detail && <Text className={styles.detail}>{detail}</Text>}
      </MessageBarBody>
    </MessageBar>
  );
}
