import type { DbClient, DbTransaction } from "../db";
import { anchorAt, locatePassage, reanchorPassage, type PassageAnchor } from "../sources/anchor";
import { storedAnchor } from "../claims/passage-anchor";
import { articleTextHash, normaliseArticleText } from "./article-text";

type Client = DbClient | DbTransaction;
export type ArticleSource = { id: string; slug: string; title: string; text: string };

/**
 * The source an article's (normalised) text was stored as, found by its hash. Sources given their
 * text before hashes existed (the seed's article) are hashed as they are read: with `backfill`
 * (inside the ingesting transaction) the hashes are written, so this happens once; a preview
 * writes nothing and only compares. Two sources with one text: the oldest keeps the hash.
 */
export async function findArticleSource(client: Client, hash: string, { backfill }: { backfill: boolean }): Promise<ArticleSource | null> {
  const select = { id: true, slug: true, title: true, text: true } as const;
  const found = await client.source.findUnique({ where: { textHash: hash }, select });
  if (found?.text) return { ...found, text: found.text };

  const unhashed = await client.source.findMany({ where: { textHash: null, text: { not: null } }, select, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const hashes = unhashed.map((source) => articleTextHash(normaliseArticleText(source.text!)));
  const match = unhashed.find((_, i) => hashes[i] === hash);
  if (backfill && unhashed.length > 0) {
    // A hash is unique: a text already hashed, or met twice here, keeps the one it has or gets first.
    const taken = new Set((await client.source.findMany({ where: { textHash: { in: hashes } }, select: { textHash: true } })).map((row) => row.textHash));
    for (const [i, source] of unhashed.entries()) {
      if (taken.has(hashes[i]!)) continue;
      taken.add(hashes[i]!);
      await client.source.update({ where: { id: source.id }, data: { textHash: hashes[i]! } });
    }
  }
  return match ? { ...match, text: match.text! } : null;
}

/**
 * A candidate's anchor in the source's stored text, with where it starts there. The article was
 * extracted from its normalised text; a source stored before normalisation (the seed's, with its
 * final line break) holds the same words, found again by their context.
 */
export function anchorInSource(sourceText: string, articleText: string, start: number, exact: string): { anchor: PassageAnchor; start: number } | null {
  if (!exact) return null;
  const anchor = anchorAt(articleText, start, exact);
  if (sourceText === articleText) return { anchor, start };
  const moved = reanchorPassage(sourceText, anchor);
  const at = moved && locatePassage(sourceText, moved);
  return moved && at !== null ? { anchor: moved, start: at } : null;
}

export const passageKey = (start: number, exact: string) => `${start}:${exact}`;

/** The passages of a source that claims first appearing in it are anchored to, as passageKey()s. */
export async function anchoredPassages(client: Client, source: ArticleSource): Promise<Set<string>> {
  const claims = await client.claim.findMany({
    where: { firstAppearanceId: source.id, anchorExact: { not: null } },
    select: { anchorExact: true, anchorPrefix: true, anchorSuffix: true, anchorParagraph: true },
  });
  const keys = new Set<string>();
  for (const claim of claims) {
    const anchor = storedAnchor(claim);
    const at = anchor && locatePassage(source.text, anchor);
    if (anchor && at !== null && at !== undefined) keys.add(passageKey(at, anchor.exact));
  }
  return keys;
}
