"""GraphQL of the tasks domain: tasks and task types, and follow-up plans."""

from strawberry.tools import merge_types

from junlite.tasks.graphql import plans, tasks

Query = merge_types("TasksQuery", (tasks.Query, plans.Query))
Mutation = merge_types("TasksMutation", (tasks.Mutation, plans.Mutation))
