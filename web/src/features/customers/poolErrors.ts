// A pool move (claim, assign, release) is all or nothing, and every reason comes back as a
// userError at `ids.<index>` for one customer or at `ids` / another field for the whole request.
// This turns them into lines a user can read: the customer's name first when there is one.

export interface UserErrorLike {
  field?: string[] | null;
  code: string;
  message: string;
}

export interface PoolProblem {
  /** The customer's name, or null for a problem of the whole request. */
  name: string | null;
  code: string;
  message: string;
}

export function poolProblems(errors: UserErrorLike[], customers: { id: string; name?: string | null }[]): PoolProblem[] {
  return errors.map((error) => {
    const field = error.field ?? [];
    const at = field.indexOf("ids");
    const index = at >= 0 && at + 1 < field.length ? Number(field[at + 1]) : NaN;
    const customer = Number.isInteger(index) ? customers[index] : undefined;
    return { name: customer ? (customer.name ?? customer.id) : null, code: error.code, message: error.message };
  });
}
