import type { Prisma } from "../db";

/** The one constraint that separates what readers see from what the desk sees. */
export const PUBLISHED_CLAIMS = { workflow: "PUBLISHED" } satisfies Prisma.ClaimWhereInput;
