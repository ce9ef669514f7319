"""Application-made ids: time-ordered v7 UUIDs, unique however fast they are made, and never
repeated by a forked process."""

from __future__ import annotations

import os
import uuid

from junlite.db.ids import uuid7, uuid7_batch

RANDOM_BITS = (1 << 62) - 1


def test_ids_are_version_7_in_order_and_unique() -> None:
    made = [uuid7() for _ in range(20_000)] + uuid7_batch(20_000) + [uuid7() for _ in range(10)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    assert {(one.version, one.variant) for one in made} == {(7, uuid.RFC_4122)}


def test_a_forked_process_does_not_repeat_its_parents_random_bits() -> None:
    uuid7()  # the parent has random bytes waiting in its pool
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.write(writer, uuid7().bytes)
        os._exit(0)
    os.close(writer)
    os.waitpid(child, 0)
    childs = uuid.UUID(bytes=os.read(reader, 16))
    os.close(reader)
    parents = uuid7()
    assert childs.int & RANDOM_BITS != parents.int & RANDOM_BITS


def test_ids_read_from_the_database_bind_as_uuids_without_asking_the_orm() -> None:
    from asyncpg.pgproto import pgproto
    from sqlalchemy.sql.sqltypes import Uuid, _resolve_value_to_type

    import junlite.db.session  # noqa: F401  (registers the type)

    read = pgproto.UUID(str(uuid7()))
    assert isinstance(_resolve_value_to_type(read), Uuid)
