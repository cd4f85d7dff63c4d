import type { Config } from "../core/config/schema";
import { mailboxPath, type CallOptions, type GraphClient } from "./client";
import { GraphCategoryCreationDeniedError, GraphPermissionError, GraphRequestError } from "./errors";
import type { GraphMasterCategory } from "./graph-types";

export interface CategoryWish {
  displayName: string;
  /** Outlook's preset colour as configured ("Preset7") or as Graph spells it ("preset7"). */
  color: string;
}

const SCOPE = "MailboxSettings.ReadWrite";

/** The categories Kanalvagt sets by the configuration: handling, flags, sensitive data and, if switched on, topics. */
export function categoryWishes(config: Config): CategoryWish[] {
  const { handling, flags, sensitive, applyTopicCategories } = config.categories;
  const topics = applyTopicCategories
    ? Object.values(config.topics).flatMap((topic) => (topic.category ? [topic.category] : []))
    : [];
  return [...Object.values(handling), ...Object.values(flags), sensitive, ...topics].map((c) => ({
    displayName: c.name,
    color: c.color,
  }));
}

/** Graph's outlookCategory colours are "preset0" … "preset24" (or "none"); the configuration uses Office.js's "Preset7". */
export function graphCategoryColor(color: string): string {
  return /^preset\d+$/i.test(color) ? color.toLowerCase() : color === "None" ? "none" : color;
}

export async function listMasterCategories(
  client: GraphClient,
  mailbox: string,
  options: Pick<CallOptions, "signal"> = {},
): Promise<GraphMasterCategory[]> {
  const answer = await client.get<{ value?: GraphMasterCategory[] }>(
    { mailbox, operation: "list master categories" },
    `${mailboxPath(mailbox)}/outlook/masterCategories`,
    undefined,
    { ...options, scope: "MailboxSettings.Read" },
  );
  return answer.value ?? [];
}

export async function createMasterCategory(
  client: GraphClient,
  mailbox: string,
  wish: CategoryWish,
  options: Pick<CallOptions, "signal"> = {},
): Promise<GraphMasterCategory> {
  const call = { mailbox, operation: "create master category" };
  try {
    return await client.post<GraphMasterCategory>(
      call,
      `${mailboxPath(mailbox)}/outlook/masterCategories`,
      { displayName: wish.displayName, color: graphCategoryColor(wish.color) },
      { ...options, scope: SCOPE },
    );
  } catch (error) {
    if (error instanceof GraphPermissionError) {
      throw new GraphCategoryCreationDeniedError(call, {
        status: 403,
        code: error.code,
        categories: [wish.displayName],
      });
    }
    throw error;
  }
}

/**
 * Adds the configured categories that the mailbox's master list lacks (names compare case-insensitively, as
 * Outlook does). When the signed-in user may not add them, one error names every missing category.
 */
export async function ensureMasterCategories(
  client: GraphClient,
  mailbox: string,
  wishes: readonly CategoryWish[],
  options: Pick<CallOptions, "signal"> = {},
): Promise<{ created: string[]; present: string[] }> {
  const existing = new Set(
    (await listMasterCategories(client, mailbox, options)).map((c) => c.displayName.toLowerCase()),
  );
  const present = wishes.filter((w) => existing.has(w.displayName.toLowerCase())).map((w) => w.displayName);
  const missing = wishes.filter((w) => !existing.has(w.displayName.toLowerCase()));
  const created: string[] = [];
  for (const wish of missing) {
    try {
      await createMasterCategory(client, mailbox, wish, options);
      created.push(wish.displayName);
    } catch (error) {
      if (error instanceof GraphCategoryCreationDeniedError) {
        const stillMissing = missing
          .filter((w) => !created.includes(w.displayName))
          .map((w) => w.displayName);
        throw new GraphCategoryCreationDeniedError(error, {
          status: 403,
          code: error.code,
          categories: stillMissing,
        });
      }
      // Someone added it since we listed: it is there, which is all we wanted.
      if (error instanceof GraphRequestError && error.status === 409) present.push(wish.displayName);
      else throw error;
    }
  }
  return { created, present };
}
