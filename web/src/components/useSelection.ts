// The rows a list has selected for a batch action, kept by id across pages (a row stays
// selected when the user pages on and back).
import { useCallback, useState } from "react";

export interface Selection<Row extends { id: string }> {
  selected: Map<string, Row>;
  toggle: (row: Row, on: boolean) => void;
  clear: () => void;
}

export function useSelection<Row extends { id: string }>(): Selection<Row> {
  const [selected, setSelected] = useState<Map<string, Row>>(() => new Map());
  const toggle = useCallback(
    (row: Row, on: boolean) =>
      setSelected((current) => {
        const next = new Map(current);
        if (on) next.set(row.id, row);
        else next.delete(row.id);
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Map()), []);
  return { selected, toggle, clear };
}
