import { z } from "zod";

// Field schemas shared by the lib/ services' zod inputs. Forms send "" for a blank field;
// each of these treats it as "not given" (null).

/** Optional text, trimmed, at most `max` characters. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((value) => value || null);

/** An optional web address. Only http(s): no javascript: or data: link can reach a page. */
export const optionalWebUrl = (max: number, example = "https://…") =>
  z
    .url({ protocol: /^https?$/, error: `A full web address, e.g. ${example}` })
    .max(max, `At most ${max} characters`)
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((value) => value ?? null);

/** An optional calendar day, YYYY-MM-DD, as midnight UTC. */
export const optionalDay = () =>
  z.iso
    .date("Use a date like 2025-11-25")
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null));
