import { checkDatabaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** 200 when the database is reachable and fully migrated, 503 otherwise (for load balancers). */
export async function GET() {
  const health = await checkDatabaseHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
