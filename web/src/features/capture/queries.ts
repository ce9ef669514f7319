import { graphql } from "../../gql";

export const ROUTING_RULES = graphql(`
  query RoutingRules {
    routingRules {
      id name position enabled action includeSubTeams memberCapacity followUpHours
      conditions { sources provinces cities productInterests tags campaigns scoreMin scoreMax }
      user { id displayName }
      team { id name }
      members { position capacity user { id displayName } }
    }
  }
`);

export const ROUTING_PICKERS = graphql(`
  query RoutingPickers {
    users(first: 100, filter: { isActive: true }) { nodes { id displayName team { id name } } }
    teams(first: 100) { nodes { id name depth parent { id } } }
  }
`);

export const CREATE_ROUTING_RULE = graphql(`
  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {
    createRoutingRule(input: $input) {
      rule { id name position }
      userErrors { field code message }
    }
  }
`);

export const UPDATE_ROUTING_RULE = graphql(`
  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {
    updateRoutingRule(input: $input) {
      rule { id name position enabled }
      userErrors { field code message }
    }
  }
`);

export const DELETE_ROUTING_RULE = graphql(`
  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {
    deleteRoutingRule(input: $input) { deletedId userErrors { field code message } }
  }
`);

export const REORDER_ROUTING_RULES = graphql(`
  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {
    reorderRoutingRules(input: $input) {
      rules { id position }
      userErrors { field code message }
    }
  }
`);

export const PREVIEW_LEADS = graphql(`
  query RoutingPreviewLeads($search: String) {
    leads(first: 20, filter: { search: $search }) { nodes { id name company source province } }
  }
`);

export const PREVIEW_ROUTING = graphql(`
  query PreviewLeadRouting($leadId: ID!) {
    previewLeadRouting(leadId: $leadId) {
      reason
      rule { id name }
      owner { id displayName }
      steps { matched unmetConditions outcome rule { id name } }
    }
  }
`);

export const REP_ABSENCES = graphql(`
  query RepAbsences($userId: ID) {
    repAbsences(userId: $userId) { id startsOn endsOn note user { id displayName } }
  }
`);

export const SET_REP_ABSENCE = graphql(`
  mutation SetRepAbsence($input: SetRepAbsenceInput!) {
    setRepAbsence(input: $input) {
      absence { id startsOn endsOn note }
      userErrors { field code message }
    }
  }
`);

export const DELETE_REP_ABSENCE = graphql(`
  mutation DeleteRepAbsence($input: DeleteRepAbsenceInput!) {
    deleteRepAbsence(input: $input) { deletedId userErrors { field code message } }
  }
`);

export const SCORE_RULES = graphql(`
  query LeadScoreRules {
    leadScoreRules { id kind name field operator values eventKey points maxCount maxPerDay active }
    leadScoreSettings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }
  }
`);

export const CREATE_SCORE_RULE = graphql(`
  mutation CreateLeadScoreRule($input: CreateLeadScoreRuleInput!) {
    createLeadScoreRule(input: $input) { rule { id } userErrors { field code message } }
  }
`);

export const UPDATE_SCORE_RULE = graphql(`
  mutation UpdateLeadScoreRule($input: UpdateLeadScoreRuleInput!) {
    updateLeadScoreRule(input: $input) { rule { id active } userErrors { field code message } }
  }
`);

export const DELETE_SCORE_RULE = graphql(`
  mutation DeleteLeadScoreRule($input: DeleteLeadScoreRuleInput!) {
    deleteLeadScoreRule(input: $input) { deletedId userErrors { field code message } }
  }
`);

export const UPDATE_SCORE_SETTINGS = graphql(`
  mutation UpdateLeadScoreSettings($input: UpdateLeadScoreSettingsInput!) {
    updateLeadScoreSettings(input: $input) {
      settings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }
      userErrors { field code message }
    }
  }
`);

export const LEAD_FORMS = graphql(`
  query LeadForms($first: Int!, $after: String) {
    leadForms(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name slug isActive submissionCount spamCount campaign createdAt publicUrl }
    }
  }
`);

export const LEAD_FORM = graphql(`
  query LeadFormDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on LeadForm {
        id name slug publicUrl tokenUrl embedSnippet consentText thankYouMessage campaign
        defaultTags defaultProductInterests isActive submissionCount spamCount
        fields { key label type required options mapsTo }
      }
    }
  }
`);

export const CREATE_LEAD_FORM = graphql(`
  mutation CreateLeadForm($input: CreateLeadFormInput!) {
    createLeadForm(input: $input) { form { id } userErrors { field code message } }
  }
`);

export const UPDATE_LEAD_FORM = graphql(`
  mutation UpdateLeadForm($input: UpdateLeadFormInput!) {
    updateLeadForm(input: $input) { form { id isActive } userErrors { field code message } }
  }
`);

export const DELETE_LEAD_FORM = graphql(`
  mutation DeleteLeadForm($input: LeadCaptureIdInput!) {
    deleteLeadForm(input: $input) { deletedId userErrors { field code message } }
  }
`);

export const FORM_SUBMISSIONS = graphql(`
  query LeadFormSubmissions($first: Int!, $after: String, $formId: ID) {
    leadFormSubmissions(first: $first, after: $after, formId: $formId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id merged answers createdAt ipAddress form { id name } lead { id name } }
    }
  }
`);

export const OFFLINE_EVENTS = graphql(`
  query OfflineEvents($first: Int!, $after: String) {
    offlineEvents(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name date place campaign notes leadCount
        owner { id displayName }
        signUpForm { id name publicUrl isActive }
      }
    }
  }
`);

export const CREATE_OFFLINE_EVENT = graphql(`
  mutation CreateOfflineEvent($input: CreateOfflineEventInput!) {
    createOfflineEvent(input: $input) { event { id } userErrors { field code message } }
  }
`);

export const UPDATE_OFFLINE_EVENT = graphql(`
  mutation UpdateOfflineEvent($input: UpdateOfflineEventInput!) {
    updateOfflineEvent(input: $input) { event { id } userErrors { field code message } }
  }
`);

export const DELETE_OFFLINE_EVENT = graphql(`
  mutation DeleteOfflineEvent($input: LeadCaptureIdInput!) {
    deleteOfflineEvent(input: $input) { deletedId userErrors { field code message } }
  }
`);

export const ADD_EVENT_LEADS = graphql(`
  mutation AddEventLeads($input: AddEventLeadsInput!) {
    addEventLeads(input: $input) {
      created merged rejected
      results { index merged lead { id name } errors { field code message } }
      userErrors { field code message }
    }
  }
`);

export const CREATE_EVENT_SIGN_UP_FORM = graphql(`
  mutation CreateEventSignUpForm($input: OfflineEventIdInput!) {
    createEventSignUpForm(input: $input) { form { id publicUrl } userErrors { field code message } }
  }
`);

export const WEBHOOK_SOURCES = graphql(`
  query LeadWebhookSources {
    leadWebhookSources {
      id name channel endpointUrl campaign replayWindowSeconds isActive deliveryCount secretRotatedAt createdAt
      fieldMapping { path field extraKey }
    }
  }
`);

export const CREATE_WEBHOOK_SOURCE = graphql(`
  mutation CreateLeadWebhookSource($input: CreateLeadWebhookSourceInput!) {
    createLeadWebhookSource(input: $input) { source { id name endpointUrl } secret userErrors { field code message } }
  }
`);

export const UPDATE_WEBHOOK_SOURCE = graphql(`
  mutation UpdateLeadWebhookSource($input: UpdateLeadWebhookSourceInput!) {
    updateLeadWebhookSource(input: $input) { source { id isActive } userErrors { field code message } }
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation RotateWebhookSecret($input: LeadCaptureIdInput!) {
    rotateWebhookSecret(input: $input) { source { id secretRotatedAt } secret userErrors { field code message } }
  }
`);

export const DELETE_WEBHOOK_SOURCE = graphql(`
  mutation DeleteLeadWebhookSource($input: LeadCaptureIdInput!) {
    deleteLeadWebhookSource(input: $input) { deletedId userErrors { field code message } }
  }
`);

export const WECHAT_ACCOUNTS = graphql(`
  query WechatAccounts {
    wechatAccounts {
      id name appId callbackUrl isActive createdAt
      scenes { scene label campaign event { id name } }
    }
  }
`);

export const CREATE_WECHAT_ACCOUNT = graphql(`
  mutation CreateWechatAccount($input: CreateWechatAccountInput!) {
    createWechatAccount(input: $input) { account { id callbackUrl } userErrors { field code message } }
  }
`);

export const UPDATE_WECHAT_ACCOUNT = graphql(`
  mutation UpdateWechatAccount($input: UpdateWechatAccountInput!) {
    updateWechatAccount(input: $input) { account { id isActive } userErrors { field code message } }
  }
`);
