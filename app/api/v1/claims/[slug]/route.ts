import { answeringBusyWith503 } from "@/lib/db/busy";
import { claimDetail } from "@/lib/api/v1/serialize";
import { apiJson, apiNotFound, isPlausibleSlug } from "@/lib/api/v1/respond";
import { ZApiClaimDetail } from "@/lib/api/v1/schemas";
import { getPublicClaim } from "@/lib/claims/public-claim";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims/{slug}: a published claim with its speaker, evidence, links, public notes and timeline. */
export const GET = answeringBusyWith503(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const claim = isPlausibleSlug(slug) ? await getPublicClaim(slug) : null;
  if (!claim) return apiNotFound("claim");
  return apiJson(ZApiClaimDetail, claimDetail(claim));
});
