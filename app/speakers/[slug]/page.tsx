import type { Metadata } from "next";
import { SpeakerPage, speakerMetadata } from "./speaker-page";

// Served from Next's cache, refreshed by desk writes (see app/claims/[slug]/page.tsx); page 1 of the speaker's claims.
export const revalidate = 3;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return speakerMetadata({ slug: (await params).slug });
}

export default async function Page({ params }: Props) {
  return <SpeakerPage slug={(await params).slug} />;
}
