// Which columns of the list show, remembered per browser: a rep who hides 邮箱 once should not
// have to hide it again tomorrow. Unknown keys in storage (a column since removed) are dropped.
import { useCallback, useState } from "react";

export function useColumnChooser<K extends string>(storageKey: string, all: readonly K[], defaults: readonly K[]) {
  const [visible, setVisibleState] = useState<K[]>(() => {
    try {
      const stored = localStorage.getItem(storageKey);
      if (stored) {
        const parsed: unknown = JSON.parse(stored);
        if (Array.isArray(parsed)) return all.filter((key) => parsed.includes(key));
      }
    } catch {
      // Unreadable storage: fall back to the defaults.
    }
    return [...defaults];
  });
  const setVisible = useCallback(
    (keys: K[]) => {
      const ordered = all.filter((key) => keys.includes(key));
      setVisibleState(ordered);
      localStorage.setItem(storageKey, JSON.stringify(ordered));
    },
    [all, storageKey],
  );
  return { visible, setVisible };
}
