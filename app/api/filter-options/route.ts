import { claimFilterOptions } from "@/lib/claims/filter-options";
import { answeringBusyWith503 } from "@/lib/db/busy";

export const dynamic = "force-dynamic";

/**
 * GET /api/filter-options: the speakers, topics and sources the claim lists' filter menus offer.
 * The menus load them after the page (app/components/menu-filter-select.tsx), so each list and
 * search page is rendered without a few hundred options; browsers keep them for 30 s.
 */
export const GET = answeringBusyWith503(async function GET() {
  const options = await claimFilterOptions();
  return Response.json(options, { headers: { "Cache-Control": "public, max-age=30" } });
});
