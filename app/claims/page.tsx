import type { Metadata } from "next";
import { connection } from "next/server";
import { ClaimsList, claimsListMetadata, type SearchParams } from "./claims-list";

// Searches and filtered lists vary with every query: rendered per request.
type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return claimsListMetadata(await searchParams);
}

export default async function ClaimsPage({ searchParams }: Props) {
  await connection();
  return <ClaimsList searchParams={await searchParams} />;
}
