"use server";

import { ZCreateBank } from "@/lib/contracts/authoring";
import { runAction } from "@/lib/server/actions/run-action";
import { createBank } from "@/lib/server/data/authoring/create-bank";

export async function createBankAction(input: unknown) {
  return runAction(ZCreateBank, input, createBank);
}
