import { answeringBusyWith503 } from "@/lib/db/busy";
import { speakerSummary } from "@/lib/api/v1/serialize";
import { apiInvalidQuery, apiJson } from "@/lib/api/v1/respond";
import { ZApiSpeakerList } from "@/lib/api/v1/schemas";
import { listPublicSpeakers } from "@/lib/speakers/public-speakers";

export const dynamic = "force-dynamic";

/** GET /api/v1/speakers: every speaker with published claims. Takes no parameters. */
export const GET = answeringBusyWith503(async function GET(request: Request) {
  const unknown = [...new URL(request.url).searchParams.entries()].map(([field, value]) => ({
    field,
    value,
    message: "Unknown parameter",
  }));
  if (unknown.length > 0) return apiInvalidQuery(unknown);
  const speakers = await listPublicSpeakers();
  return apiJson(ZApiSpeakerList, { items: speakers.map(speakerSummary), total: speakers.length });
});
