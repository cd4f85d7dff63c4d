import {
  Badge,
  FluentProvider,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Folder20Regular, MailInbox20Regular, People20Regular, Send20Regular } from "@fluentui/react-icons";
import { useId, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { DemoExchange } from "../exchange/demo-exchange";
import type { DemoMail } from "../mailbox/demo-mailbox";
import { replyDraft } from "../mailbox/reply-draft";
import { SHARED_MAILBOX } from "../mailbox/sample-mail";
import type { Sharing, SimulatedFailure } from "../protocol";
import { AddinPane } from "./AddinPane";
import { fullTime } from "./format";
import { MessageList } from "./MessageList";
import { ReadingPane } from "./ReadingPane";
import { SmartAlert } from "./SmartAlert";
import { useSendGuard } from "./use-send-guard";

const useStyles = makeStyles({
  app: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyBase,
  },
  topBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    height: "48px",
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  product: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  notice: { flexGrow: 1, fontSize: tokens.fontSizeBase200 },
  language: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  select: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    padding: "2px 4px",
    borderRadius: tokens.borderRadiusSmall,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1),
    ":focus-visible": { outline: `2px solid ${tokens.colorNeutralForegroundOnBrand}`, outlineOffset: "1px" },
  },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  folders: {
    width: "220px",
    flexShrink: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ...shorthands.borderRight("1px", "solid", tokens.colorNeutralStroke2),
  },
  mailbox: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  folderList: { listStyle: "none", margin: 0, padding: 0 },
  folder: {
    width: "100%",
    ...shorthands.borderWidth(0),
    backgroundColor: "transparent",
    textAlign: "left",
    fontFamily: "inherit",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
  folderButton: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  currentFolder: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  count: { marginLeft: "auto" },
  messages: {
    width: "380px",
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderRight("1px", "solid", tokens.colorNeutralStroke2),
  },
  listHeader: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke2),
  },
  muted: { color: tokens.colorNeutralForeground3 },
  emptyFolder: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

const LANGUAGES = [
  { tag: "da-DK", label: "Dansk" },
  { tag: "en-US", label: "English" },
];

/** Office.MailboxEnums.DelegatePermissions: Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16, EditAll 32. */
const ACCESS = {
  full: { label: "Fuld adgang", permissions: 1 | 2 | 4 | 8 | 16 | 32 },
  read: { label: "Kun læseadgang", permissions: 1 },
} as const;
type Access = keyof typeof ACCESS;

const FAILURES: Record<SimulatedFailure, string> = {
  none: "Ingen fejl",
  body: "Outlook kan ikke hente mailens indhold",
  headers: "Outlook kan ikke hente headere",
  categories: "Kategorier fejler",
  customProperties: "Gem vurdering fejler",
  reply: "Svarformular fejler",
  "no-answer": "Outlook svarer ikke",
};

type Folder = "inbox" | "archive";

/**
 * An Outlook-like frame around the real task pane: a shared mailbox's inbox, the open mail and the pinned add-in.
 * It plays Outlook on the web for the pane; everything runs in the browser and nothing leaves it.
 */
export function DemoOutlook({
  mails,
  now,
  exchange,
}: {
  mails: DemoMail[];
  now: Date;
  exchange: DemoExchange;
}) {
  const styles = useStyles();
  const languageId = useId();
  const accessId = useId();
  const failureId = useId();
  const server = useSyncExternalStore(exchange.subscribe, exchange.getState);
  const [folder, setFolder] = useState<Folder>("inbox");
  const folderButton = (target: Folder, label: ReactNode) => (
    <button
      type="button"
      className={mergeClasses(styles.folder, styles.folderButton, folder === target && styles.currentFolder)}
      aria-current={folder === target ? "page" : undefined}
      onClick={() => setFolder(target)}
    >
      {label}
    </button>
  );
  const [access, setAccess] = useState<Access>("full");
  const [failure, setFailure] = useState<SimulatedFailure>("none");
  const sharing = useMemo<Sharing>(
    () => ({ owner: SHARED_MAILBOX.address, delegatePermissions: ACCESS[access].permissions }),
    [access],
  );
  const [selectedId, setSelectedId] = useState(mails[0]?.item.id);
  // As in Outlook, a mail counts as read once it has been open.
  const [openedIds, setOpenedIds] = useState(() => new Set(selectedId ? [selectedId] : []));
  const [displayLanguage, setDisplayLanguage] = useState("da-DK");
  const shown = folder === "inbox" ? mails : [];
  const selected = shown.find((m) => m.item.id === selectedId);
  // The reply being written belongs to the mail it answers; selecting another mail leaves it (as a draft would).
  const draft = server.draft && server.draft.replyTo === selected?.item.id ? server.draft : undefined;
  const categoriesOf = (id: string): Office.CategoryDetails[] => {
    const names = server.categories[id] ?? [];
    return server.master.filter((c) => names.includes(c.displayName));
  };
  const isUnread = (mail: DemoMail): boolean => Boolean(mail.sample.unread) && !openedIds.has(mail.item.id);
  const unread = mails.filter(isUnread).length;
  const sendGuard = useSendGuard(exchange);
  const sendState = sendGuard.state;
  const lastSent = server.sent.findLast((sent) => sent.replyTo === selected?.item.id);
  const select = (id: string): void => {
    setSelectedId(id);
    setOpenedIds((opened) => new Set(opened).add(id));
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.app}>
        <header className={styles.topBar}>
          <Text as="h1" className={styles.product}>
            Outlook
          </Text>
          <Text className={styles.notice}>
            Demo af Kanalvagt · fiktive mails · intet forlader din browser
          </Text>
          <label className={styles.language} htmlFor={accessId}>
            Adgang
            <select
              id={accessId}
              className={styles.select}
              value={access}
              onChange={(event) => setAccess(event.target.value as Access)}
            >
              {Object.entries(ACCESS).map(([key, a]) => (
                <option key={key} value={key}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.language} htmlFor={failureId}>
            Simulér fejl
            <select
              id={failureId}
              className={styles.select}
              value={failure}
              onChange={(event) => setFailure(event.target.value as SimulatedFailure)}
            >
              {Object.entries(FAILURES).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.language} htmlFor={languageId}>
            Outlook-sprog
            <select
              id={languageId}
              className={styles.select}
              value={displayLanguage}
              onChange={(event) => setDisplayLanguage(event.target.value)}
            >
              {LANGUAGES.map((l) => (
                <option key={l.tag} value={l.tag}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
        </header>
        <div className={styles.body}>
          <nav className={styles.folders} aria-label="Mapper">
            <div className={styles.mailbox}>
              <People20Regular aria-hidden />
              {SHARED_MAILBOX.name} (delt)
            </div>
            <ul className={styles.folderList}>
              <li>
                {folderButton(
                  "inbox",
                  <>
                    <MailInbox20Regular aria-hidden /> Indbakke
                    <Badge className={styles.count} appearance="filled" size="small" color="brand">
                      {unread}
                    </Badge>
                  </>,
                )}
              </li>
              <li className={styles.folder}>
                <Send20Regular aria-hidden /> Sendt post
                {server.sent.length > 0 && (
                  <Badge className={styles.count} appearance="tint" size="small">
                    {server.sent.length}
                  </Badge>
                )}
              </li>
              <li>
                {folderButton(
                  "archive",
                  <>
                    <Folder20Regular aria-hidden /> Arkiv
                  </>,
                )}
              </li>
            </ul>
          </nav>
          <section className={styles.messages} aria-labelledby="inbox-heading">
            <div className={styles.listHeader}>
              <Subtitle2 as="h2" id="inbox-heading">
                {folder === "inbox" ? "Indbakke" : "Arkiv"}
              </Subtitle2>
              <Text size={200} className={styles.muted}>
                {SHARED_MAILBOX.address}
              </Text>
            </div>
            {shown.length > 0 ? (
              <MessageList
                mails={shown}
                selectedId={selectedId}
                isUnread={isUnread}
                now={now}
                onSelect={select}
                categoriesOf={categoriesOf}
              />
            ) : (
              <Text className={styles.emptyFolder}>Mappen er tom.</Text>
            )}
          </section>
          <ReadingPane
            mail={selected}
            openForm={server.reply && server.reply.itemId === selected?.item.id ? server.reply : undefined}
            onCloseReply={() => exchange.closeReply()}
            draft={draft}
            onReply={() => selected && exchange.openDraft(replyDraft(selected, fullTime(selected.received)))}
            onDraftChange={(change) => exchange.changeDraft(change)}
            onDiscardDraft={() => exchange.closeDraft()}
            sending={{
              onSend: () =>
                draft && void sendGuard.send({ draftId: draft.id, sharing, failure, displayLanguage }),
              checking: sendState.kind === "checking" && sendState.draftId === draft?.id,
              unavailable: sendState.kind === "unavailable" && sendState.draftId === draft?.id,
            }}
            sentNotice={
              lastSent && !draft ? `Dit svar "${lastSent.subject}" er sendt og ligger i Sendt post.` : ""
            }
          />
          <AddinPane
            item={selected?.item ?? null}
            draftId={draft?.id}
            displayLanguage={displayLanguage}
            sharing={sharing}
            failure={failure}
            exchange={exchange}
          />
        </div>
      </div>
      {sendState.kind === "stopped" && (
        <SmartAlert
          alert={sendState.alert}
          displayLanguage={displayLanguage}
          onDontSend={sendGuard.dismiss}
          onSendAnyway={sendGuard.sendAnyway}
        />
      )}
    </FluentProvider>
  );
}
