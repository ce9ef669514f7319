// Forward-only keyset pages: the cursor each page starts after; going back pops the stack.
import { useCallback, useMemo, useState } from "react";

export interface CursorPages {
  /** The cursor the current page starts after (null: the first page). */
  after: string | null;
  hasPrev: boolean;
  prev: () => void;
  next: (endCursor: string | null | undefined) => void;
  /** Back to the first page (the filters or the order changed). */
  reset: () => void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const prev = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const reset = useCallback(() => setCursors((c) => (c.length > 1 ? [null] : c)), []);
  return useMemo(
    () => ({ after: cursors[cursors.length - 1] ?? null, hasPrev: cursors.length > 1, prev, next, reset }),
    [cursors, prev, next, reset],
  );
}
