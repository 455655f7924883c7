import { answeringBusyWith503 } from "@/lib/db/busy";
import { currentActor } from "@/lib/auth/session";
import { claimsCsv } from "@/lib/claims/csv";
import { deskClaimExport, ZDeskClaimQuery } from "@/lib/claims/desk-queries";

export const dynamic = "force-dynamic";

/** GET /admin/claims/export?…: the desk's claim list, as filtered, as CSV. */
export const GET = answeringBusyWith503(async function GET(request: Request) {
  const query = ZDeskClaimQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await deskClaimExport(await currentActor(), query);
  if (!rows) return new Response("Log in to export claims.", { status: 401 });
  return new Response(claimsCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claims-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
