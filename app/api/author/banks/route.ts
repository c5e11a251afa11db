import { AUTHOR_API } from "@/lib/contracts/author-api";
import { createBank } from "@/lib/server/data/authoring/create-bank";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(AUTHOR_API.createBank, ({ actor, body }) => createBank({ actor, input: body }));
