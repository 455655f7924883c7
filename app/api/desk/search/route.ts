import { currentActor } from "@/lib/auth/session";
import { answeringBusyWith503 } from "@/lib/db/busy";
import { FAILURE_STATUS } from "@/lib/result";
import { deskPickerSearch } from "@/lib/search/picker-search";

export const dynamic = "force-dynamic";

/**
 * GET /api/desk/search?kind=speaker|source|claim&q=…&limit=…: the desk's searching pickers
 * (app/admin/components/search-picker.tsx). Desk users only; never cached by a shared cache.
 */
export const GET = answeringBusyWith503(async function GET(request: Request) {
  const actor = await currentActor();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const result = await deskPickerSearch(actor, query);
  const headers = { "Cache-Control": "private, no-store" };
  if (!result.ok) {
    return Response.json({ error: result.error, message: result.message, fieldErrors: result.fieldErrors }, { status: FAILURE_STATUS[result.error], headers });
  }
  return Response.json({ items: result.items }, { headers });
});
