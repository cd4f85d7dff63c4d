import { Avatar, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { Attach16Regular, LockClosed16Regular, Ribbon16Regular } from "@fluentui/react-icons";
import { useRef, type KeyboardEvent } from "react";
import { presetColour } from "../exchange/master-list";
import type { DemoMail } from "../mailbox/demo-mailbox";
import { listTime, preview } from "./format";
import { maskCprInText } from "../../core/privacy/mask-cpr-in-text";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    overflowY: "auto",
    flexGrow: 1,
  },
  option: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke3),
    borderLeft: "3px solid transparent",
    cursor: "pointer",
    backgroundColor: tokens.colorNeutralBackground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  unread: { borderLeft: `3px solid ${tokens.colorBrandForeground1}` },
  texts: { minWidth: 0, display: "flex", flexDirection: "column" },
  line: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  sender: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  subject: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  unreadSubject: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  preview: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  meta: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  icons: { display: "flex", gap: "2px", color: tokens.colorNeutralForeground2 },
  categories: { display: "flex", flexWrap: "wrap", gap: "2px 8px", marginTop: "2px" },
  category: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  swatch: { width: "8px", height: "8px", borderRadius: "2px", flexShrink: 0 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface MessageListProps {
  mails: DemoMail[];
  selectedId: string | undefined;
  isUnread: (mail: DemoMail) => boolean;
  now: Date;
  onSelect: (id: string) => void;
  /** The categories set on a mail (by the add-in or by hand), with their colours. */
  categoriesOf: (id: string) => Office.CategoryDetails[];
}

/** The shared mailbox's inbox as a listbox: click or arrow keys select, as in Outlook. */
export function MessageList({ mails, selectedId, isUnread, now, onSelect, categoriesOf }: MessageListProps) {
  const styles = useStyles();
  const options = useRef(new Map<string, HTMLLIElement>());
  const selectedIndex = mails.findIndex((m) => m.item.id === selectedId);

  const move = (index: number): void => {
    const mail = mails[Math.max(0, Math.min(mails.length - 1, index))];
    if (!mail) return;
    onSelect(mail.item.id);
    options.current.get(mail.item.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const target = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex - 1,
      Home: 0,
      End: mails.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };

  return (
    <ul role="listbox" aria-label="Meddelelser i Indbakke" className={styles.list} onKeyDown={onKeyDown}>
      {mails.map((mail, index) => {
        const { sample, item } = mail;
        const unread = isUnread(mail);
        const selected = item.id === selectedId;
        const focusable = selected || (selectedIndex < 0 && index === 0);
        const categories = categoriesOf(item.id);
        return (
          <li
            key={item.id}
            id={`message-${item.id}`}
            ref={(element) => {
              if (element) options.current.set(item.id, element);
              else options.current.delete(item.id);
            }}
            role="option"
            aria-selected={selected}
            tabIndex={focusable ? 0 : -1}
            className={mergeClasses(styles.option, unread && styles.unread, selected && styles.selected)}
            onClick={() => onSelect(item.id)}
          >
            <Avatar name={sample.from.name} size={32} color="colorful" aria-hidden />
            <span className={styles.texts}>
              <span className={mergeClasses(styles.line, styles.sender, unread && styles.strong)}>
                {sample.from.name}
              </span>
              <span className={mergeClasses(styles.line, styles.subject, unread && styles.unreadSubject)}>
                {maskCprInText(sample.subject)}
              </span>
              <span className={mergeClasses(styles.line, styles.preview)}>
                {sample.protection === "encrypted"
                  ? "Krypteret meddelelse"
                  : preview(maskCprInText(sample.text.slice(0, 400)))}
              </span>
              {categories.length > 0 && (
                <span className={styles.categories} data-testid="categories">
                  {categories.map((category) => (
                    <span key={category.displayName} className={styles.category}>
                      <span
                        className={styles.swatch}
                        style={{ backgroundColor: presetColour(String(category.color)) }}
                        aria-hidden
                      />
                      {category.displayName}
                    </span>
                  ))}
                </span>
              )}
            </span>
            <span className={styles.meta}>
              <span>{listTime(mail.received, now)}</span>
              <span className={styles.icons}>
                {sample.protection === "signed" && <Ribbon16Regular aria-hidden />}
                {sample.protection === "encrypted" && <LockClosed16Regular aria-hidden />}
                {sample.attachments?.length ? <Attach16Regular aria-hidden /> : null}
              </span>
              <span className={styles.hidden}>
                {[
                  unread ? "Ulæst" : "",
                  sample.protection === "signed" ? "Signeret" : "",
                  sample.protection === "encrypted" ? "Krypteret" : "",
                  sample.attachments?.length ? "Har vedhæftede filer" : "",
                ]
                  .filter(Boolean)
                  .join(", ")}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
