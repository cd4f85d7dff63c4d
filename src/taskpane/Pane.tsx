import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core/i18n/reason-text";
import type { MailboxPort } from "../office/mailbox-port";
import { LangContext, paneTexts, useTexts } from "./i18n";
import { useSelectedMail } from "./use-selected-mail";
import { MailSummary } from "./components/MailSummary";
import { PaneNotice } from "./components/PaneNotice";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface PaneProps {
  lang: Lang;
  /** Undefined when the page is not running inside Outlook. */
  mailbox?: MailboxPort;
}

/** The task pane: the selected mail and Kanalvagt's verdict on it, in Danish or English. */
export function Pane({ lang, mailbox }: PaneProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={paneTexts[lang].locale}>
      <LangContext.Provider value={lang}>
        <main className={styles.root} aria-label="Kanalvagt">
          {mailbox ? <SelectedMail mailbox={mailbox} /> : <NotInOutlook />}
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}

function NotInOutlook() {
  const { t } = useTexts();
  return <PaneNotice intent="info" title={t.notInOutlookTitle} body={t.notInOutlookBody} />;
}

function SelectedMail({ mailbox }: { mailbox: MailboxPort }) {
  const { t } = useTexts();
  const { selected, followFailed } = useSelectedMail(mailbox);
  return (
    <>
      {followFailed && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.followFailed}</MessageBarBody>
        </MessageBar>
      )}
      {selected.kind === "loading" && <Spinner size="small" label={t.loading} />}
      {selected.kind === "empty" && <PaneNotice intent="info" title={t.emptyTitle} body={t.emptyBody} />}
      {selected.kind === "error" && (
        <PaneNotice intent="error" title={t.errorTitle} body={t.errorAdvice} detail={selected.detail} />
      )}
      {selected.kind === "ready" && <MailSummary view={selected.view} />}
    </>
  );
}
