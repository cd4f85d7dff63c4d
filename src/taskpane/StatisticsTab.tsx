import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Config } from "../core/config/schema";
import type { SettledConfig } from "./config/pane-config";
import { useTexts } from "./i18n";
import { useSettled } from "./use-settled";

// The team-lead statistics (charts, Graph client, sign-in) load only when staff open them: the pane's first
// JavaScript stays small and the triage appears fast.
const StatisticsView = lazy(async () => {
  const [view, { DEFAULT_CONFIG }] = await Promise.all([
    import("./statistics/StatisticsView"),
    import("../core/config/default-config"),
  ]);
  const Component = view.default;
  return {
    default: (props: { config: Config | undefined; lang: "da" | "en"; emulatorUrl?: string }) => (
      <Component
        config={props.config ?? DEFAULT_CONFIG}
        lang={props.lang}
        {...(props.emulatorUrl ? { emulatorUrl: props.emulatorUrl } : {})}
      />
    ),
  };
});

interface StatisticsTabProps {
  emulatorUrl: string | undefined;
  /** The add-in's kanalvagt-config.json once checked, as the triage uses it (mailboxes, backlog, calendar). */
  config: Promise<SettledConfig> | undefined;
}

/** The "Statistik" view, fetched on first use, with the same run-time configuration as the triage. */
export function StatisticsTab({ emulatorUrl, config }: StatisticsTabProps) {
  const { lang, t } = useTexts();
  const settled = useSettled(config);
  const loading = <Spinner size="small" label={t.loading} />;
  // Figures counted by the bundled default and then by the add-in's file would disagree: wait for the file.
  if (config && !settled) return loading;
  return (
    <Suspense fallback={loading}>
      <StatisticsView config={settled?.config} lang={lang} {...(emulatorUrl ? { emulatorUrl } : {})} />
    </Suspense>
  );
}
