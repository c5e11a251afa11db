import { hashText } from "../hash-text";

/** The part of a quiz item that names its content. */
export type TKeyedItem = { id: string; program?: { code: string; target: string } | undefined };

// A card follows an item's content across question versions. Generated and authored item ids are
// already content hashes (or an author's explicit id); a predict-the-output item's id names only
// its block ("predict-output-1"), so the program is hashed in: an edited program is a new card.
export function cardKeyOf(item: TKeyedItem): string {
  if (!item.program) return item.id;
  return `${item.id}:${hashText(`${item.program.target}\n${item.program.code}`)}`;
}
