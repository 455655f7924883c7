import type { Metadata } from "next";
import { SpeakerPage, speakerMetadata } from "../../speaker-page";

// `/speakers/<slug>?page=N`, rewritten here by next.config.js so each page is cached as a path.
export const revalidate = 3;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return speakerMetadata({ slug, rawPage: page });
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params;
  return <SpeakerPage slug={slug} rawPage={page} />;
}
