// The board's choices kept in the address (?pipeline=…&owner=…&team=…&q=…), so a reload, a
// shared link or the back button shows the same board.
export interface BoardParams {
  pipelineId: string | null;
  ownerId: string | null;
  teamId: string | null;
  search: string;
}

const KEYS = { pipelineId: "pipeline", ownerId: "owner", teamId: "team", search: "q" } as const;

export function readBoardParams(params: URLSearchParams): BoardParams {
  return {
    pipelineId: params.get(KEYS.pipelineId) || null,
    ownerId: params.get(KEYS.ownerId) || null,
    teamId: params.get(KEYS.teamId) || null,
    search: params.get(KEYS.search)?.trim() ?? "",
  };
}

/** The address's parameters with `patch` applied; empty values leave the address. */
export function writeBoardParams(params: URLSearchParams, patch: Partial<BoardParams>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [field, value] of Object.entries(patch) as [keyof BoardParams, string | null | undefined][]) {
    const trimmed = value?.trim();
    if (trimmed) next.set(KEYS[field], trimmed);
    else next.delete(KEYS[field]);
  }
  return next;
}
