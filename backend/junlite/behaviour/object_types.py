"""Behaviour data as the policy layer knows it.

Events belong to no user or team themselves; they follow their customer. A role's row scope on
`behaviour` is applied to the customer an event is about (service.customers_in_scope), and
whoever may read a customer may read that customer's events.
"""

from __future__ import annotations

from junlite.auth.policy import ObjectType, register
from junlite.behaviour.models import BehaviourEvent

BEHAVIOUR = register(
    ObjectType(
        name="behaviour",
        label="行为数据",
        model=BehaviourEvent,
        graphql_type="BehaviourEvent",
        owner=None,
        team=None,
    )
)
