import type { Config } from "../../core/config/schema";

/**
 * The shared mailbox's master category list as its admin set it up: every category Kanalvagt uses, except the
 * complaint category, which the admin has forgotten, so the demo shows what the pane says when one is missing.
 */
export function demoMasterList(config: Config): Office.CategoryDetails[] {
  const { categories } = config;
  return [
    ...Object.values(categories.handling),
    categories.flags.aktindsigt,
    categories.sensitive,
    categories.answeredViaDigitalPost,
  ].map((c) => ({ displayName: c.name, color: c.color as unknown as Office.MailboxEnums.CategoryColor }));
}

/** Outlook's preset category colours, Preset0 to Preset24, as the list shows them. */
export const PRESET_COLOURS = [
  "#e74856",
  "#ff8c00",
  "#ab620d",
  "#fff100",
  "#47d041",
  "#30c6cc",
  "#73aa24",
  "#4cb4ff",
  "#8764b8",
  "#f495bf",
  "#a0aeb2",
  "#4c575f",
  "#9d9d9d",
  "#5e5e5e",
  "#000000",
  "#ae1e2b",
  "#c55a11",
  "#7c4510",
  "#c1a506",
  "#0b7a1e",
  "#0b7a7a",
  "#5e6b24",
  "#0f5ba8",
  "#5c2e91",
  "#80185a",
];

export function presetColour(preset: string | undefined): string {
  const index = Number((preset ?? "").replace("Preset", ""));
  return PRESET_COLOURS[index] ?? "#9d9d9d";
}
