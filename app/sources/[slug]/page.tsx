import type { Metadata } from "next";
import { SourcePage, sourceMetadata } from "./source-page";

// Served from Next's cache, refreshed by desk writes (see app/claims/[slug]/page.tsx); page 1 of the source's claims.
export const revalidate = 3;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourceMetadata({ slug: (await params).slug });
}

export default async function Page({ params }: Props) {
  return <SourcePage slug={(await params).slug} />;
}
