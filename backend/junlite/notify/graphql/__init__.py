"""GraphQL for notifications: the inbox, the live stream, devices and preferences."""

from strawberry.tools import merge_types

from junlite.notify.graphql.deliveries import DeliveryMutation, DeliveryQuery
from junlite.notify.graphql.devices import DeviceMutation, DeviceQuery
from junlite.notify.graphql.inbox import InboxMutation, InboxQuery
from junlite.notify.graphql.preferences import PreferencesMutation, PreferencesQuery
from junlite.notify.graphql.subscription import NotificationSubscription

Query = merge_types("NotifyQuery", (InboxQuery, DeviceQuery, PreferencesQuery, DeliveryQuery))
Mutation = merge_types(
    "NotifyMutation", (InboxMutation, DeviceMutation, PreferencesMutation, DeliveryMutation)
)
Subscription = NotificationSubscription

__all__ = ["Mutation", "Query", "Subscription"]
