"""The authorisation matrix: every query and mutation of the schema × every built-in role ×
a record that is the caller's own, their team's, a sub-team's, another team's, another
organisation's.

What is expected comes from the built-in roles' grants (auth/roles.py) and the meaning of row
scopes, never from the implementation under test; a refused write must change nothing. An
operation the schema gains without a case here fails `test_every_operation_is_in_the_matrix`,
so a new operation cannot ship outside the matrix. The world, the harness and each domain's
cases are in tests/matrix/; assembly.py gathers them.
"""

from __future__ import annotations

import pytest

from junlite.config import Settings
from junlite.graphql.schema import build_schema
from tests.matrix.assembly import CASES, EXTRA_CASES, SELF_ONLY
from tests.matrix.world import RELATIONS, ROLES, World
from tests.matrix.world import world as world  # the fixture the matrix runs in


def test_every_operation_is_in_the_matrix(settings: Settings) -> None:
    schema = build_schema(settings)._schema
    operations = set(schema.query_type.fields) | set(schema.mutation_type.fields)
    assert operations == set(CASES), (
        f"add a matrix case for {sorted(operations - set(CASES))}; "
        f"remove cases for {sorted(set(CASES) - operations)}"
    )


@pytest.mark.parametrize("operation", sorted({*CASES, *EXTRA_CASES}))
async def test_the_matrix(world: World, operation: str) -> None:
    case = CASES.get(operation) or EXTRA_CASES[operation]
    relations = ("own",) if operation in SELF_ONLY else RELATIONS
    outcomes: dict[tuple[str, str], tuple[bool, bool]] = {}
    for role in ROLES:
        for relation in relations:
            got = await case.run(world, role, relation)
            outcomes[(role, relation)] = (got, case.expect(role, relation))
    wrong = {key: value for key, value in outcomes.items() if value[0] != value[1]}
    assert wrong == {}, f"{operation}: (role, relation) -> (got, expected): {wrong}"
    # The matrix means something only if it has both answers somewhere.
    if operation not in SELF_ONLY and operation not in {
        "node",
        "node(Organization)",
        "node(Opportunity, Product, Order, Quote, Contract)",
        "node(Communication)",
    }:
        assert {got for got, _ in outcomes.values()} == {True, False}, operation
