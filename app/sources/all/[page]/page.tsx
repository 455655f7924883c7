import type { Metadata } from "next";
import { SourcesIndex, sourcesIndexMetadata } from "../../sources-index";

// `/sources` and `/sources?page=N`, rewritten here by next.config.js so each page is cached as a path
// (refreshed by desk writes, see app/claims/[slug]/page.tsx).
export const revalidate = 3;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourcesIndexMetadata((await params).page);
}

export default async function Page({ params }: Props) {
  return <SourcesIndex rawPage={(await params).page} />;
}
