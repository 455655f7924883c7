import type { Role } from "../db/enums";

/** The user on whose behalf a lib/ service acts, as loaded from the database for this request. */
export type Actor = {
  id: string;
  role: Role;
  disabledAt: Date | null;
};

/** A disabled user acts as nobody. */
export function isActive(actor: Actor | null | undefined): actor is Actor {
  return Boolean(actor && actor.disabledAt === null);
}
