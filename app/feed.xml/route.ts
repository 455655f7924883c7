import { answeringBusyWith503 } from "@/lib/db/busy";
import { atomFeed } from "@/lib/feed/atom";

export const dynamic = "force-dynamic";

export const GET = answeringBusyWith503(async function GET() {
  return new Response(await atomFeed(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-cache" },
  });
});
