import "server-only";
import type { TBankSummary } from "@/lib/contracts/banks";
import type { TPage } from "@/lib/contracts/paging";
import type { TActor } from "@/lib/server/permissions/roles";
import { pageInMemory } from "@/lib/server/data/paging";
import { listBanks } from "./list-banks";

/** The banks listBanks shows, by slug, a page at a time (there are a handful). */
export async function listBanksPage(options: { actor: TActor; cursor?: string; limit: number }): Promise<TPage<TBankSummary>> {
  const banks = (await listBanks({ actor: options.actor })).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return pageInMemory(banks, (bank) => bank.slug, options);
}
