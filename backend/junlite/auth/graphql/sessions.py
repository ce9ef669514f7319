"""Signing in and out: login, refreshToken, logout."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from junlite.auth import service
from junlite.auth.graphql.types import UserType
from junlite.errors import ServiceError
from junlite.graphql.errors import UserError, user_errors_from
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.notify import inbox
from junlite.runtime.metrics import LOGINS

# --- mutations ------------------------------------------------------------------------------


@strawberry.input
class LoginInput:
    login: str = strawberry.field(description="Email address or mobile phone number.")
    password: str


@strawberry.type(description="Tokens for a signed-in session.")
class AuthPayload:
    access_token: str | None = None
    access_token_expires_at: datetime | None = None
    refresh_token: str | None = strawberry.field(
        default=None, description="Opaque; send it once to refreshToken, then use the new one."
    )
    refresh_token_expires_at: datetime | None = None
    user: UserType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)

    @strawberry.field(
        description="How many notifications arrived while you were away (null when refused): "
        "list them with notifications(filter: {unread: true})."
    )
    async def unread_notification_count(self, info: Info) -> int | None:
        signed_in = info.context.user
        if self.user is None or signed_in is None:
            return None
        return await inbox.unread_count(info.context.session, signed_in)


@strawberry.input
class RefreshTokenInput:
    refresh_token: str


@strawberry.input
class LogoutInput:
    all_sessions: bool = strawberry.field(
        default=False, description="End every session of this user, on every device."
    )


@strawberry.type
class LogoutPayload:
    sessions_ended: int | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


async def _auth_payload(info: Info, tokens: service.SessionTokens) -> AuthPayload:
    context = info.context
    # From here on the request speaks for the signed-in user, so the payload's `user` and its
    # relations resolve as they would for that user's own requests.
    context.user = await service.load_current_user(
        context.session,
        tokens.user_id,
        tokens.org_id,
        tokens.session_id,
        int(tokens.access_token_expires_at.timestamp()),
    )
    row = await service.get_user(context.session, tokens.user_id)
    return AuthPayload(
        access_token=tokens.access_token,
        access_token_expires_at=tokens.access_token_expires_at,
        refresh_token=tokens.refresh_token,
        refresh_token_expires_at=tokens.refresh_token_expires_at,
        user=UserType.from_row(row, info) if row else None,
    )


@strawberry.type
class SessionMutation:
    @strawberry.mutation(description="Sign in with email or mobile number and password.")
    async def login(self, info: Info, input: LoginInput) -> AuthPayload:
        context = info.context

        async def action() -> AuthPayload:
            try:
                tokens = await service.login(
                    context.session,
                    context.redis,
                    context.settings,
                    context.vault,
                    input.login,
                    input.password,
                    context.origin,
                )
            except ServiceError as error:
                LOGINS.labels(error.code.lower()).inc()
                raise
            LOGINS.labels("ok").inc()
            return await _auth_payload(info, tokens)

        return await run_mutation(
            info, operation="login", input=input, payload_type=AuthPayload, action=action
        )

    @strawberry.mutation(description="Trade a refresh token for new tokens (the old one retires).")
    async def refresh_token(self, info: Info, input: RefreshTokenInput) -> AuthPayload:
        context = info.context

        async def action() -> AuthPayload:
            outcome = await service.refresh_session(
                context.session,
                context.redis,
                context.settings,
                input.refresh_token,
                context.origin,
            )
            if outcome.tokens is None:
                error = ServiceError("REFRESH_TOKEN_REUSED", "refreshToken")
                # Not raised: the family's revocation must be committed.
                return AuthPayload(user_errors=user_errors_from(error, context.locale))
            return await _auth_payload(info, outcome.tokens)

        return await run_mutation(
            info, operation="refreshToken", input=input, payload_type=AuthPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="End this session.")
    async def logout(self, info: Info, input: LogoutInput | None = None) -> LogoutPayload:
        context = info.context
        user = context.require_user()
        all_sessions = input.all_sessions if input else False

        async def action() -> LogoutPayload:
            ended = await service.logout(
                context.session, context.redis, context.settings, user, all_sessions=all_sessions
            )
            return LogoutPayload(sessions_ended=ended)

        return await run_mutation(
            info, operation="logout", input=input, payload_type=LogoutPayload, action=action
        )
