import { db } from "../db";
import { PUBLISHED_CLAIMS } from "./visibility";

/** The speakers, topics and sources a reader can filter the claim list by: those with published claims. */
export async function claimFilterOptions() {
  const [speakers, topics, sources] = await Promise.all([
    db.speaker.findMany({ where: { claims: { some: PUBLISHED_CLAIMS } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ where: { claims: { some: PUBLISHED_CLAIMS } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.source.findMany({
      where: { OR: [{ firstAppearances: { some: PUBLISHED_CLAIMS } }, { evidence: { some: { claim: PUBLISHED_CLAIMS } } }] },
      orderBy: { title: "asc" },
      select: { slug: true, title: true },
    }),
  ]);
  return { speakers, topics, sources };
}
