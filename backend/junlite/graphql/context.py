"""The request context: resources, the acting user, the request's session and DataLoaders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from junlite.audit import service as audit
from junlite.auth.service import CurrentUser, RequestOrigin
from junlite.errors import DEFAULT_LOCALE, AccessError

if TYPE_CHECKING:
    from arq.connections import ArqRedis
    from redis.asyncio import Redis
    from sqlalchemy.ext.asyncio import AsyncSession

    from junlite.config import Settings
    from junlite.db.session import Database
    from junlite.runtime.pubsub import PubSubHub
    from junlite.security.vault import Vault

LoaderT = TypeVar("LoaderT", bound=DataLoader[Any, Any])


@dataclass
class Resources:
    """What a process opens once and every request shares."""

    settings: Settings
    database: Database
    redis: Redis
    pubsub: PubSubHub
    vault: Vault
    queue: ArqRedis | None = None


class Loaders:
    """DataLoaders created on first use, one per relation, living as long as one request."""

    def __init__(self) -> None:
        self._loaders: dict[str, DataLoader[Any, Any]] = {}

    def get(self, name: str, factory: Callable[[], LoaderT]) -> LoaderT:
        loader = self._loaders.get(name)
        if loader is None:
            loader = factory()
            self._loaders[name] = loader
        return loader  # type: ignore[return-value]


class Context(BaseContext):
    def __init__(
        self,
        resources: Resources,
        *,
        user: CurrentUser | None,
        origin: RequestOrigin,
        locale: str | None,
        request_id: str = "",
    ) -> None:
        super().__init__()
        self.resources = resources
        self.user = user
        self.origin = origin
        self.request_id = request_id
        # Why a presented token was not accepted, reported when a field needs a user.
        self.auth_error: AccessError | None = None
        self._locale = locale
        self.loaders = Loaders()
        self._session: AsyncSession | None = None
        self.query_cost: dict[str, Any] | None = None

    @property
    def settings(self) -> Settings:
        return self.resources.settings

    @property
    def redis(self) -> Redis:
        return self.resources.redis

    @property
    def vault(self) -> Vault:
        return self.resources.vault

    @property
    def locale(self) -> str:
        if self.user is not None:
            return self.user.locale
        return self._locale or DEFAULT_LOCALE

    @property
    def session(self) -> AsyncSession:
        """The request's session, opened on first use; the request commits or rolls it back."""
        if self._session is None:
            self._session = self.resources.database.sessionmaker()
            audit.attach_request(
                self._session,
                audit.RequestInfo(
                    ip_address=self.origin.ip_address,
                    user_agent=self.origin.user_agent,
                    request_id=self.request_id,
                ),
            )
        return self._session

    async def end_transaction(self, *, commit: bool) -> None:
        """Commit or roll back the request's work, if it opened a session at all."""
        session, self._session = self._session, None
        if session is None:
            return
        try:
            if commit:
                await session.commit()
            else:
                await session.rollback()
                await audit.write_kept_after_rollback(session)
        finally:
            await session.close()

    def require_user(self) -> CurrentUser:
        if self.user is None:
            raise self.auth_error or AccessError("UNAUTHENTICATED")
        return self.user
