import type { ModelNotice } from "../engine/learned-model";
import { useTexts } from "../i18n";
import { PaneNotice } from "./PaneNotice";

function detailOf(notice: ModelNotice): string | undefined {
  if (notice.reason === "unreachable") return notice.detail;
  if (notice.reason === "invalid") return notice.problem;
  return undefined;
}

/**
 * Tells the admin that the learned model the configuration names is not in use, why, and what to do; or everyone
 * that the shipped model could not be loaded, so the classification rests on keywords alone.
 */
export function ModelFileNotice({ notice }: { notice: ModelNotice }) {
  const { t } = useTexts();
  const detail = detailOf(notice);
  return (
    <div data-testid="model-notice" style={{ display: "contents" }}>
      <PaneNotice
        intent="error"
        title={notice.reason === "shipped-unavailable" ? t.shippedModelNoticeTitle : t.modelNoticeTitle}
        body={t.modelNotice(notice)}
        {...(detail ? { detail } : {})}
      />
    </div>
  );
}
