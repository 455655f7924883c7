import { highlightMatches } from "@/lib/search/highlight";
import type { ParsedSearch } from "@/lib/search/query";

/** Text with the words a search matched in <mark>; the text alone when there is no search. */
export function Highlighted({ text, search }: { text: string; search?: ParsedSearch }) {
  if (!search) return text;
  return (
    <>
      {highlightMatches(text, search).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
