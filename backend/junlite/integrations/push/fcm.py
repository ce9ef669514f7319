"""Push through Firebase Cloud Messaging (HTTP v1), with the customer's chosen SDK, firebase-admin.

- Credentials: a service-account key file (JUNLITE_FCM_CREDENTIALS_FILE); its private key signs a
  JWT that its `token_uri` trades for an OAuth2 access token, refreshed before it expires (in a
  thread: google-auth refreshes with blocking HTTP) and again if FCM answers 401.
- FCM has no idempotency key. A message carries our delivery's key in its data (the app can
  drop a repeat) and its tag as Android's `tag`, the web's `tag` and APNs' `apns-collapse-id`, so
  a push sent twice after a crash replaces itself on the phone instead of showing twice.
- The SDK's own retry re-sends a POST on 500/503 up to four times within one call, ignoring
  Retry-After; it is switched off: one attempt per call, and the outbox retries later with its
  backoff, honouring Retry-After (our delivery record is what keeps a retry from doubling).
- firebase-admin 7.7.0 has no option for the FCM URL; `endpoint` (tests, a relay) sets it on the
  SDK's messaging service, which this module checks it can still do (the version is pinned).
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import threading
import time
import uuid
import warnings
from typing import Any

import firebase_admin
import google.auth.exceptions
import google.auth.transport.requests
from firebase_admin import credentials, exceptions, messaging
from firebase_admin._http_client import HttpxAsyncClient
from firebase_admin._retry import HttpxRetry

from junlite.config import Settings
from junlite.integrations.outcome import SendOutcome, SendStatus
from junlite.integrations.push.base import PushMessage

HTTP_TIMEOUT_SECONDS = 10
# apns-collapse-id is at most 64 bytes; longer tags are hashed to fit.
MAX_COLLAPSE_ID = 64
# The field app's Android channel for reminders (high importance: shown as a heads-up banner);
# the app creates it before registering its token (mobile/src/features/notifications/push.ts).
ANDROID_CHANNEL_ID = "reminders"
_RETRYABLE = (
    messaging.QuotaExceededError,
    messaging.ThirdPartyAuthError,  # the APNs key or certificate: an operator fixes it
    exceptions.ResourceExhaustedError,
    exceptions.UnavailableError,
    exceptions.InternalError,
    exceptions.DeadlineExceededError,
    exceptions.UnauthenticatedError,
    exceptions.PermissionDeniedError,
    exceptions.UnknownError,  # no answer at all: connection refused, timeout
)


class FcmConfigError(RuntimeError):
    """JUNLITE_FCM_CREDENTIALS_FILE is missing or is not a service-account key file."""


class FcmPushSender:
    name = "fcm"

    def __init__(self, settings: Settings, *, endpoint: str | None = None) -> None:
        path = settings.fcm_credentials_file
        if path is None:
            raise FcmConfigError("set JUNLITE_FCM_CREDENTIALS_FILE to the service-account key file")
        try:
            certificate = credentials.Certificate(str(path))
        except (OSError, ValueError) as error:
            raise FcmConfigError(f"JUNLITE_FCM_CREDENTIALS_FILE: {error}") from error
        project = settings.fcm_project_id or certificate.project_id
        if not project:
            raise FcmConfigError("set JUNLITE_FCM_PROJECT_ID (the key file names no project)")
        self.project_id: str = project
        self._app = firebase_admin.initialize_app(
            certificate,
            {"projectId": project, "httpTimeout": HTTP_TIMEOUT_SECONDS},
            name=f"junlite-fcm-{uuid.uuid4().hex}",
        )
        self._credential = certificate.get_credential()
        self._refreshing = threading.Lock()
        service = messaging._get_messaging_service(self._app)
        for attribute in ("_fcm_url", "_async_client", "_credential"):
            if not hasattr(service, attribute):
                raise FcmConfigError(f"firebase-admin changed: no {attribute}; check the pin")
        service._async_client = HttpxAsyncClient(
            credential=service._credential,
            timeout=HTTP_TIMEOUT_SECONDS,
            retry_config=HttpxRetry(max_retries=0),
        )
        if endpoint is not None:
            service._fcm_url = f"{endpoint.rstrip('/')}/v1/projects/{project}/messages:send"
        self._service = service

    async def send(self, message: PushMessage, *, idempotency_key: str) -> SendOutcome:
        try:
            if not self._credential.valid:
                await asyncio.to_thread(self._fresh_access_token)
        except google.auth.exceptions.GoogleAuthError as error:
            return SendOutcome(SendStatus.RETRY, error=f"OAuth token: {error}")
        batch = await messaging.send_each_async(
            [fcm_message(message, idempotency_key)], app=self._app
        )
        response = batch.responses[0]
        if response.success:
            return SendOutcome(SendStatus.SENT, provider_message_id=response.message_id)
        return outcome_of(response.exception)

    def _fresh_access_token(self) -> None:
        """Refreshed here, off the event loop, so the SDK's request finds it valid."""
        with self._refreshing:
            if not self._credential.valid:
                self._credential.refresh(google.auth.transport.requests.Request())

    async def aclose(self) -> None:
        await self._service._async_client.aclose()
        self._service._client.close()
        # delete_app would close the async client again with asyncio.run(): done above.
        self._service.close = lambda: None
        firebase_admin.delete_app(self._app)


def collapse_id(tag: str) -> str:
    if len(tag.encode()) <= MAX_COLLAPSE_ID:
        return tag
    return hashlib.sha256(tag.encode()).hexdigest()


def fcm_message(message: PushMessage, idempotency_key: str) -> messaging.Message:
    # FCM's data payload takes strings only.
    data = {str(key): str(value) for key, value in message.data.items()}
    data["idempotencyKey"] = idempotency_key
    tag = message.tag
    with warnings.catch_warnings():
        # 7.x deprecates `token` for Firebase installation ids; the app registers what its
        # messaging().getToken() returns, a registration token, which FCM v1 takes as `token`.
        warnings.filterwarnings("ignore", "Message.token is deprecated", DeprecationWarning)
        return _message(message, data, tag)


def _message(message: PushMessage, data: dict[str, str], tag: str | None) -> messaging.Message:
    return messaging.Message(
        token=message.token,
        notification=messaging.Notification(title=message.title, body=message.body or None),
        data=data,
        android=messaging.AndroidConfig(
            priority="high",
            notification=messaging.AndroidNotification(tag=tag, channel_id=ANDROID_CHANNEL_ID),
        ),
        apns=messaging.APNSConfig(headers={"apns-collapse-id": collapse_id(tag)}) if tag else None,
        webpush=messaging.WebpushConfig(notification=messaging.WebpushNotification(tag=tag))
        if tag
        else None,
    )


def outcome_of(error: Exception | None) -> SendOutcome:
    """What an FCM error means for the delivery."""
    text = str(error) if error is not None else "no answer"
    if isinstance(error, messaging.UnregisteredError | messaging.SenderIdMismatchError):
        return SendOutcome(SendStatus.UNREGISTERED, error=text)
    if isinstance(error, exceptions.InvalidArgumentError):
        if _names_the_token(error):
            return SendOutcome(SendStatus.UNREGISTERED, error=text)
        return SendOutcome(SendStatus.REJECTED, error=text)
    if isinstance(error, _RETRYABLE):
        return SendOutcome(SendStatus.RETRY, error=text, retry_after=_retry_after(error))
    return SendOutcome(SendStatus.REJECTED, error=text)


def _error_body(error: exceptions.FirebaseError) -> dict[str, Any]:
    response = error.http_response
    try:
        body = response.json() if response is not None else {}
    except ValueError:
        return {}
    return body.get("error", {}) if isinstance(body, dict) else {}


def _names_the_token(error: exceptions.FirebaseError) -> bool:
    """FCM answers a malformed token with INVALID_ARGUMENT and a field violation on
    `message.token`: the token will never work, like an unregistered one."""
    body = _error_body(error)
    for detail in body.get("details", []):
        for violation in detail.get("fieldViolations", []) or []:
            if violation.get("field") == "message.token":
                return True
    return "registration token" in str(body.get("message", "")).lower()


def _retry_after(error: exceptions.FirebaseError) -> float | None:
    response = error.http_response
    header = response.headers.get("Retry-After") if response is not None else None
    if not header:
        return None
    header = header.strip()
    if header.isdigit():
        return float(header)
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)
