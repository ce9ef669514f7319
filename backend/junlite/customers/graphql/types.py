"""Customer and Contact as GraphQL shows them: each field as the role's field rules allow,
personal data masked unless the role discloses it, relations through per-request DataLoaders."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.auth.models import FieldAccess
from junlite.auth.policy import FieldRule
from junlite.customers import contacts as contact_service
from junlite.customers import service, settings
from junlite.customers.models import (
    CompanySize,
    Contact,
    Customer,
    CustomerKind,
    CustomerSource,
    Gender,
    Lifecycle,
)
from junlite.customers.object_types import CONTACT, CUSTOMER
from junlite.graphql.relay import load_nodes

CustomerKindEnum = strawberry.enum(CustomerKind, name="CustomerKind")
CompanySizeEnum = strawberry.enum(
    CompanySize,
    name="CompanySize",
    description="Head count: MICRO 1-19, SMALL 20-99, MEDIUM 100-499, LARGE 500-999, "
    "ENTERPRISE 1000 or more.",
)
CustomerSourceEnum = strawberry.enum(CustomerSource, name="CustomerSource")
LifecycleEnum = strawberry.enum(
    Lifecycle,
    name="CustomerLifecycle",
    description="潜在 POTENTIAL, 意向 INTENT, 成交 DEAL, 复购 REPEAT, 沉睡 DORMANT, 流失 CHURNED.",
)
GenderEnum = strawberry.enum(Gender, name="Gender")


def field_rules(info: Info, object_type: str) -> dict[str, FieldRule]:
    """The role's rule for every field of a type, worked out once per request."""
    cache: dict[str, dict[str, FieldRule]] = info.context.loaders.get("customers.field_rules", dict)
    if object_type not in cache:
        user = info.context.require_user()
        spec = policy.REGISTRY[object_type]
        cache[object_type] = {
            f.name: policy.field_rule(user, object_type, f.name) for f in spec.fields
        }
    return cache[object_type]


class _Presenter:
    def __init__(self, info: Info, object_type: str) -> None:
        self.user = info.context.require_user()
        self.vault = info.context.vault
        self.object_type = object_type
        self.rules = field_rules(info, object_type)

    def plain(self, field: str, value: Any) -> Any:
        rule = self.rules.get(field)
        return None if rule is not None and rule.access is FieldAccess.HIDDEN else value

    def personal(self, field: str, read: Any) -> str | None:
        rule = self.rules[field]
        if rule.access is FieldAccess.HIDDEN:
            return None  # not even decrypted
        return policy.present(self.user, self.object_type, field, read())


def customer_loader(info: Info) -> DataLoader[uuid.UUID, Customer | None]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[Customer | None]:
        rows = await service.customers_by_ids(context.session, context.require_user(), ids)
        return [rows.get(i) for i in ids]

    loader: DataLoader[uuid.UUID, Customer | None] = context.loaders.get(
        "customers.customer", lambda: DataLoader(load_fn=load)
    )
    return loader


def contacts_loader(info: Info) -> DataLoader[uuid.UUID, list[Contact]]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[list[Contact]]:
        found = await contact_service.contacts_of_customers(
            context.session, context.require_user(), ids
        )
        return [found.get(i, []) for i in ids]

    loader: DataLoader[uuid.UUID, list[Contact]] = context.loaders.get(
        "customers.contacts", lambda: DataLoader(load_fn=load)
    )
    return loader


def pool_rules_loader(
    info: Info,
) -> DataLoader[uuid.UUID, tuple[dict[str, int | None], int | None]]:
    """Per organisation: days before the pool per level key, and for customers without one."""
    context = info.context

    async def load(
        org_ids: list[uuid.UUID],
    ) -> list[tuple[dict[str, int | None], int | None]]:
        answers = []
        for org_id in org_ids:
            rules = await settings.pool_rules(context.session, org_id)
            levels = await settings.levels(context.session, org_id)
            by_key = {level.key: level.pool_after_days for level in levels}
            answers.append(
                (
                    by_key if rules.recycling_enabled else {},
                    rules.default_pool_after_days if rules.recycling_enabled else None,
                )
            )
        return answers

    loader: DataLoader[uuid.UUID, tuple[dict[str, int | None], int | None]] = context.loaders.get(
        "customers.pool_rules", lambda: DataLoader(load_fn=load)
    )
    return loader


@strawberry.type(name="Customer", description="A company or a person the team sells to.")
class CustomerType(relay.Node):
    id: relay.NodeID[str]
    name: str | None
    kind: CustomerKindEnum | None  # type: ignore[valid-type]
    industry: str | None
    size: CompanySizeEnum | None  # type: ignore[valid-type]
    province: str | None = strawberry.field(description="省级行政区, as GB/T 2260 names it.")
    city: str | None
    district: str | None
    address: str | None
    level: str | None = strawberry.field(description="The key of one of `customerLevels`.")
    source: CustomerSourceEnum | None  # type: ignore[valid-type]
    channel: str | None
    tags: list[str] | None
    lifecycle: LifecycleEnum | None  # type: ignore[valid-type]
    phone: str | None = strawberry.field(
        description="E.164; masked (138****8000) unless your role discloses it in full."
    )
    email: str | None
    id_card_number: str | None = strawberry.field(description="Masked: 110***********1234.")
    bank_card_number: str | None = strawberry.field(description="Masked: 6222 **** **** 1234.")
    notes: str | None
    last_followed_up_at: datetime = strawberry.field(
        description="The public pool's clock: a claim, an assignment or a follow-up restarts it."
    )
    in_pool: bool = strawberry.field(description="Waiting in the public pool (公海), no owner.")
    pool_entered_at: datetime | None
    deleted_at: datetime | None = strawberry.field(description="In the recycle bin since.")
    created_at: datetime
    updated_at: datetime
    owner_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]
    org_id: strawberry.Private[uuid.UUID]
    row_id: strawberry.Private[uuid.UUID]
    level_key: strawberry.Private[str | None]

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        if self.owner_id is None:
            return None
        row = await user_loader(info).load(self.owner_id)
        return UserType.from_row(row, info) if row else None

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field(
        description="Its people you may see, the primary contact first. A customer in the "
        "public pool has nobody's: only a role whose scope is the whole organisation sees them."
    )
    async def contacts(self, info: Info) -> list[ContactType]:
        rows = await contacts_loader(info).load(self.row_id)
        return [ContactType.from_row(row, info) for row in rows]

    @strawberry.field
    async def primary_contact(self, info: Info) -> ContactType | None:
        contacts = await self.contacts(info)
        return next((c for c in contacts if c.is_primary), None)

    @strawberry.field(
        description="When it returns to the public pool without a follow-up, by its level's "
        "rule; null when in the pool or no rule applies."
    )
    async def pool_due_at(self, info: Info) -> datetime | None:
        if self.in_pool or self.owner_id is None:
            return None
        by_key, default = await pool_rules_loader(info).load(self.org_id)
        days = by_key[self.level_key] if self.level_key in by_key else default  # noqa: SIM401
        return self.last_followed_up_at + timedelta(days=days) if days else None

    @classmethod
    def from_row(cls, row: Customer, info: Info) -> CustomerType:
        show = _Presenter(info, CUSTOMER.name)
        kind = show.plain("kind", row.kind)
        size = show.plain("size", row.size)
        source = show.plain("source", row.source)
        lifecycle = show.plain("lifecycle", row.lifecycle)
        return cls(
            id=str(row.id),
            name=show.plain("name", row.name),
            kind=CustomerKind(kind) if kind else None,
            industry=show.plain("industry", row.industry),
            size=CompanySize(size) if size else None,
            province=show.plain("province", row.province),
            city=show.plain("city", row.city),
            district=show.plain("district", row.district),
            address=show.plain("address", row.address),
            level=show.plain("level", row.level),
            source=CustomerSource(source) if source else None,
            channel=show.plain("channel", row.channel),
            tags=show.plain("tags", list(row.tags)),
            lifecycle=Lifecycle(lifecycle) if lifecycle else None,
            phone=show.personal("phone", lambda: service.personal_value(show.vault, row, "phone")),
            email=show.personal("email", lambda: service.personal_value(show.vault, row, "email")),
            id_card_number=show.personal(
                "idCardNumber", lambda: service.personal_value(show.vault, row, "idCardNumber")
            ),
            bank_card_number=show.personal(
                "bankCardNumber", lambda: service.personal_value(show.vault, row, "bankCardNumber")
            ),
            notes=show.plain("notes", row.notes),
            last_followed_up_at=row.last_followed_up_at,
            in_pool=row.pool_entered_at is not None,
            pool_entered_at=row.pool_entered_at,
            deleted_at=row.deleted_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            owner_id=row.owner_id,
            team_id=row.team_id,
            org_id=row.org_id,
            row_id=row.id,
            level_key=row.level,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[CustomerType | None]:
        if not info.context.require_user().policy.can(CUSTOMER.name, "read"):
            return [None for _ in node_ids]  # as absent as a customer that does not exist
        return await load_nodes(
            customer_loader(info), node_ids, lambda row: cls.from_row(row, info)
        )


def contact_loader(info: Info) -> DataLoader[uuid.UUID, Contact | None]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[Contact | None]:
        rows = await contact_service.contacts_by_ids(context.session, context.require_user(), ids)
        return [rows.get(i) for i in ids]

    loader: DataLoader[uuid.UUID, Contact | None] = context.loaders.get(
        "customers.contact", lambda: DataLoader(load_fn=load)
    )
    return loader


@strawberry.type(name="Contact", description="A person at a customer.")
class ContactType(relay.Node):
    id: relay.NodeID[str]
    name: str | None
    gender: GenderEnum | None  # type: ignore[valid-type]
    birthday: date | None
    age: int | None = strawberry.field(description="From the birthday, today in your time zone.")
    title: str | None
    department: str | None
    is_primary: bool
    mobile: str | None = strawberry.field(description="Masked unless your role discloses it.")
    phone: str | None = strawberry.field(description="A landline (座机), masked likewise.")
    email: str | None
    wechat_id: str | None
    id_card_number: str | None
    address: str | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    customer_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def customer(self, info: Info) -> CustomerType | None:
        row = await customer_loader(info).load(self.customer_id)
        return CustomerType.from_row(row, info) if row else None

    @classmethod
    def from_row(cls, row: Contact, info: Info) -> ContactType:
        show = _Presenter(info, CONTACT.name)
        today = datetime.now(UTC).astimezone(ZoneInfo(show.user.timezone)).date()
        birthday = show.plain("birthday", row.birthday)
        gender = show.plain("gender", row.gender)

        def personal(field: str) -> str | None:
            return show.personal(
                field, lambda: contact_service.personal_value(show.vault, row, field)
            )

        return cls(
            id=str(row.id),
            name=show.plain("name", row.name),
            gender=Gender(gender) if gender else None,
            birthday=birthday,
            age=contact_service.age(birthday, today),
            title=show.plain("title", row.title),
            department=show.plain("department", row.department),
            is_primary=row.is_primary,
            mobile=personal("mobile"),
            phone=personal("phone"),
            email=personal("email"),
            wechat_id=show.plain("wechatId", row.wechat_id),
            id_card_number=personal("idCardNumber"),
            address=show.plain("address", row.address),
            notes=show.plain("notes", row.notes),
            created_at=row.created_at,
            updated_at=row.updated_at,
            customer_id=row.customer_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[ContactType | None]:
        if not info.context.require_user().policy.can(CONTACT.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(contact_loader(info), node_ids, lambda row: cls.from_row(row, info))
