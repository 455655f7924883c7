// The editor-save row: adding an internal note to a claim, posted the way the browser posts the
// claim editor's "Add note" form (a Next.js server action called through React's reply encoding).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { DbClient } from "../../lib/db";

const MANIFEST = ".next/server/server-reference-manifest.json";
const EDITOR_PAGE = "app/admin/claims/[id]/page";
export const NOTE_BODY = "Bench: checked the figures against the cited source again; nothing to change.";

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** The id Next gave the claim editor's note action in this build. */
export function addNoteActionId(manifestPath = MANIFEST): string {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  const match = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "addNoteAction" && entry.filename === "app/admin/actions.ts" && EDITOR_PAGE in entry.workers,
  );
  if (!match) throw new Error(`No addNoteAction for ${EDITOR_PAGE} in ${manifestPath}; has the build changed?`);
  return match[0];
}

export type SaveRequest = { path: string; headers: Record<string, string>; body?: string };

/**
 * One save as the browser sends it: useActionState calls the action with (previous state,
 * FormData), which React encodes as multipart parts "0" = the argument list and "_1_<field>"
 * for each form field (the "$K1" reference).
 */
export function noteSaveRequests(baseUrl: string, actionId: string, cookie: string) {
  const boundary = `----ClaimDeskBench${randomBytes(8).toString("hex")}`;
  const headers = {
    Accept: "text/x-component",
    "Next-Action": actionId,
    "Content-Type": `multipart/form-data; boundary=${boundary}`,
    Origin: baseUrl,
    Cookie: cookie,
  };
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return (claimId: string): SaveRequest => ({
    path: `/admin/claims/${claimId}`,
    headers,
    body:
      part("_1_claimId", claimId) +
      part("_1_visibility", "INTERNAL") +
      part("_1_body", NOTE_BODY) +
      part("0", JSON.stringify([null, "$K1"])) +
      `--${boundary}--\r\n`,
  });
}

export const countBenchNotes = (db: DbClient, claimId?: string) =>
  db.annotation.count({ where: { body: NOTE_BODY, ...(claimId ? { claimId } : {}) } });

/** One save, checked: the server answered "Note added." and the claim has one note more. */
export async function verifyNoteSave(db: DbClient, baseUrl: string, request: SaveRequest, claimId: string): Promise<void> {
  const before = await countBenchNotes(db, claimId);
  const response = await fetch(baseUrl + request.path, { method: "POST", headers: request.headers, body: request.body, redirect: "manual" });
  const text = await response.text();
  const after = await countBenchNotes(db, claimId);
  if (response.status !== 200 || !text.includes("Note added.") || after !== before + 1) {
    // 404/409: Next did not recognise the action id, i.e. the server does not run the build in .next.
    const hint = response.status === 404 || response.status === 409 ? " (the server does not know this action id: was .next rebuilt?)" : "";
    throw new Error(
      `The editor save did not write (HTTP ${response.status}${hint}, notes ${before} → ${after}); the row would measure a refusal:\n${text.slice(0, 500)}`,
    );
  }
}
