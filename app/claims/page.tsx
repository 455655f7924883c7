import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { withoutEmptyParameters } from "@/lib/claims/list-query";
import { ClaimsList, claimsListMetadata, type SearchParams } from "./claims-list";

// Searches and filtered lists vary with every query: rendered per request.
type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return claimsListMetadata(await searchParams);
}

export default async function ClaimsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const clean = withoutEmptyParameters(params);
  if (clean !== null) redirect(clean ? `/claims?${clean}` : "/claims");
  return <ClaimsList searchParams={params} />;
}
