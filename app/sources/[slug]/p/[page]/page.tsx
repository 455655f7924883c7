import type { Metadata } from "next";
import { SourcePage, sourceMetadata } from "../../source-page";

// `/sources/<slug>?page=N`, rewritten here by next.config.js so each page is cached as a path.
export const revalidate = 3;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return sourceMetadata({ slug, rawPage: page });
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  return <SourcePage slug={slug} rawPage={page} />;
}
