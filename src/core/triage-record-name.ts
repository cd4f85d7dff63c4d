/**
 * The name the compact triage record is stored under: the task pane's Office.js custom property, and the name of
 * Kanalvagt's Graph extended property. A module of its own, so the pane can name it without loading the record's
 * schema.
 */
export const TRIAGE_RECORD_NAME = "kanalvagt-triage";
