import { Hidden, MultiSelectField, SelectField, TextField } from "../components/fields";

type Pickers = { speakers: { id: string; name: string }[]; sources: { id: string; title: string }[] };
type ClaimValues = {
  statement: string;
  quote: string | null;
  context: string | null;
  claimantId: string;
  relayedFromId: string | null;
  saidAt: Date | null;
  saidAtInferred: boolean;
  venue: string | null;
  firstAppearanceId: string | null;
  topics: { name: string }[];
  subjects: { speaker: { id: string } }[];
};

/** The claim's own fields, for creating and for editing. */
export function ClaimFields({ claim, pickers }: { claim?: ClaimValues; pickers: Pickers }) {
  const speakers = pickers.speakers.map((speaker) => ({ value: speaker.id, label: speaker.name }));
  return (
    <>
      <TextField name="statement" label="Statement (short and checkable)" value={claim?.statement ?? ""} multiline maxLength={500} />
      <TextField name="quote" label="Verbatim quote" value={claim?.quote ?? ""} multiline maxLength={2000} hint="Anchored automatically when found word for word in the first appearance. Saving keeps the anchored passage unless the quote or the first appearance changes; the save says so if it moves or has to go." />
      <div className="form-grid">
        <SelectField name="claimantId" label="Claimant" blank="Choose a speaker…" value={claim?.claimantId ?? ""} options={speakers} />
        <SelectField name="relayedFromId" label="Relaying (optional)" blank="Nobody" value={claim?.relayedFromId ?? ""} options={speakers} />
        <SelectField
          name="firstAppearanceId"
          label="First appearance"
          blank="Not recorded"
          value={claim?.firstAppearanceId ?? ""}
          options={pickers.sources.map((source) => ({ value: source.id, label: source.title }))}
        />
      </div>
      <MultiSelectField
        name="subjectIds"
        label="About (optional): who the claim is about or who is party to it"
        hint="Besides the claimant and whom they relay; the claim is listed on each one's page, labelled “About”. Ctrl- or Cmd-click to choose several."
        values={(claim?.subjects ?? []).map((subject) => subject.speaker.id)}
        options={speakers}
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
