"""The product catalogue and price lists: organisation-wide, changed with `product` actions."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import money
from junlite.sales.models import PriceList, PriceListItem, Product
from junlite.sales.object_types import PRODUCT

_LIMITS = {"name": 200, "code": 64, "category": 100, "unit": 20, "description": 20_000}
_REQUIRED = ("name", "code", "unit")
_API_NAMES = {"list_price": "listPrice", "is_active": "isActive"}


def _unwritable(user: CurrentUser, values: Mapping[str, Any]) -> list[ServiceError]:
    fields = [_API_NAMES.get(key, key) for key in values]
    return policy.refuse_unwritable(user, PRODUCT.name, fields)


# --- reads ----------------------------------------------------------------------------------


def filtered(
    user: CurrentUser,
    *,
    search: str | None = None,
    category: str | None = None,
    is_active: bool | None = None,
) -> Select[Any]:
    stmt = policy.readable(user, PRODUCT.name)
    if search and search.strip():
        text = search.strip().lower()
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(
            or_(
                func.lower(Product.code) == text,
                func.lower(Product.name).like(f"{pattern}%", escape="\\"),
            )
        )
    if category is not None:
        stmt = stmt.where(Product.category == category)
    if is_active is not None:
        stmt = stmt.where(Product.is_active.is_(is_active))
    return stmt


async def products_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Product]:
    return await policy.rows_by_ids(session, user, PRODUCT.name, ids)


def price_lists_filtered(
    user: CurrentUser, *, is_active: bool | None = None, valid_on: date | None = None
) -> Select[Any]:
    policy.grant_for(user, PRODUCT.name, "read")
    stmt = select(PriceList).where(PriceList.org_id == user.org_id)
    if is_active is not None:
        stmt = stmt.where(PriceList.is_active.is_(is_active))
    if valid_on is not None:
        stmt = stmt.where(
            or_(PriceList.valid_from.is_(None), PriceList.valid_from <= valid_on),
            or_(PriceList.valid_to.is_(None), PriceList.valid_to >= valid_on),
        )
    return stmt


async def price_lists_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, PriceList]:
    if not ids:
        return {}
    stmt = price_lists_filtered(user).where(PriceList.id.in_(list(set(ids))))
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def price_list_items(
    session: AsyncSession, user: CurrentUser, price_list_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[PriceListItem]]:
    policy.grant_for(user, PRODUCT.name, "read")
    stmt = (
        select(PriceListItem)
        .where(
            PriceListItem.org_id == user.org_id,
            PriceListItem.price_list_id.in_(list(set(price_list_ids))),
        )
        .order_by(PriceListItem.price_list_id, PriceListItem.created_at, PriceListItem.id)
    )
    grouped: dict[uuid.UUID, list[PriceListItem]] = {i: [] for i in price_list_ids}
    for item in (await session.execute(stmt)).scalars():
        grouped[item.price_list_id].append(item)
    return grouped


def price_list_valid_on(price_list: PriceList, day: date) -> bool:
    return (
        price_list.is_active
        and (price_list.valid_from is None or price_list.valid_from <= day)
        and (price_list.valid_to is None or price_list.valid_to >= day)
    )


# --- products -------------------------------------------------------------------------------


async def create_product(
    session: AsyncSession, user: CurrentUser, values: Mapping[str, Any]
) -> Product:
    policy.grant_for(user, PRODUCT.name, "create")
    problems = _unwritable(user, values)
    product = Product(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        category="",
        unit="个",
        currency=money.DEFAULT_CURRENCY,
        is_active=True,
        description="",
    )
    wanted = {"unit": "个", "currency": money.DEFAULT_CURRENCY, **values}
    changes = await _apply(session, user, product, wanted, problems, creating=True)
    if problems:
        raise InvalidInputError(problems)
    session.add(product)
    await session.flush()
    _record(session, user, "product.created", product.id, product.name, changes)
    return product


async def update_product(
    session: AsyncSession, user: CurrentUser, product_id: uuid.UUID, values: Mapping[str, Any]
) -> Product:
    product: Product = await policy.require_row(
        session, user, PRODUCT.name, "update", product_id, lock=True
    )
    problems = _unwritable(user, values)
    changes = await _apply(session, user, product, values, problems, creating=False)
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if changes:
        _record(session, user, "product.updated", product.id, product.name, changes)
    return product


async def _apply(
    session: AsyncSession,
    user: CurrentUser,
    product: Product,
    values: Mapping[str, Any],
    problems: list[ServiceError],
    *,
    creating: bool,
) -> dict[str, audit.FieldChange]:
    changes: dict[str, audit.FieldChange] = {}

    def put(attr: str, field: str, value: Any) -> None:
        before = None if creating else getattr(product, attr)
        if creating or value != getattr(product, attr):
            changes[field] = audit.FieldChange(
                str(before) if isinstance(before, Decimal) else before,
                str(value) if isinstance(value, Decimal) else value,
            )
            setattr(product, attr, value)

    for key, limit in _LIMITS.items():
        if key not in values and not (creating and key in _REQUIRED):
            continue
        text = (values.get(key) or "").strip()
        if key in _REQUIRED and not text:
            problems.append(ServiceError("REQUIRED", key))
        elif len(text) > limit:
            problems.append(ServiceError("TOO_LONG", key, max=limit))
        elif key == "code" and await _code_taken(session, user, text, product.id):
            problems.append(ServiceError("PRODUCT_CODE_TAKEN", "code"))
        else:
            put(key, key, text)
    if "list_price" in values or creating:
        raw = values.get("list_price")
        if raw is None:
            problems.append(ServiceError("REQUIRED", "listPrice"))
        elif (price := money.amount(raw, "listPrice", problems)) is not None:
            put("list_price", "listPrice", price)
    code = money.currency(values["currency"], "currency", problems) if "currency" in values else ""
    if code:
        put("currency", "currency", code)
    if values.get("is_active") is not None:
        put("is_active", "isActive", bool(values["is_active"]))
    return changes


async def _code_taken(
    session: AsyncSession, user: CurrentUser, code: str, own_id: uuid.UUID
) -> bool:
    stmt = select(Product.id).where(
        Product.org_id == user.org_id,
        func.lower(Product.code) == code.lower(),
        Product.id != own_id,
    )
    return (await session.execute(stmt)).first() is not None


# --- price lists ----------------------------------------------------------------------------


async def create_price_list(
    session: AsyncSession, user: CurrentUser, values: Mapping[str, Any]
) -> PriceList:
    policy.grant_for(user, PRODUCT.name, "create")
    price_list = PriceList(id=uuid7(), org_id=user.org_id, created_by=user.id, is_active=True)
    problems: list[ServiceError] = []
    changes = _apply_price_list(
        price_list, {"currency": money.DEFAULT_CURRENCY, **values}, problems, creating=True
    )
    if problems:
        raise InvalidInputError(problems)
    session.add(price_list)
    await session.flush()
    _record(session, user, "price_list.created", price_list.id, price_list.name, changes)
    return price_list


async def update_price_list(
    session: AsyncSession, user: CurrentUser, price_list_id: uuid.UUID, values: Mapping[str, Any]
) -> PriceList:
    price_list = await _price_list_for_update(session, user, price_list_id, "id")
    problems: list[ServiceError] = []
    if "currency" in values and values["currency"] != price_list.currency:
        items = (await price_list_items(session, user, [price_list.id]))[price_list.id]
        if items:  # the prices were given in the old currency
            problems.append(
                ServiceError("CURRENCY_MISMATCH", "currency", expected=price_list.currency)
            )
    changes = _apply_price_list(price_list, values, problems, creating=False)
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if changes:
        _record(session, user, "price_list.updated", price_list.id, price_list.name, changes)
    return price_list


async def set_price_list_items(
    session: AsyncSession,
    user: CurrentUser,
    price_list_id: uuid.UUID,
    items: Sequence[Mapping[str, Any]],
) -> PriceList:
    """Replaces the list's prices: [{product, price}], each product once."""
    price_list = await _price_list_for_update(session, user, price_list_id, "priceListId")
    problems: list[ServiceError] = []
    product_ids = [item["product"] for item in items]
    found = await products_by_ids(session, user, product_ids)
    seen: set[uuid.UUID] = set()
    rows = []
    for index, item in enumerate(items):
        if item["product"] not in found:
            problems.append(ServiceError("NOT_FOUND", f"items.{index}.productId"))
        elif item["product"] in seen:
            problems.append(ServiceError("DUPLICATE_PRODUCT", f"items.{index}.productId"))
        seen.add(item["product"])
        price = money.amount(item.get("price"), f"items.{index}.price", problems)
        rows.append((item["product"], price))
    if problems:
        raise InvalidInputError(problems)
    before = {
        str(i.product_id): str(i.price)
        for i in (await price_list_items(session, user, [price_list.id]))[price_list.id]
    }
    await session.execute(delete(PriceListItem).where(PriceListItem.price_list_id == price_list.id))
    for product_id, price in rows:
        session.add(
            PriceListItem(
                id=uuid7(),
                org_id=user.org_id,
                created_by=user.id,
                price_list_id=price_list.id,
                product_id=product_id,
                price=price,
            )
        )
    await session.flush()
    after = {str(product_id): str(price) for product_id, price in rows}
    if before != after:
        _record(
            session,
            user,
            "price_list.items_set",
            price_list.id,
            price_list.name,
            {"items": audit.FieldChange(before, after)},
        )
    return price_list


async def _price_list_for_update(
    session: AsyncSession, user: CurrentUser, price_list_id: uuid.UUID, field: str
) -> PriceList:
    policy.grant_for(user, PRODUCT.name, "update")
    stmt = (
        select(PriceList)
        .where(PriceList.org_id == user.org_id, PriceList.id == price_list_id)
        .with_for_update()
    )
    price_list = (await session.execute(stmt)).scalar_one_or_none()
    if price_list is None:
        raise ServiceError("NOT_FOUND", field)
    return price_list


def _apply_price_list(
    price_list: PriceList,
    values: Mapping[str, Any],
    problems: list[ServiceError],
    *,
    creating: bool,
) -> dict[str, audit.FieldChange]:
    changes: dict[str, audit.FieldChange] = {}

    def put(attr: str, field: str, value: Any) -> None:
        before = None if creating else getattr(price_list, attr)
        if creating or value != before:
            changes[field] = audit.FieldChange(
                before.isoformat() if isinstance(before, date) else before,
                value.isoformat() if isinstance(value, date) else value,
            )
            setattr(price_list, attr, value)

    if "name" in values or creating:
        name = (values.get("name") or "").strip()
        if not name:
            problems.append(ServiceError("REQUIRED", "name"))
        elif len(name) > 100:
            problems.append(ServiceError("TOO_LONG", "name", max=100))
        else:
            put("name", "name", name)
    code = money.currency(values["currency"], "currency", problems) if "currency" in values else ""
    if code:
        put("currency", "currency", code)
    for attr, field in (("valid_from", "validFrom"), ("valid_to", "validTo")):
        if attr in values:
            put(attr, field, values[attr])
    if values.get("is_active") is not None:
        put("is_active", "isActive", bool(values["is_active"]))
    valid_from = values.get("valid_from", None if creating else price_list.valid_from)
    valid_to = values.get("valid_to", None if creating else price_list.valid_to)
    if valid_from is not None and valid_to is not None and valid_from > valid_to:
        problems.append(ServiceError("VALIDITY_INVALID", "validTo"))
    return changes


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    object_id: uuid.UUID,
    name: str,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=PRODUCT.name,
        object_id=object_id,
        changes=changes,
        details={"name": name},
    )
