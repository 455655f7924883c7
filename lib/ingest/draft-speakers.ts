import { recordAudit } from "../audit/record";
import type { DbTransaction } from "../db";
import { insertSpeaker } from "../speakers/speakers";
import type { Candidate } from "./candidate";
import type { TDraftSpeaker, TDraftSpeakerInput } from "./ingest-input";
import type { KnownSpeaker, SpeakerMatch } from "./speaker-match";
import { normaliseName } from "./speaker-names";

/** A candidate an editor kept, by its index in the extractor's list, with the speaker chosen for it. */
export type Kept = { index: number; candidate: Candidate; speaker: TDraftSpeaker };
type ChosenSpeaker = { id: string; name: string; kind: KnownSpeaker["kind"] };

/** The speaker a match proposes: the desk's, or a new one named and titled as the article does. */
export function speakerChoice(match: SpeakerMatch): TDraftSpeakerInput {
  return match.speaker
    ? { kind: "existing", id: match.speaker.id }
    : { kind: "new", name: match.article.name, title: match.article.role ?? undefined, speakerKind: match.article.kind };
}

/**
 * Each kept candidate's speaker: the desk's one chosen, or a new one, created once per name
 * (every candidate naming "Oleksandr Bevz" new gets the same new speaker), or, when a speaker
 * of exactly that name exists already, that one.
 */
export async function resolveSpeakers(tx: DbTransaction, actorId: string | null, kept: Kept[], known: KnownSpeaker[]) {
  const byId = new Map(known.map((speaker) => [speaker.id, speaker]));
  const byName = new Map<string, ChosenSpeaker>(known.map((speaker) => [normaliseName(speaker.name), speaker]));
  const speakers = new Map<number, ChosenSpeaker>();
  let created = 0;
  for (const { index, speaker } of kept) {
    if (speaker.kind === "existing") {
      speakers.set(index, byId.get(speaker.id)!);
      continue;
    }
    const key = normaliseName(speaker.name);
    let chosen = byName.get(key);
    if (!chosen) {
      chosen = await insertSpeaker(tx, actorId, {
        name: speaker.name,
        kind: speaker.speakerKind,
        title: speaker.title,
        affiliation: null,
        country: null,
        sameAs: null,
        description: null,
      });
      byName.set(key, chosen);
      created++;
    }
    speakers.set(index, chosen);
  }
  return { speakers, created };
}

/**
 * An editor who gives a candidate another existing speaker than the one matching proposed
 * (the article's "Zelensky" is the desk's "Volodymyr Zelenskyy") teaches the desk that name: it
 * is stored as the speaker's alias and matched exactly next time. A bare surname is not learnt
 * for a person (the next "Bevz" may be someone else); for a body it is ("ISW").
 */
export async function rememberAliases(tx: DbTransaction, actorId: string | null, kept: Kept[], speakers: Map<number, ChosenSpeaker>, matches: Map<string, SpeakerMatch>) {
  const learnt = new Set<string>();
  for (const { index, candidate, speaker } of kept) {
    const name = candidate.speaker?.trim();
    if (speaker.kind !== "existing" || !name) continue;
    const chosen = speakers.get(index)!;
    const alias = normaliseName(name);
    const proposed = matches.get(name)?.speaker?.id;
    if (proposed === chosen.id || learnt.has(alias) || alias === normaliseName(chosen.name)) continue;
    if (chosen.kind === "PERSON" && !alias.includes(" ")) continue;
    learnt.add(alias);
    const before = await tx.speakerAlias.findUnique({ where: { alias }, select: { alias: true, speakerId: true } });
    if (before?.speakerId === chosen.id) continue;
    const after = await tx.speakerAlias.upsert({
      where: { alias },
      create: { alias, speakerId: chosen.id },
      update: { speakerId: chosen.id },
      select: { alias: true, speakerId: true },
    });
    await recordAudit(tx, { actorId, action: "speaker.alias", entityType: "Speaker", entityId: chosen.id, before, after });
  }
}
