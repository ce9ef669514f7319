"""Key rotation re-encrypts every personal-data value, in batches, losing nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.customers.models import Customer
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.security import rotation
from junlite.security.crypto import add_key_to_file, load_key_file, load_or_create_key_file
from junlite.security.models import KeyRotation
from junlite.security.vault import Vault
from tests.factories import Factory
from tests.test_seed_and_cli import run_cli

ROWS = 1_150  # three batches of BATCH_SIZE


async def _customers(database: Database, factory: Factory, vault: Vault) -> dict[str, str]:
    org = await factory.create_org()
    phones = {}
    async with database.transaction() as session:
        for number in range(ROWS):
            customer = Customer(id=uuid7(), org_id=org.id, name=f"客户{number}", notes="")
            phone = f"+86138{number:08d}"
            vault.write(customer, "phone", "phone", phone)
            if number % 2:
                vault.write(customer, "id_card", "id_card", "11010519491231002X")
            session.add(customer)
            phones[str(customer.id)] = phone
    return phones


async def _phone_token(session: AsyncSession, customer_id: object) -> str | None:
    stmt = select(Customer.phone_encrypted).where(Customer.id == customer_id)
    return (await session.execute(stmt)).scalar_one()


async def test_rotation_moves_every_value_to_the_new_key_and_loses_nothing(
    database: Database, app_database: Database, factory: Factory, tmp_path: Path
) -> None:
    key_file = tmp_path / "keys.json"
    old = Vault(load_or_create_key_file(key_file))
    phones = await _customers(database, factory, old)
    async with database.sessionmaker() as session:
        stamps_before = dict(
            (await session.execute(select(Customer.id, Customer.updated_at))).all()
        )
        indexes_before = dict(
            (await session.execute(select(Customer.id, Customer.phone_index))).all()
        )

    new_key = add_key_to_file(key_file)
    new = Vault(load_key_file(key_file))
    assert new.active_key_id == new_key
    rotation_id = await rotation.start_rotation(app_database, new)
    seen: list[int] = []
    result = await rotation.run_rotation(
        app_database, new, rotation_id, lambda r: seen.append(r.done)
    )
    assert (result.status, result.total, result.done, result.failed) == ("done", ROWS, ROWS, 0)
    assert seen == [500, 1000, ROWS, ROWS]  # progress after each batch

    async with database.sessionmaker() as session:
        assert await rotation.values_per_key(session) == {new_key: ROWS + ROWS // 2}
        customers = (await session.execute(select(Customer))).scalars().all()
        for customer in customers:
            assert new.read(customer, "phone") == phones[str(customer.id)]
            assert customer.updated_at == stamps_before[customer.id]
            assert customer.phone_index == indexes_before[customer.id]
        # The old key alone can no longer read them: the values really moved.
        assert all(c.phone_encrypted.startswith(f"v1:{new_key}:") for c in customers)

    again = await rotation.run_rotation(
        app_database, new, await rotation.start_rotation(app_database, new)
    )
    assert (again.total, again.done) == (0, 0)


async def test_a_value_that_does_not_decrypt_is_reported_and_kept(
    database: Database, app_database: Database, factory: Factory, tmp_path: Path
) -> None:
    key_file = tmp_path / "keys.json"
    old = Vault(load_or_create_key_file(key_file))
    await _customers(database, factory, old)
    async with database.transaction() as session:
        first, second = (
            (
                await session.execute(
                    select(Customer.id).where(Customer.id_card_encrypted.is_(None)).limit(2)
                )
            )
            .scalars()
            .all()
        )
        # A value copied into another row: bound to its own row, it fails to decrypt there.
        await session.execute(
            text(
                "UPDATE customers SET phone_encrypted ="
                " (SELECT phone_encrypted FROM customers WHERE id = :a) WHERE id = :b"
            ),
            {"a": first, "b": second},
        )
        moved = (
            await session.execute(select(Customer.phone_encrypted).where(Customer.id == second))
        ).scalar_one()
    add_key_to_file(key_file)
    new = Vault(load_key_file(key_file))
    result = await rotation.run_rotation(
        app_database, new, await rotation.start_rotation(app_database, new)
    )
    assert (result.done, result.failed) == (ROWS - 1, 1)
    async with database.sessionmaker() as session:
        kept = (
            await session.execute(select(Customer.phone_encrypted).where(Customer.id == second))
        ).scalar_one()
        row = await session.get(KeyRotation, result.id)
    assert kept == moved
    assert row is not None
    assert row.status == "done"


async def test_the_keys_commands(
    settings, tmp_path: Path, database: Database, factory: Factory
) -> None:
    key_file = tmp_path / "cli-keys.json"
    env = {"JUNLITE_KEY_FILE": str(key_file)}
    vault = Vault(load_or_create_key_file(key_file))
    await _customers(database, factory, vault)
    added = run_cli(settings, "keys", "add", **env)
    assert added.returncode == 0, added.stderr
    new_key = load_key_file(key_file).ring.active_key_id
    rotated = run_cli(settings, "keys", "rotate", **env)
    assert rotated.returncode == 0, rotated.stderr
    assert f"rotation done: {ROWS} rows, 0 failed" in rotated.stdout
    status = run_cli(settings, "keys", "status", **env)
    assert f"{new_key}: {ROWS + ROWS // 2} values" in status.stdout
