import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_OPTIONS, SERVER_SCRIPT } from "../helpers/next-server";

describe("the server's script and heap bound", () => {
  it("are the same for `npm start` as for the servers the tests and the bench start", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`NODE_OPTIONS=${SERVER_NODE_OPTIONS} node ${SERVER_SCRIPT}`);
  });
});
