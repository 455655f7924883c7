// `npm run user:create -- --email … --role admin|editor|contributor [--name "…"]`
// The password is read from an interactive prompt (not echoed) or, when piped, from standard input.
import { parseArgs } from "node:util";
import { loadEnvFiles } from "../../lib/load-env-files";
import { runCli } from "../../lib/run-cli";
import { createUserFromCommandLine, MIN_PASSWORD_LENGTH } from "../../lib/users/users";
import { readSecret } from "./read-secret";

const USAGE = 'Usage: npm run user:create -- --email ada@example.org --role admin|editor|contributor [--name "Ada Lovelace"]';

async function main() {
  loadEnvFiles();
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  if (!values.email || !values.role) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const password = await readSecret(`Password for ${values.email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const result = await createUserFromCommandLine({
    email: values.email,
    role: values.role.toUpperCase(),
    name: values.name ?? values.email.split("@")[0],
    password,
  });
  if (!result.ok) {
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) console.error(`${field || "input"}: ${messages.join("; ")}`);
    if (!result.fieldErrors) console.error(result.message);
    process.exitCode = 1;
    return;
  }
  console.log(`Created ${result.user.email} (${values.role.toLowerCase()}).`);
}

runCli(main);
