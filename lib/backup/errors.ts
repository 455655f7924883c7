/** A refusal or a damaged file: its message is the whole story for the operator (lib/run-cli.ts). */
export class BackupError extends Error {
  override name = "BackupError";
}
