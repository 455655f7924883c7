import type { DbClient, DbTransaction } from "../db";
import type { KnownSpeaker } from "./speaker-match";

/**
 * Every speaker with what matching compares (name, kind, title, affiliation, remembered aliases).
 * Read whole: close spellings are looked for among all of them, and a desk has thousands of
 * speakers at most (2,000 at 100k claims), a few columns each.
 */
export async function loadKnownSpeakers(client: DbClient | DbTransaction): Promise<KnownSpeaker[]> {
  const rows = await client.speaker.findMany({
    select: { id: true, name: true, kind: true, title: true, affiliation: true, aliases: { select: { alias: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map(({ aliases, ...speaker }) => ({ ...speaker, aliases: aliases.map((row) => row.alias) }));
}
