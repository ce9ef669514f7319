"""GraphQL for importing customers in batches."""

from __future__ import annotations

import enum
from typing import Any

import strawberry
from strawberry.types import Info

from junlite.customers import importer
from junlite.customers.graphql.customer_inputs import INPUT_FIELDS, CustomerImportRow
from junlite.errors import ServiceError
from junlite.graphql.errors import UserError, user_errors_from
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import encode_global_id

ImportDuplicatesEnum = strawberry.enum(
    importer.ImportDuplicates,
    name="ImportDuplicates",
    description="A row that matches an existing customer: SKIP it (reported with the "
    "matches), LINK it to the first match you work on (filling its empty fields), or "
    "CREATE_ANYWAY.",
)


@strawberry.enum(name="ImportRowStatus")
class ImportRowStatus(enum.Enum):
    CREATED = "created"
    LINKED = "linked"
    SKIPPED_DUPLICATE = "skipped_duplicate"
    INVALID = "invalid"


@strawberry.input
class ImportCustomersInput:
    rows: list[CustomerImportRow] = strawberry.field(description="1 to 1,000 rows.")
    on_duplicate: ImportDuplicatesEnum = strawberry.field(  # type: ignore[valid-type]
        default=importer.ImportDuplicates.SKIP
    )
    dry_run: bool = strawberry.field(
        default=False, description="Check every row and report, writing nothing."
    )
    idempotency_key: str | None = None


@strawberry.type
class CustomerImportRowResult:
    index: int
    status: ImportRowStatus
    customer_id: strawberry.ID | None
    duplicate_ids: list[strawberry.ID]
    errors: list[UserError] = strawberry.field(
        description="Why the row was refused; `field` names the row's field."
    )


@strawberry.type
class ImportCustomersPayload:
    created: int = 0
    linked: int = 0
    skipped_duplicates: int = 0
    invalid: int = 0
    dry_run: bool = False
    rows: list[CustomerImportRowResult] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _at_row(problem: ServiceError, index: int) -> ServiceError:
    """The full path to the field: input.rows.<index>.<field>."""
    return ServiceError(problem.code, f"rows.{index}.{problem.field or 'name'}", **problem.params)


def _row_values(row: CustomerImportRow) -> dict[str, Any]:
    values = given_fields(row, INPUT_FIELDS)
    for name in ("kind", "size", "source", "lifecycle"):
        if isinstance(values.get(name), enum.Enum):
            values[name] = values[name].value
    return {k: v for k, v in values.items() if v is not None}


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Creates customers in a batch (needs customer: import): every good row "
        "lands, every bad row is reported, duplicates as onDuplicate says.",
    )
    async def import_customers(
        self, info: Info, input: ImportCustomersInput
    ) -> ImportCustomersPayload:
        context = info.context

        async def action() -> ImportCustomersPayload:
            outcome = await importer.import_customers(
                context.session,
                context.require_user(),
                context.vault,
                [_row_values(row) for row in input.rows],
                on_duplicate=importer.ImportDuplicates(input.on_duplicate),
                dry_run=input.dry_run,
            )
            return ImportCustomersPayload(
                created=outcome.count("created"),
                linked=outcome.count("linked"),
                skipped_duplicates=outcome.count("skipped_duplicate"),
                invalid=outcome.count("invalid"),
                dry_run=outcome.dry_run,
                rows=[
                    CustomerImportRowResult(
                        index=row.index,
                        status=ImportRowStatus(row.status),
                        customer_id=encode_global_id("Customer", row.customer_id)
                        if row.customer_id and not outcome.dry_run
                        else None,
                        duplicate_ids=[encode_global_id("Customer", i) for i in row.duplicate_ids],
                        errors=[
                            error
                            for problem in row.errors
                            for error in user_errors_from(
                                _at_row(problem, row.index), context.locale
                            )
                        ],
                    )
                    for row in outcome.rows
                ],
            )

        return await run_mutation(
            info,
            operation="importCustomers",
            input=input,
            payload_type=ImportCustomersPayload,
            action=action,
        )
