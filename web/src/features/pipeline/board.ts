// The kanban's pure rules: where a dropped card goes (a plain move, or a win or loss that needs
// a reason first), and the board as the user sees it while a move is on its way to the API.
import type { StageKind } from "../../gql/graphql";

export interface BoardCard {
  id: string;
  stage?: { id: string } | null;
}

export interface BoardColumn<C extends BoardCard> {
  stage: { id: string; kind: StageKind; name: string };
  opportunities: C[];
}

export type DropAction = "move" | "win" | "lose" | null;

/** What dropping a card from one stage onto another asks for; null when nothing changes. */
export function dropAction(fromStageId: string, to: { id: string; kind: StageKind }): DropAction {
  if (fromStageId === to.id) return null;
  if (to.kind === "WON") return "win";
  if (to.kind === "LOST") return "lose";
  return "move";
}

/** The columns with each pending move applied: the card leaves its column and heads the target.
 * A refused move is taken out of `pending`, so the card snaps back to where the API has it. */
export function withPendingMoves<C extends BoardCard, Col extends BoardColumn<C>>(
  columns: Col[],
  pending: ReadonlyMap<string, string>,
): Col[] {
  if (pending.size === 0) return columns;
  const moving = new Map<string, C>();
  const stripped = columns.map((column) => ({
    ...column,
    opportunities: column.opportunities.filter((card) => {
      const target = pending.get(card.id);
      if (target === undefined || target === column.stage.id) return true;
      moving.set(card.id, card);
      return false;
    }),
  }));
  return stripped.map((column) => {
    const arriving = [...moving.values()].filter((card) => pending.get(card.id) === column.stage.id);
    return arriving.length ? { ...column, opportunities: [...arriving, ...column.opportunities] } : column;
  });
}

/** The first problem the API gave for a mutation: its userErrors, else the request's error. */
export function firstProblem(
  payload: { userErrors: { message: string }[] } | null | undefined,
  error?: { message: string } | null,
): string | null {
  if (payload?.userErrors.length) return payload.userErrors.map((e) => e.message).join("；");
  if (error) return error.message.replace(/^\[(GraphQL|Network)\]\s*/, "");
  if (!payload) return "—";
  return null;
}
