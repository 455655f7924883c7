import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimsList, claimsListMetadata } from "@/app/claims/claims-list";
import { Home, homeMetadata } from "../home";

/**
 * Pages with no parameters of their own that are the same for every reader, served through
 * rewrites (next.config.js): "/" is the "latest" edition, "/claims" with no query "all-claims".
 * They sit under a dynamic segment only so that Next caches them without rendering them at
 * build time, when no database need be there. Like the claim pages: cached, refreshed at once by
 * a desk write on this instance, and re-rendered on other instances when older than 3 seconds.
 */
export const revalidate = 3;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition } = await params;
  if (edition === "latest") return homeMetadata;
  if (edition === "all-claims") return claimsListMetadata({});
  notFound();
}

export default async function FrontPage({ params }: Props) {
  const { edition } = await params;
  if (edition === "latest") return <Home />;
  if (edition === "all-claims") return <ClaimsList searchParams={{}} />;
  notFound();
}
