import { speakerDetail } from "@/lib/api/v1/serialize";
import { apiJson, apiNotFound, isPlausibleSlug } from "@/lib/api/v1/respond";
import { ZApiSpeakerDetail } from "@/lib/api/v1/schemas";
import { getPublicSpeaker } from "@/lib/speakers/public-speakers";

export const dynamic = "force-dynamic";

/** GET /api/v1/speakers/{slug}: a speaker, their scorecard and their published claims. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = isPlausibleSlug(slug) ? await getPublicSpeaker(slug) : null;
  if (!page) return apiNotFound("speaker");
  return apiJson(ZApiSpeakerDetail, speakerDetail(page));
}
