import { API_V1 } from "@/lib/contracts/api-v1";
import { listQuestions } from "@/lib/server/data/questions/list-questions";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.listQuestions, ({ query }) => listQuestions({ query }));
