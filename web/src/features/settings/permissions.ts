// The role editor's arithmetic: the matrix's columns, what one cell's change sends to
// setRolePermissions, and what one field's change sends to setRoleFieldRules.
import type { Disclosure, FieldAccess, PermissionInput, RowScope, SetRoleFieldRulesInput } from "../../gql/graphql";

export const ACTION_ORDER = ["read", "create", "update", "delete", "assign", "export", "import"];
export const ROW_SCOPES: RowScope[] = ["OWN", "TEAM", "TEAM_TREE", "ORG"];
export const ACCESSES: FieldAccess[] = ["HIDDEN", "READ", "WRITE"];
export const DISCLOSURES: Disclosure[] = ["MASKED", "REVEAL", "FULL"];

export interface Grant {
  objectType: string;
  actions: string[];
  rowScope: RowScope;
}

export interface FieldRule {
  objectType: string;
  field: string;
  access: FieldAccess;
  disclosure?: Disclosure | null;
}

const rank = (action: string) => {
  const index = ACTION_ORDER.indexOf(action);
  return index < 0 ? ACTION_ORDER.length : index;
};

/** Every action any object type offers, in the usual order (read first). */
export function actionColumns(objectTypes: { actions: string[] }[]): string[] {
  const all = new Set(objectTypes.flatMap((type) => type.actions));
  return [...all].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** One cell switched on or off: the object type's whole grant, as setRolePermissions takes it. */
export function toggledGrant(grant: Grant | undefined, objectType: string, action: string, on: boolean): PermissionInput {
  const current = new Set(grant?.actions ?? []);
  if (on) current.add(action);
  else current.delete(action);
  return {
    objectType,
    actions: [...current].sort((a, b) => rank(a) - rank(b)),
    rowScope: grant?.rowScope ?? "OWN",
  };
}

/** The row scope of an object type changed, its actions kept. */
export function rescopedGrant(grant: Grant | undefined, objectType: string, rowScope: RowScope): PermissionInput {
  return { objectType, actions: grant?.actions ?? [], rowScope };
}

/** A field without a rule of its own: WRITE where the role may create or update the type. */
export function defaultAccess(grant: Grant | undefined): FieldAccess {
  return grant?.actions.some((action) => action === "create" || action === "update") ? "WRITE" : "READ";
}

export const DEFAULT = "DEFAULT";
export type Choice<T> = T | typeof DEFAULT;

/** One field's access and disclosure chosen: a rule, or back to the role's defaults. */
export function fieldRuleInput(
  roleId: string,
  objectType: string,
  field: string,
  access: Choice<FieldAccess>,
  disclosure: Choice<Disclosure> | null,
  grant: Grant | undefined,
): SetRoleFieldRulesInput {
  if (access === DEFAULT && (disclosure === null || disclosure === DEFAULT)) {
    return { roleId, rules: [], reset: [{ objectType, field }] };
  }
  return {
    roleId,
    rules: [
      {
        objectType,
        field,
        access: access === DEFAULT ? defaultAccess(grant) : access,
        disclosure: disclosure === null || disclosure === DEFAULT ? null : disclosure,
      },
    ],
    reset: [],
  };
}
