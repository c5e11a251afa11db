import "server-only";
import type { TBankDetail } from "@/lib/contracts/banks";
import { getBank } from "./get-bank";
import { listBankTags } from "./list-bank-tags";

/** A bank and the tags of its published questions. */
export async function getBankDetail(options: { slug: string }): Promise<TBankDetail> {
  const { id, ...bank } = await getBank({ slug: options.slug });
  return { ...bank, tags: await listBankTags({ bankId: id }) };
}
