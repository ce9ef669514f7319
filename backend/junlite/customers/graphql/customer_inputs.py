"""The inputs of the customers' GraphQL: the list's filter, create, update, delete, restore,
merge and export, and how their fields reach the services."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import strawberry

from junlite.customers import duplicates, service
from junlite.customers.graphql.types import (
    CompanySizeEnum,
    CustomerKindEnum,
    CustomerSourceEnum,
    LifecycleEnum,
)
from junlite.customers.models import CustomerSource, Lifecycle
from junlite.graphql.mutations import given_fields
from junlite.graphql.relay import decode_global_id

DuplicateActionEnum = strawberry.enum(
    duplicates.OnDuplicate,
    name="OnDuplicate",
    description="What to do when the customer seems to exist already: REFUSE (answer with "
    "the duplicates), LINK (use the existing customer `linkToId`, filling its empty fields), "
    "CREATE_ANYWAY.",
)


@strawberry.input
class CustomerFilter:
    search: str | None = strawberry.field(
        default=None,
        description="An exact phone, email or ID card number (the customer's or a contact's), "
        "or words of the name: 华信 finds 深圳华信科技有限公司.",
    )
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    levels: list[str] | None = None
    lifecycles: list[LifecycleEnum] | None = None  # type: ignore[valid-type]
    industry: str | None = None
    province: str | None = None
    city: str | None = None
    sources: list[CustomerSourceEnum] | None = None  # type: ignore[valid-type]
    tags: list[str] | None = strawberry.field(default=None, description="Any of these tags.")
    in_pool: bool | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    not_followed_up_since: datetime | None = strawberry.field(
        default=None, description="Last follow-up before this moment."
    )


def filters_of(filter: CustomerFilter | None) -> service.CustomerFilters:
    if filter is None:
        return service.CustomerFilters()
    return service.CustomerFilters(
        search=filter.search,
        owner_id=decode_global_id(filter.owner_id, "User") if filter.owner_id else None,
        team_id=decode_global_id(filter.team_id, "Team") if filter.team_id else None,
        levels=tuple(filter.levels or ()),
        lifecycles=tuple(Lifecycle(v).value for v in filter.lifecycles or ()),
        industry=filter.industry,
        province=filter.province,
        city=filter.city,
        sources=tuple(CustomerSource(v).value for v in filter.sources or ()),
        tags_any=tuple(filter.tags or ()),
        in_pool=filter.in_pool,
        created_from=filter.created_from,
        created_to=filter.created_to,
        not_followed_up_since=filter.not_followed_up_since,
    )


@strawberry.input(description="A customer's facts, as a form or an import row gives them.")
class CustomerImportRow:
    name: str
    kind: CustomerKindEnum = strawberry.field(default=CustomerKindEnum.COMPANY)  # type: ignore[valid-type]
    industry: str | None = None
    size: CompanySizeEnum | None = None  # type: ignore[valid-type]
    province: str | None = None
    city: str | None = None
    district: str | None = None
    address: str | None = None
    level: str | None = None
    source: CustomerSourceEnum | None = None  # type: ignore[valid-type]
    channel: str | None = None
    tags: list[str] | None = None
    lifecycle: LifecycleEnum | None = None  # type: ignore[valid-type]
    phone: str | None = None
    email: str | None = None
    id_card_number: str | None = None
    bank_card_number: str | None = None
    notes: str | None = None


@strawberry.input
class CreateCustomerInput(CustomerImportRow):
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Someone else than you: needs the assign permission."
    )
    on_duplicate: DuplicateActionEnum = strawberry.field(  # type: ignore[valid-type]
        default=duplicates.OnDuplicate.REFUSE
    )
    link_to_id: strawberry.ID | None = strawberry.field(
        default=None, description="With onDuplicate LINK: the existing customer to use."
    )
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for clients that create offline."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdateCustomerInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: CustomerKindEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    industry: str | None = strawberry.UNSET
    size: CompanySizeEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    province: str | None = strawberry.UNSET
    city: str | None = strawberry.UNSET
    district: str | None = strawberry.UNSET
    address: str | None = strawberry.UNSET
    level: str | None = strawberry.UNSET
    source: CustomerSourceEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    channel: str | None = strawberry.UNSET
    tags: list[str] | None = strawberry.UNSET
    lifecycle: LifecycleEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    phone: str | None = strawberry.field(default=strawberry.UNSET, description="Null clears it.")
    email: str | None = strawberry.UNSET
    id_card_number: str | None = strawberry.UNSET
    bank_card_number: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Reassigns the customer: needs assign."
    )
    idempotency_key: str | None = None


@strawberry.input
class DeleteCustomerInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class RestoreCustomerInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class MergeCustomersInput:
    survivor_id: strawberry.ID
    merged_id: strawberry.ID
    take_from_merged: list[str] = strawberry.field(
        default_factory=list,
        description="Fields whose value comes from the merged customer (name, phone, level...); "
        "every other field keeps the survivor's. Tags are always united.",
    )
    idempotency_key: str | None = None


INPUT_FIELDS = {
    "name": "name",
    "kind": "kind",
    "industry": "industry",
    "size": "size",
    "province": "province",
    "city": "city",
    "district": "district",
    "address": "address",
    "level": "level",
    "source": "source",
    "channel": "channel",
    "tags": "tags",
    "lifecycle": "lifecycle",
    "phone": "phone",
    "email": "email",
    "id_card_number": "idCardNumber",
    "bank_card_number": "bankCardNumber",
    "notes": "notes",
}


def values_of(input: Any) -> dict[str, Any]:
    values = given_fields(input, INPUT_FIELDS, {"owner_id": ("owner", "User")})
    for name in ("kind", "size", "source", "lifecycle"):
        if isinstance(values.get(name), enum.Enum):
            values[name] = values[name].value
    if isinstance(input, CreateCustomerInput):
        values = {k: v for k, v in values.items() if v is not None or k == "kind"}
    return values


@strawberry.input
class ExportCustomersInput:
    filter: CustomerFilter | None = None
