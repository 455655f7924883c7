// Runs in every e2e test file: a test fails if any page it opened logged a console error or
// threw an uncaught error (tests/helpers/browser.ts collects them from every page).
import { afterEach, expect } from "vitest";
import { takeConsoleErrors } from "../helpers/browser";

afterEach(() => {
  expect(takeConsoleErrors(), "console errors and uncaught page errors").toEqual([]);
});
