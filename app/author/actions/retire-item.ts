"use server";

import { ZRetireItem, ZUnretireItem } from "@/lib/contracts/item-analysis";
import { runAction } from "@/lib/server/actions/run-action";
import { setItemRetired } from "@/lib/server/data/quiz-items/set-item-retired";

export async function retireItemAction(input: unknown) {
  return runAction(ZRetireItem, input, ({ actor, input }) => setItemRetired({ actor, input: { retired: true, ...input } }));
}

export async function unretireItemAction(input: unknown) {
  return runAction(ZUnretireItem, input, ({ actor, input }) => setItemRetired({ actor, input: { retired: false, ...input } }));
}
