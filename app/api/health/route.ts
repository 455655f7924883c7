import { checkDatabaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/**
 * 200 `{"ok":true}` when the database is reachable and fully migrated, 503 `{"ok":false}`
 * otherwise (for load balancers). Anyone can ask, so it says nothing more: which database, where,
 * and which migrations are pending go to the server's log, not to the caller.
 */
export async function GET() {
  const health = await checkDatabaseHealth();
  if (!health.ok) console.error("Health check failed:", JSON.stringify(health));
  return Response.json({ ok: health.ok }, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
