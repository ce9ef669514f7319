// Form rules the screens share.

/**
 * A form rule that refuses a number `ok` does not accept, with `message`, where an input's own
 * min and max would change what the user typed without a word. An empty field is left to
 * `required`.
 */
export function numberRule(message: string, ok: (value: number) => boolean) {
  return {
    validator: (_: unknown, value: string | null | undefined) =>
      value == null || value === "" || ok(Number(value)) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}
