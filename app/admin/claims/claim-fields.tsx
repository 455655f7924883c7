import { Hidden, TextField } from "../components/fields";
import { SearchPicker } from "../components/search-picker";
import { SubjectPicker } from "../components/subject-picker";

type ClaimValues = {
  statement: string;
  quote: string | null;
  context: string | null;
  claimant: { id: string; name: string };
  relayedFrom: { id: string; name: string } | null;
  saidAt: Date | null;
  saidAtInferred: boolean;
  venue: string | null;
  firstAppearance: { id: string; title: string } | null;
  topics: { name: string }[];
  subjects: { speaker: { id: string; name: string } }[];
};

/** The fields a save compares and shows, old → new, before it is sent (ActionForm's review). */
export const CLAIM_FIELD_LABELS: Record<string, string> = {
  statement: "Statement",
  quote: "Quote",
  claimantId: "Claimant",
  relayedFromId: "Relaying",
  firstAppearanceId: "First appearance",
  saidAt: "Said on",
  venue: "Where",
  topics: "Topics",
  context: "Context",
};

/**
 * The claim's own fields, for creating and for editing. Speakers and the first appearance are
 * searching pickers (GET /api/desk/search), so the page never lists every speaker and source.
 */
export function ClaimFields({ claim }: { claim?: ClaimValues }) {
  return (
    <>
      <TextField name="statement" label="Statement (short and checkable)" value={claim?.statement ?? ""} multiline maxLength={500} />
      <TextField name="quote" label="Verbatim quote" value={claim?.quote ?? ""} multiline maxLength={2000} hint="Anchored automatically when found word for word in the first appearance. Saving keeps the anchored passage unless the quote or the first appearance changes; the save says so if it moves or has to go." />
      <div className="form-grid">
        <SearchPicker name="claimantId" label="Claimant" kind="speaker" value={claim ? { id: claim.claimant.id, label: claim.claimant.name } : null} placeholder="Search speakers…" />
        <SearchPicker name="relayedFromId" label="Relaying (optional)" kind="speaker" emptyLabel="Nobody" value={claim?.relayedFrom ? { id: claim.relayedFrom.id, label: claim.relayedFrom.name } : null} />
        <SearchPicker
          name="firstAppearanceId"
          label="First appearance"
          kind="source"
          emptyLabel="Not recorded"
          value={claim?.firstAppearance ? { id: claim.firstAppearance.id, label: claim.firstAppearance.title } : null}
          hint="Needed before the claim goes to review."
        />
      </div>
      <SubjectPicker
        name="subjectIds"
        label="About (optional): who the claim is about or who is party to it"
        hint="Besides the claimant and whom they relay; the claim is listed on each one's page, labelled “About”."
        value={(claim?.subjects ?? []).map((subject) => ({ id: subject.speaker.id, label: subject.speaker.name }))}
      />
      <div className="form-grid">
        <TextField name="saidAt" label="Said on" type="date" value={claim?.saidAt ? claim.saidAt.toISOString().slice(0, 10) : ""} />
        <TextField name="venue" label="Where" value={claim?.venue ?? ""} maxLength={200} />
        <TextField name="topics" label="Topics (comma-separated)" value={(claim?.topics ?? []).map((topic) => topic.name).join(", ")} />
      </div>
      {claim?.saidAtInferred ? <Hidden name="saidAtInferred" value="on" /> : null}
      <TextField name="context" label="Context" value={claim?.context ?? ""} multiline maxLength={4000} />
    </>
  );
}
