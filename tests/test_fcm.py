"""The FCM push adapter against a local fake of Google's OAuth endpoint and FCM's HTTP v1 API.

The fake is a real HTTP server on 127.0.0.1 (google-auth fetches tokens with `requests`, which
cannot be handed an in-process transport). It checks what Google checks: the service account's
signed JWT at the token endpoint, the bearer token it issued at FCM, and the message's shape; it
answers as FCM does, including its error bodies.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from junlite.config import Settings
from junlite.integrations.outcome import SendOutcome, SendStatus
from junlite.integrations.push.base import PushMessage
from junlite.integrations.push.fcm import FcmConfigError, FcmPushSender

PROJECT = "junlite-test"
CLIENT_EMAIL = "push@junlite-test.iam.gserviceaccount.com"
FCM_SCOPES = {
    "https://www.googleapis.com/auth/firebase.messaging",
    "https://www.googleapis.com/auth/cloud-platform",
}
FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError"


def _fcm_error(code: int, status: str, message: str, fcm_code: str | None = None) -> dict[str, Any]:
    details: list[dict[str, Any]] = []
    if fcm_code:
        details.append({"@type": FCM_ERROR, "errorCode": fcm_code})
    return {"error": {"code": code, "message": message, "status": status, "details": details}}


# What FCM answers for each token the tests send to: (status, headers, body).
ANSWERS: dict[str, tuple[int, dict[str, str], dict[str, Any]]] = {
    "gone-token": (
        404,
        {},
        _fcm_error(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED"),
    ),
    "busy-token": (
        503,
        {"Retry-After": "7"},
        _fcm_error(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE"),
    ),
    "quota-token": (
        429,
        {"Retry-After": "30"},
        _fcm_error(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", "QUOTA_EXCEEDED"),
    ),
    "bad-payload-token": (
        400,
        {},
        _fcm_error(400, "INVALID_ARGUMENT", "Invalid JSON payload received.", "INVALID_ARGUMENT"),
    ),
    "malformed": (
        400,
        {},
        {
            "error": {
                "code": 400,
                "message": "The registration token is not a valid FCM registration token",
                "status": "INVALID_ARGUMENT",
                "details": [
                    {"@type": FCM_ERROR, "errorCode": "INVALID_ARGUMENT"},
                    {
                        "@type": "type.googleapis.com/google.rpc.BadRequest",
                        "fieldViolations": [
                            {"field": "message.token", "description": "Invalid registration token"}
                        ],
                    },
                ],
            }
        },
    ),
}


@dataclass
class FakeGoogle:
    public_key: Any
    base_url: str = ""
    token_lifetime: int = 3600
    issued: list[str] = field(default_factory=list)
    revoked: set[str] = field(default_factory=set)
    sends: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def issue(self, form: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        if form.get("grant_type") != ["urn:ietf:params:oauth:grant-type:jwt-bearer"]:
            return 400, {"error": "unsupported_grant_type"}
        try:
            claims = jwt.decode(
                form["assertion"][0],
                self.public_key,
                algorithms=["RS256"],
                # google-auth names Google's token endpoint as the audience, wherever
                # token_uri points.
                audience="https://oauth2.googleapis.com/token",
                issuer=CLIENT_EMAIL,
            )
        except (KeyError, jwt.InvalidTokenError) as error:
            return 400, {"error": "invalid_grant", "error_description": str(error)}
        # FCM HTTP v1 takes either scope; firebase-admin asks for cloud-platform.
        if not FCM_SCOPES & set(claims["scope"].split()):
            return 400, {"error": "invalid_scope"}
        token = f"ya29.fake-{len(self.issued) + 1}"
        self.issued.append(token)
        return 200, {
            "access_token": token,
            "expires_in": self.token_lifetime,
            "token_type": "Bearer",
        }

    def deliver(
        self, path: str, headers: Any, body: dict[str, Any]
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        bearer = headers.get("Authorization", "").removeprefix("Bearer ")
        if bearer not in self.issued or bearer in self.revoked:
            self.refused.append(bearer)
            return 401, {}, _fcm_error(401, "UNAUTHENTICATED", "Invalid credentials.")
        if path != f"/v1/projects/{PROJECT}/messages:send":
            return 404, {}, _fcm_error(404, "NOT_FOUND", "Not found.")
        self.sends.append(body)
        message = body["message"]
        assert all(isinstance(value, str) for value in message.get("data", {}).values())
        answer = ANSWERS.get(message["token"])
        if answer is not None:
            return answer
        return 200, {}, {"name": f"projects/{PROJECT}/messages/{len(self.sends)}"}


def _handler(fake: FakeGoogle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path == "/token":
                status, payload = fake.issue(parse_qs(raw.decode()))
                extra: dict[str, str] = {}
            else:
                status, extra, payload = fake.deliver(self.path, self.headers, json.loads(raw))
            encoded = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(encoded)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(encoded)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def google(tmp_path: Path) -> Iterator[tuple[FakeGoogle, Path]]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    fake = FakeGoogle(public_key=key.public_key())
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    key_file = tmp_path / "service-account.json"
    key_file.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": PROJECT,
                "private_key_id": "k1",
                "private_key": pem,
                "client_email": CLIENT_EMAIL,
                "client_id": "1",
                "token_uri": f"{fake.base_url}/token",
            }
        )
    )
    try:
        yield fake, key_file
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
async def sender(google: tuple[FakeGoogle, Path]) -> Any:
    fake, key_file = google
    built = FcmPushSender(Settings(fcm_credentials_file=key_file), endpoint=fake.base_url)
    yield built
    await built.aclose()


def _push(token: str, tag: str | None = "task-42-reminder") -> PushMessage:
    return PushMessage(
        token=token,
        title="拜访华信科技",
        body="14:00 到期",
        data={"taskId": "VGFzazox"},
        tag=tag,
    )


async def test_a_push_is_sent_with_its_tag_on_every_platform(
    sender: FcmPushSender, google: tuple[FakeGoogle, Path]
) -> None:
    fake, _ = google
    outcome = await sender.send(_push("phone-token-1"), idempotency_key="jl-d1")
    assert outcome == SendOutcome(
        SendStatus.SENT, provider_message_id=f"projects/{PROJECT}/messages/1"
    )
    assert fake.issued == ["ya29.fake-1"]
    [sent] = fake.sends
    assert sent == {
        "message": {
            "token": "phone-token-1",
            "notification": {"title": "拜访华信科技", "body": "14:00 到期"},
            "data": {"taskId": "VGFzazox", "idempotencyKey": "jl-d1"},
            "android": {
                "priority": "high",
                "notification": {"tag": "task-42-reminder", "channel_id": "reminders"},
            },
            "apns": {"headers": {"apns-collapse-id": "task-42-reminder"}},
            "webpush": {"notification": {"tag": "task-42-reminder"}},
        }
    }
    # The access token is reused while it is valid.
    assert (await sender.send(_push("phone-token-2"), idempotency_key="jl-d2")).status == (
        SendStatus.SENT
    )
    assert fake.issued == ["ya29.fake-1"]


async def test_an_unregistered_token_says_drop_it(sender: FcmPushSender) -> None:
    outcome = await sender.send(_push("gone-token"), idempotency_key="jl-d1")
    assert outcome.status is SendStatus.UNREGISTERED
    assert outcome.retry_after is None


async def test_a_malformed_token_is_unregistered_too(sender: FcmPushSender) -> None:
    outcome = await sender.send(_push("malformed"), idempotency_key="jl-d1")
    assert outcome.status is SendStatus.UNREGISTERED


async def test_unavailable_is_retried_when_fcm_says(
    sender: FcmPushSender, google: tuple[FakeGoogle, Path]
) -> None:
    fake, _ = google
    outcome = await sender.send(_push("busy-token"), idempotency_key="jl-d1")
    assert (outcome.status, outcome.retry_after) == (SendStatus.RETRY, 7.0)
    # One attempt: the SDK's own retry (which re-sends the POST) is off; the outbox retries.
    assert len(fake.sends) == 1


async def test_quota_exceeded_is_retried_after_its_delay(sender: FcmPushSender) -> None:
    outcome = await sender.send(_push("quota-token"), idempotency_key="jl-d1")
    assert (outcome.status, outcome.retry_after) == (SendStatus.RETRY, 30.0)


async def test_an_invalid_message_is_rejected(sender: FcmPushSender) -> None:
    outcome = await sender.send(_push("bad-payload-token"), idempotency_key="jl-d1")
    assert outcome.status is SendStatus.REJECTED
    assert outcome.error is not None
    assert "Invalid JSON payload" in outcome.error


async def test_a_revoked_access_token_is_refreshed_and_the_send_goes_through(
    sender: FcmPushSender, google: tuple[FakeGoogle, Path]
) -> None:
    fake, _ = google
    assert (await sender.send(_push("phone-1"), idempotency_key="jl-d1")).status is SendStatus.SENT
    fake.revoked.add("ya29.fake-1")
    outcome = await sender.send(_push("phone-2"), idempotency_key="jl-d2")
    assert outcome.status is SendStatus.SENT
    assert fake.issued == ["ya29.fake-1", "ya29.fake-2"]
    assert fake.refused == ["ya29.fake-1"]
    assert [s["message"]["token"] for s in fake.sends] == ["phone-1", "phone-2"]


async def test_an_expiring_access_token_is_replaced_before_sending(
    sender: FcmPushSender, google: tuple[FakeGoogle, Path]
) -> None:
    fake, _ = google
    await sender.send(_push("phone-1"), idempotency_key="jl-d1")
    # An hour later: the access token has expired.
    credential = sender._credential
    credential.expiry = credential.expiry - timedelta(hours=1)
    outcome = await sender.send(_push("phone-2"), idempotency_key="jl-d2")
    assert outcome.status is SendStatus.SENT
    assert fake.issued == ["ya29.fake-1", "ya29.fake-2"]
    # Replaced before sending, not after FCM refused it.
    assert fake.refused == []


async def test_a_long_tag_still_collapses_on_ios(
    sender: FcmPushSender, google: tuple[FakeGoogle, Path]
) -> None:
    fake, _ = google
    await sender.send(_push("phone-1", tag="t" * 100), idempotency_key="jl-d1")
    collapse = fake.sends[0]["message"]["apns"]["headers"]["apns-collapse-id"]
    assert len(collapse) == 64
    assert fake.sends[0]["message"]["android"]["notification"]["tag"] == "t" * 100


async def test_an_unreachable_token_endpoint_is_a_retry(tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    key_file = tmp_path / "sa.json"
    key_file.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": PROJECT,
                "private_key": pem,
                "client_email": CLIENT_EMAIL,
                "token_uri": "http://127.0.0.1:9/token",
            }
        )
    )
    sender = FcmPushSender(Settings(fcm_credentials_file=key_file), endpoint="http://127.0.0.1:9")
    try:
        outcome = await sender.send(_push("phone-1"), idempotency_key="jl-d1")
        assert outcome.status is SendStatus.RETRY
        assert outcome.error is not None
        assert outcome.error.startswith("OAuth token")
    finally:
        await sender.aclose()


def test_missing_or_broken_credentials_are_named(tmp_path: Path) -> None:
    with pytest.raises(FcmConfigError, match="JUNLITE_FCM_CREDENTIALS_FILE"):
        FcmPushSender(Settings())
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "authorized_user"}')
    with pytest.raises(FcmConfigError, match="JUNLITE_FCM_CREDENTIALS_FILE"):
        FcmPushSender(Settings(fcm_credentials_file=broken))
