// Shared by the ingestion tests: what an editor keeping every candidate with a speaker sends, and
// the row count of every table (ingesting must write all of it or nothing).
import { db } from "@/lib/db";
import { speakerChoice } from "@/lib/ingest/draft-speakers";
import type { IngestPreview } from "@/lib/ingest/ingest-article";

/** The drafts the page sends when every candidate with a speaker is kept, with the speaker matching found. */
export function keepEveryCandidateWithASpeaker(preview: IngestPreview) {
  return preview.candidates
    .filter((candidate) => candidate.match)
    .map((candidate) => ({ candidate: candidate.index, start: candidate.start, speaker: speakerChoice(candidate.match!) }));
}

export async function countEveryTable() {
  const [users, speakers, aliases, sources, topics, claims, subjects, evidence, links, annotations, statusChanges, loginAttempts, audit] = await Promise.all([
    db.user.count(),
    db.speaker.count(),
    db.speakerAlias.count(),
    db.source.count(),
    db.topic.count(),
    db.claim.count(),
    db.claimSubject.count(),
    db.evidence.count(),
    db.claimLink.count(),
    db.annotation.count(),
    db.statusChange.count(),
    db.loginAttempt.count(),
    db.auditEvent.count(),
  ]);
  return { users, speakers, aliases, sources, topics, claims, subjects, evidence, links, annotations, statusChanges, loginAttempts, audit };
}

/** A person's surname as the tests compare speakers: the last word, lower case, without accents. */
export const surname = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .at(-1)!;
