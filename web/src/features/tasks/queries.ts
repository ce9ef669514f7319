import { graphql } from "../../gql";

export const TASK_FIELDS = graphql(`
  fragment TaskFields on Task {
    id title notes dueAt priority status outcome postponedCount lastPostponeReason
    completedAt cancelledAt cancelReason createdAt isOverdue subjectId
    type { id name key }
    assignee { id displayName }
    subject {
      __typename
      ... on Customer { id name }
      ... on Contact { id name }
      ... on Opportunity { id name }
      ... on Lead { id name company }
    }
    reminders { id minutesBefore fireAt firesAt }
  }
`);

export const TASKS = graphql(`
  query TaskList($first: Int!, $after: String, $filter: TaskFilterInput, $orderBy: TaskOrderField!, $descending: Boolean!) {
    tasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...TaskFields }
    }
  }
`);

export const TASK = graphql(`
  query TaskDetail($id: ID!) {
    node(id: $id) { __typename ... on Task { ...TaskFields } }
  }
`);

export const TASK_TYPES = graphql(`
  query TaskTypes {
    taskTypes { id name key archived }
  }
`);

export const TASK_USERS = graphql(`
  query TaskUsers {
    users(first: 100, filter: { isActive: true }, orderBy: DISPLAY_NAME) { nodes { id displayName team { id name } } }
  }
`);

export const SUBJECT_SEARCH = graphql(`
  query TaskSubjectSearch($search: String!, $leads: Boolean!, $customers: Boolean!, $opportunities: Boolean!) {
    leads(first: 10, filter: { search: $search }) @include(if: $leads) { nodes { id name company } }
    customers(first: 10, filter: { search: $search }) @include(if: $customers) { nodes { id name } }
    opportunities(first: 10, filter: { search: $search }) @include(if: $opportunities) { nodes { id name } }
  }
`);

export const CREATE_TASK = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { task { ...TaskFields } userErrors { field code message } }
  }
`);

export const UPDATE_TASK = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { task { ...TaskFields } userErrors { field code message } }
  }
`);

export const ASSIGN_TASK = graphql(`
  mutation AssignTask($input: AssignTaskInput!) {
    assignTask(input: $input) { task { ...TaskFields } userErrors { field code message } }
  }
`);

export const COMPLETE_TASK = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }
  }
`);

export const POSTPONE_TASK = graphql(`
  mutation PostponeTask($input: PostponeTaskInput!) {
    postponeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }
  }
`);

export const CANCEL_TASK = graphql(`
  mutation CancelTask($input: CancelTaskInput!) {
    cancelTask(input: $input) { task { ...TaskFields } userErrors { field code message } }
  }
`);

export const REOPEN_TASK = graphql(`
  mutation ReopenTask($input: ReopenTaskInput!) {
    reopenTask(input: $input) { task { ...TaskFields } userErrors { field code message } }
  }
`);

export const BATCH_COMPLETE_TASKS = graphql(`
  mutation BatchCompleteTasks($input: BatchCompleteTasksInput!) {
    batchCompleteTasks(input: $input) {
      tasks { id status outcome }
      failures { index id code message }
      userErrors { field code message }
    }
  }
`);

export const BATCH_REASSIGN_TASKS = graphql(`
  mutation BatchReassignTasks($input: BatchReassignTasksInput!) {
    batchReassignTasks(input: $input) {
      tasks { id assignee { id displayName } }
      failures { index id code message }
      userErrors { field code message }
    }
  }
`);

export const PLAN_TEMPLATES = graphql(`
  query FollowUpPlanTemplates($includeArchived: Boolean!) {
    followUpPlanTemplates(includeArchived: $includeArchived) {
      id name description archived
      steps { dayOffset method outline goal timeOfDay }
      stats { runs active completed cancelled successful completionRate successRate }
    }
  }
`);

export const CREATE_PLAN_TEMPLATE = graphql(`
  mutation CreateFollowUpPlanTemplate($input: CreateFollowUpPlanTemplateInput!) {
    createFollowUpPlanTemplate(input: $input) { template { id name } userErrors { field code message } }
  }
`);

export const UPDATE_PLAN_TEMPLATE = graphql(`
  mutation UpdateFollowUpPlanTemplate($input: UpdateFollowUpPlanTemplateInput!) {
    updateFollowUpPlanTemplate(input: $input) { template { id name archived } userErrors { field code message } }
  }
`);

export const PLAN_RUN_FIELDS = graphql(`
  fragment PlanRunFields on FollowUpPlanRun {
    id name status goalAchieved startAt finishedAt createdAt
    assignee { id displayName }
    template { id name }
    subject {
      __typename
      ... on Customer { id name }
      ... on Contact { id name }
      ... on Opportunity { id name }
      ... on Lead { id name company }
    }
    steps {
      id position dayOffset method outline goal status outcome goalAchieved finishedAt
      task { id title dueAt status isOverdue }
    }
  }
`);

export const PLAN_RUNS = graphql(`
  query FollowUpPlanRuns($first: Int!, $after: String, $filter: FollowUpPlanRunFilter) {
    followUpPlanRuns(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...PlanRunFields }
    }
  }
`);

export const APPLY_PLAN = graphql(`
  mutation ApplyFollowUpPlan($input: ApplyFollowUpPlanInput!) {
    applyFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }
  }
`);

export const SKIP_PLAN_STEP = graphql(`
  mutation SkipFollowUpPlanStep($input: SkipFollowUpPlanStepInput!) {
    skipFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }
  }
`);

export const RESCHEDULE_PLAN_STEP = graphql(`
  mutation RescheduleFollowUpPlanStep($input: RescheduleFollowUpPlanStepInput!) {
    rescheduleFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }
  }
`);

export const ADD_PLAN_STEP = graphql(`
  mutation AddFollowUpPlanStep($input: AddFollowUpPlanStepInput!) {
    addFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }
  }
`);

export const CANCEL_PLAN = graphql(`
  mutation CancelFollowUpPlan($input: CancelFollowUpPlanInput!) {
    cancelFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }
  }
`);

export const TEAM_VISITS = graphql(`
  query TeamVisits($day: Date) {
    visits(filter: { day: $day }) {
      count
      checkedIn
      rep {
        id
        displayName
      }
      visits {
        id
        occurredAt
        content
        subject {
          __typename
          ... on Customer {
            id
            name
          }
          ... on Lead {
            id
            name
          }
          ... on Contact {
            id
            name
          }
          ... on Opportunity {
            id
            name
          }
        }
        checkIn {
          latitude
          longitude
          accuracyMeters
          address
          takenAt
          photos {
            id
            name
          }
        }
      }
    }
  }
`);
