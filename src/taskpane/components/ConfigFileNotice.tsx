import type { ConfigNotice } from "../config/pane-config";
import { useTexts } from "../i18n";
import { PaneNotice } from "./PaneNotice";

/** So many of an invalid file's problems are named; `npx kanalvagt config check` lists them all. */
const SHOWN_PROBLEMS = 5;

function detailOf(notice: ConfigNotice): string | undefined {
  if (notice.reason === "unreachable") return notice.detail;
  if (notice.reason !== "invalid") return undefined;
  const more = notice.problems.length - SHOWN_PROBLEMS;
  return [...notice.problems.slice(0, SHOWN_PROBLEMS), ...(more > 0 ? [`(+${more})`] : [])].join("; ");
}

/** Tells the admin that the add-in's kanalvagt-config.json is not in use, why, and what to do. */
export function ConfigFileNotice({ notice }: { notice: ConfigNotice }) {
  const { t } = useTexts();
  const detail = detailOf(notice);
  return (
    <div data-testid="config-notice" style={{ display: "contents" }}>
      <PaneNotice
        intent="error"
        title={t.configNoticeTitle}
        body={t.configNotice(notice)}
        {...(detail ? { detail } : {})}
      />
    </div>
  );
}
