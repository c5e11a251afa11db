import { API_V1 } from "@/lib/contracts/api-v1";
import { getBankDetail } from "@/lib/server/data/banks/get-bank-detail";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.getBank, ({ params }) => getBankDetail({ slug: params.bank }));
