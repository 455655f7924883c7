/**
 * What a form's fields say now, as values to compare and as words to show: a picker's hidden id
 * shows its chosen name (data-label), a <select> its option's text, a checkbox yes or no.
 */
export type FieldSnapshot = Record<string, { value: string; shown: string }>;

export function snapshotForm(form: HTMLFormElement, names: readonly string[]): FieldSnapshot {
  const snapshot: FieldSnapshot = {};
  for (const name of names) {
    const elements = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)];
    const element = elements[0];
    if (!element) {
      snapshot[name] = { value: "", shown: "" };
      continue;
    }
    if (element instanceof HTMLInputElement && element.type === "checkbox") {
      snapshot[name] = { value: String(element.checked), shown: element.checked ? "yes" : "no" };
    } else if (element instanceof HTMLSelectElement) {
      snapshot[name] = { value: element.value, shown: element.selectedOptions[0]?.textContent ?? element.value };
    } else {
      const value = element.value.trim();
      snapshot[name] = { value, shown: element.dataset.label ?? value };
    }
  }
  return snapshot;
}

export type FieldChange = { name: string; label: string; from: string; to: string };

/** The fields whose value differs between two snapshots, in the order of `labels`. */
export function diffSnapshots(before: FieldSnapshot, after: FieldSnapshot, labels: Record<string, string>): FieldChange[] {
  return Object.entries(labels).flatMap(([name, label]) => {
    const was = before[name];
    const now = after[name];
    if (!was || !now || was.value === now.value) return [];
    return [{ name, label, from: was.shown, to: now.shown }];
  });
}
