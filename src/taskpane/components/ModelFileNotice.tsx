import type { ModelNotice } from "../engine/learned-model";
import { useTexts } from "../i18n";
import { PaneNotice } from "./PaneNotice";

function detailOf(notice: ModelNotice): string | undefined {
  if (notice.reason === "unreachable") return notice.detail;
  if (notice.reason === "invalid") return notice.problem;
  return undefined;
}

/** Tells the admin that the learned model the configuration names is not in use, why, and what to do. */
export function ModelFileNotice({ notice }: { notice: ModelNotice }) {
  const { t } = useTexts();
  const detail = detailOf(notice);
  return (
    <div data-testid="model-notice" style={{ display: "contents" }}>
      <PaneNotice
        intent="error"
        title={t.modelNoticeTitle}
        body={t.modelNotice(notice)}
        {...(detail ? { detail } : {})}
      />
    </div>
  );
}
