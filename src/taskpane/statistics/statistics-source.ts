import type { Config } from "../../core/config/schema";
import { statisticsSettingsFrom } from "../../core/stats/statistics-accumulator";
import type { TeamStatistics } from "../../core/stats/team-statistics";
import { addinTokenProvider } from "../../graph/auth/addin-token-provider";
import { authSettingsFrom } from "../../graph/auth/auth-settings";
import { GraphClient } from "../../graph/client";
import { teamStatistics, type TeamStatisticsRequest } from "../../graph/stats-source";

/** Loads the statistics for the chosen mailboxes and period; the view's only door to Graph, so tests can pass their own. */
export type StatisticsLoader = (request: TeamStatisticsRequest) => Promise<TeamStatistics>;

export interface MailboxChoice {
  address: string;
  label?: string;
}

/**
 * In Outlook: Microsoft Graph with the signed-in user's token (nested app authentication, or the dialog fallback).
 * In the demo: the local Graph emulator, which takes any token.
 */
export function graphStatisticsLoader(config: Config, emulatorUrl?: string): StatisticsLoader {
  const settings = statisticsSettingsFrom(config);
  let client: GraphClient | undefined;
  // Made on first use, so a configuration without sign-in settings shows its error when asked, not when drawn.
  return async (request) => {
    client ??= new GraphClient({
      getAccessToken:
        emulatorUrl !== undefined
          ? () => Promise.resolve("demo")
          : addinTokenProvider(authSettingsFrom(config), {
              office: Office,
              dialogPageUrl: new URL("auth-dialog.html", window.location.href).href,
            }),
      ...(emulatorUrl ? { baseUrl: emulatorUrl } : {}),
    });
    return teamStatistics(client, settings, request);
  };
}

/** The demo emulator lists its mailboxes; Outlook's come from the configuration. */
export async function emulatorMailboxes(emulatorUrl: string): Promise<MailboxChoice[]> {
  const response = await fetch(`${emulatorUrl.replace(/\/+$/, "")}/_emulator/mailboxes`);
  if (!response.ok) return [];
  const list = (await response.json()) as { address: string }[];
  return list.map(({ address }) => ({ address }));
}
