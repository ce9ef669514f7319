// Forward-only keyset pages: the cursor each page starts after; going back pops the stack.
import { useState } from "react";

export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    hasPrev: cursors.length > 1,
    prev: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    next: (endCursor: string | null | undefined) => endCursor && setCursors((c) => [...c, endCursor]),
    reset: () => setCursors([null]),
  };
}
