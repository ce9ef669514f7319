/** A browser tab gets its notifications from the live subscription while open; there is no push. */
export function usePushRegistration(_enabled: boolean): void {}
