"""GraphQL for contracts' files: attach one you uploaded, remove one."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.sales import contract_files
from junlite.sales.graphql.contracts import ContractPayload, ContractType


@strawberry.input
class ContractFileInput:
    contract_id: strawberry.ID
    file_id: strawberry.ID = strawberry.field(description="From POST /api/files.")
    idempotency_key: str | None = None


@strawberry.type
class ContractFileMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Attaches a file you uploaded to a contract you may update.",
    )
    async def attach_contract_file(self, info: Info, input: ContractFileInput) -> ContractPayload:
        context = info.context

        async def action() -> ContractPayload:
            row = await contract_files.attach(
                context.session,
                context.require_user(),
                decode_global_id(input.contract_id, "Contract"),
                decode_global_id(input.file_id, "File"),
            )
            return ContractPayload(contract=ContractType.from_row(row, info))

        return await run_mutation(
            info,
            operation="attachContractFile",
            input=input,
            payload_type=ContractPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def remove_contract_file(self, info: Info, input: ContractFileInput) -> ContractPayload:
        context = info.context

        async def action() -> ContractPayload:
            row = await contract_files.detach(
                context.session,
                context.require_user(),
                decode_global_id(input.contract_id, "Contract"),
                decode_global_id(input.file_id, "File"),
            )
            return ContractPayload(contract=ContractType.from_row(row, info))

        return await run_mutation(
            info,
            operation="removeContractFile",
            input=input,
            payload_type=ContractPayload,
            action=action,
        )
