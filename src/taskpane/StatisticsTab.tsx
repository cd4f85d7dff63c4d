import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useTexts } from "./i18n";

// The team-lead statistics (charts, Graph client, sign-in) load only when staff open them: the pane's first
// JavaScript stays small and the triage appears fast.
const StatisticsView = lazy(async () => {
  const [view, { DEFAULT_CONFIG }] = await Promise.all([
    import("./statistics/StatisticsView"),
    import("../core/config/default-config"),
  ]);
  const Component = view.default;
  return {
    default: (props: { lang: "da" | "en"; emulatorUrl?: string }) => (
      <Component
        config={DEFAULT_CONFIG}
        lang={props.lang}
        {...(props.emulatorUrl ? { emulatorUrl: props.emulatorUrl } : {})}
      />
    ),
  };
});

/** The "Statistik" view, fetched on first use. */
export function StatisticsTab({ emulatorUrl }: { emulatorUrl: string | undefined }) {
  const { lang, t } = useTexts();
  return (
    <Suspense fallback={<Spinner size="small" label={t.loading} />}>
      <StatisticsView lang={lang} {...(emulatorUrl ? { emulatorUrl } : {})} />
    </Suspense>
  );
}
