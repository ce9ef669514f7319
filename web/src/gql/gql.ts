/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      phone\n      locale\n      timezone\n      appearance { mode primaryColor borderRadius compact }\n      role { id key name }\n      team { id name }\n    }\n    myPermissions { objectType actions rowScope fields { field disclosure } }\n    unreadNotificationCount\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      userErrors { code message }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { userErrors { code message } }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) { value userErrors { code message } }\n  }\n": typeof types.RevealPersonalDataDocument,
    "\n  query RoutingRules {\n    routingRules {\n      id name position enabled action includeSubTeams memberCapacity followUpHours\n      conditions { sources provinces cities productInterests tags campaigns scoreMin scoreMax }\n      user { id displayName }\n      team { id name }\n      members { position capacity user { id displayName } }\n    }\n  }\n": typeof types.RoutingRulesDocument,
    "\n  query RoutingPickers {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName team { id name } } }\n    teams(first: 100) { nodes { id name depth parent { id } } }\n  }\n": typeof types.RoutingPickersDocument,
    "\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      rule { id name position }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      rule { id name position enabled }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {\n    deleteRoutingRule(input: $input) { deletedId userErrors { field code message } }\n  }\n": typeof types.DeleteRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {\n    reorderRoutingRules(input: $input) {\n      rules { id position }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ReorderRoutingRulesDocument,
    "\n  query RoutingPreviewLeads($search: String) {\n    leads(first: 20, filter: { search: $search }) { nodes { id name company source province } }\n  }\n": typeof types.RoutingPreviewLeadsDocument,
    "\n  query PreviewLeadRouting($leadId: ID!) {\n    previewLeadRouting(leadId: $leadId) {\n      reason\n      rule { id name }\n      owner { id displayName }\n      steps { matched unmetConditions outcome rule { id name } }\n    }\n  }\n": typeof types.PreviewLeadRoutingDocument,
    "\n  query RepAbsences($userId: ID) {\n    repAbsences(userId: $userId) { id startsOn endsOn note user { id displayName } }\n  }\n": typeof types.RepAbsencesDocument,
    "\n  mutation SetRepAbsence($input: SetRepAbsenceInput!) {\n    setRepAbsence(input: $input) {\n      absence { id startsOn endsOn note }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SetRepAbsenceDocument,
    "\n  mutation DeleteRepAbsence($input: DeleteRepAbsenceInput!) {\n    deleteRepAbsence(input: $input) { deletedId userErrors { field code message } }\n  }\n": typeof types.DeleteRepAbsenceDocument,
    "\n  query LeadScoreRules {\n    leadScoreRules { id kind name field operator values eventKey points maxCount maxPerDay active }\n    leadScoreSettings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n  }\n": typeof types.LeadScoreRulesDocument,
    "\n  mutation CreateLeadScoreRule($input: CreateLeadScoreRuleInput!) {\n    createLeadScoreRule(input: $input) { rule { id } userErrors { field code message } }\n  }\n": typeof types.CreateLeadScoreRuleDocument,
    "\n  mutation UpdateLeadScoreRule($input: UpdateLeadScoreRuleInput!) {\n    updateLeadScoreRule(input: $input) { rule { id active } userErrors { field code message } }\n  }\n": typeof types.UpdateLeadScoreRuleDocument,
    "\n  mutation DeleteLeadScoreRule($input: DeleteLeadScoreRuleInput!) {\n    deleteLeadScoreRule(input: $input) { deletedId userErrors { field code message } }\n  }\n": typeof types.DeleteLeadScoreRuleDocument,
    "\n  mutation UpdateLeadScoreSettings($input: UpdateLeadScoreSettingsInput!) {\n    updateLeadScoreSettings(input: $input) {\n      settings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateLeadScoreSettingsDocument,
    "\n  query LeadForms($first: Int!, $after: String) {\n    leadForms(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name slug isActive submissionCount spamCount campaign createdAt publicUrl }\n    }\n  }\n": typeof types.LeadFormsDocument,
    "\n  query LeadFormDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on LeadForm {\n        id name slug publicUrl tokenUrl embedSnippet consentText thankYouMessage campaign\n        defaultTags defaultProductInterests isActive submissionCount spamCount\n        fields { key label type required options mapsTo }\n      }\n    }\n  }\n": typeof types.LeadFormDetailDocument,
    "\n  mutation CreateLeadForm($input: CreateLeadFormInput!) {\n    createLeadForm(input: $input) { form { id } userErrors { field code message } }\n  }\n": typeof types.CreateLeadFormDocument,
    "\n  mutation UpdateLeadForm($input: UpdateLeadFormInput!) {\n    updateLeadForm(input: $input) { form { id isActive } userErrors { field code message } }\n  }\n": typeof types.UpdateLeadFormDocument,
    "\n  mutation DeleteLeadForm($input: LeadCaptureIdInput!) {\n    deleteLeadForm(input: $input) { deletedId userErrors { field code message } }\n  }\n": typeof types.DeleteLeadFormDocument,
    "\n  query LeadFormSubmissions($first: Int!, $after: String, $formId: ID) {\n    leadFormSubmissions(first: $first, after: $after, formId: $formId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id merged answers createdAt ipAddress form { id name } lead { id name } }\n    }\n  }\n": typeof types.LeadFormSubmissionsDocument,
    "\n  query OfflineEvents($first: Int!, $after: String) {\n    offlineEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name date place campaign notes leadCount\n        owner { id displayName }\n        signUpForm { id name publicUrl isActive }\n      }\n    }\n  }\n": typeof types.OfflineEventsDocument,
    "\n  mutation CreateOfflineEvent($input: CreateOfflineEventInput!) {\n    createOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n": typeof types.CreateOfflineEventDocument,
    "\n  mutation UpdateOfflineEvent($input: UpdateOfflineEventInput!) {\n    updateOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n": typeof types.UpdateOfflineEventDocument,
    "\n  mutation DeleteOfflineEvent($input: LeadCaptureIdInput!) {\n    deleteOfflineEvent(input: $input) { deletedId userErrors { field code message } }\n  }\n": typeof types.DeleteOfflineEventDocument,
    "\n  mutation AddEventLeads($input: AddEventLeadsInput!) {\n    addEventLeads(input: $input) {\n      created merged rejected\n      results { index merged lead { id name } errors { field code message } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.AddEventLeadsDocument,
    "\n  mutation CreateEventSignUpForm($input: OfflineEventIdInput!) {\n    createEventSignUpForm(input: $input) { form { id publicUrl } userErrors { field code message } }\n  }\n": typeof types.CreateEventSignUpFormDocument,
    "\n  query LeadWebhookSources {\n    leadWebhookSources {\n      id name channel endpointUrl campaign replayWindowSeconds isActive deliveryCount secretRotatedAt createdAt\n      fieldMapping { path field extraKey }\n    }\n  }\n": typeof types.LeadWebhookSourcesDocument,
    "\n  mutation CreateLeadWebhookSource($input: CreateLeadWebhookSourceInput!) {\n    createLeadWebhookSource(input: $input) { source { id name endpointUrl } secret userErrors { field code message } }\n  }\n": typeof types.CreateLeadWebhookSourceDocument,
    "\n  mutation UpdateLeadWebhookSource($input: UpdateLeadWebhookSourceInput!) {\n    updateLeadWebhookSource(input: $input) { source { id isActive } userErrors { field code message } }\n  }\n": typeof types.UpdateLeadWebhookSourceDocument,
    "\n  mutation RotateWebhookSecret($input: LeadCaptureIdInput!) {\n    rotateWebhookSecret(input: $input) { source { id secretRotatedAt } secret userErrors { field code message } }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteLeadWebhookSource($input: LeadCaptureIdInput!) {\n    deleteLeadWebhookSource(input: $input) { deletedId userErrors { field code message } }\n  }\n": typeof types.DeleteLeadWebhookSourceDocument,
    "\n  query WechatAccounts {\n    wechatAccounts {\n      id name appId callbackUrl isActive createdAt\n      scenes { scene label campaign event { id name } }\n    }\n  }\n": typeof types.WechatAccountsDocument,
    "\n  mutation CreateWechatAccount($input: CreateWechatAccountInput!) {\n    createWechatAccount(input: $input) { account { id callbackUrl } userErrors { field code message } }\n  }\n": typeof types.CreateWechatAccountDocument,
    "\n  mutation UpdateWechatAccount($input: UpdateWechatAccountInput!) {\n    updateWechatAccount(input: $input) { account { id isActive } userErrors { field code message } }\n  }\n": typeof types.UpdateWechatAccountDocument,
    "\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n": typeof types.LeadListDocument,
    "\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n": typeof types.LeadOwnersDocument,
    "\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n": typeof types.LeadCloseReasonsDocument,
    "\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.AssignLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.TransferLeadsDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ChangeLeadStatusDocument,
    "\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CloseLeadsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt\n        owner { id displayName }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  query WorkbenchTeamDay($teamId: ID!) {\n    teamDay(teamId: $teamId) {\n      date\n      members {\n        rep { id displayName }\n        counts { overdue dueToday doneToday open }\n      }\n    }\n  }\n": typeof types.WorkbenchTeamDayDocument,
    "\n  query WorkbenchMyDay {\n    myDay(limit: 1) {\n      date\n      counts { overdue dueToday doneToday open }\n    }\n  }\n": typeof types.WorkbenchMyDayDocument,
    "\n  query WorkbenchNewLeads($today: LeadFilterInput!, $week: LeadFilterInput!) {\n    today: leads(first: 1, filter: $today) { totalCount }\n    week: leads(first: 1, filter: $week) { totalCount }\n  }\n": typeof types.WorkbenchNewLeadsDocument,
    "\n  query WorkbenchPipeline {\n    pipeline(first: 1) {\n      pipeline { id name }\n      columns {\n        stage { id name kind probability }\n        count\n        totalAmount\n        weightedAmount\n      }\n    }\n  }\n": typeof types.WorkbenchPipelineDocument,
    "\n  query WorkbenchLeadAnalytics($filter: LeadAnalyticsFilter!) {\n    leadAnalytics(filter: $filter, groupBy: WEEK) {\n      total {\n        leads\n        converted\n        funnel { status count }\n      }\n      groups { periodStart leads converted }\n    }\n  }\n": typeof types.WorkbenchLeadAnalyticsDocument,
    "\n  query WorkbenchTeams {\n    teams(first: 100) { nodes { id name } }\n  }\n": typeof types.WorkbenchTeamsDocument,
    "\n  query RecentNotifications {\n    notifications(first: 10) { nodes { id kind title body createdAt readAt } }\n    unreadNotificationCount\n  }\n": typeof types.RecentNotificationsDocument,
    "\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) { id kind title body createdAt readAt }\n  }\n": typeof types.LiveNotificationsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) { userErrors { code message } }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      phone\n      locale\n      timezone\n      appearance { mode primaryColor borderRadius compact }\n      role { id key name }\n      team { id name }\n    }\n    myPermissions { objectType actions rowScope fields { field disclosure } }\n    unreadNotificationCount\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      userErrors { code message }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { userErrors { code message } }\n  }\n": types.LogoutDocument,
    "\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) { value userErrors { code message } }\n  }\n": types.RevealPersonalDataDocument,
    "\n  query RoutingRules {\n    routingRules {\n      id name position enabled action includeSubTeams memberCapacity followUpHours\n      conditions { sources provinces cities productInterests tags campaigns scoreMin scoreMax }\n      user { id displayName }\n      team { id name }\n      members { position capacity user { id displayName } }\n    }\n  }\n": types.RoutingRulesDocument,
    "\n  query RoutingPickers {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName team { id name } } }\n    teams(first: 100) { nodes { id name depth parent { id } } }\n  }\n": types.RoutingPickersDocument,
    "\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      rule { id name position }\n      userErrors { field code message }\n    }\n  }\n": types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      rule { id name position enabled }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {\n    deleteRoutingRule(input: $input) { deletedId userErrors { field code message } }\n  }\n": types.DeleteRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {\n    reorderRoutingRules(input: $input) {\n      rules { id position }\n      userErrors { field code message }\n    }\n  }\n": types.ReorderRoutingRulesDocument,
    "\n  query RoutingPreviewLeads($search: String) {\n    leads(first: 20, filter: { search: $search }) { nodes { id name company source province } }\n  }\n": types.RoutingPreviewLeadsDocument,
    "\n  query PreviewLeadRouting($leadId: ID!) {\n    previewLeadRouting(leadId: $leadId) {\n      reason\n      rule { id name }\n      owner { id displayName }\n      steps { matched unmetConditions outcome rule { id name } }\n    }\n  }\n": types.PreviewLeadRoutingDocument,
    "\n  query RepAbsences($userId: ID) {\n    repAbsences(userId: $userId) { id startsOn endsOn note user { id displayName } }\n  }\n": types.RepAbsencesDocument,
    "\n  mutation SetRepAbsence($input: SetRepAbsenceInput!) {\n    setRepAbsence(input: $input) {\n      absence { id startsOn endsOn note }\n      userErrors { field code message }\n    }\n  }\n": types.SetRepAbsenceDocument,
    "\n  mutation DeleteRepAbsence($input: DeleteRepAbsenceInput!) {\n    deleteRepAbsence(input: $input) { deletedId userErrors { field code message } }\n  }\n": types.DeleteRepAbsenceDocument,
    "\n  query LeadScoreRules {\n    leadScoreRules { id kind name field operator values eventKey points maxCount maxPerDay active }\n    leadScoreSettings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n  }\n": types.LeadScoreRulesDocument,
    "\n  mutation CreateLeadScoreRule($input: CreateLeadScoreRuleInput!) {\n    createLeadScoreRule(input: $input) { rule { id } userErrors { field code message } }\n  }\n": types.CreateLeadScoreRuleDocument,
    "\n  mutation UpdateLeadScoreRule($input: UpdateLeadScoreRuleInput!) {\n    updateLeadScoreRule(input: $input) { rule { id active } userErrors { field code message } }\n  }\n": types.UpdateLeadScoreRuleDocument,
    "\n  mutation DeleteLeadScoreRule($input: DeleteLeadScoreRuleInput!) {\n    deleteLeadScoreRule(input: $input) { deletedId userErrors { field code message } }\n  }\n": types.DeleteLeadScoreRuleDocument,
    "\n  mutation UpdateLeadScoreSettings($input: UpdateLeadScoreSettingsInput!) {\n    updateLeadScoreSettings(input: $input) {\n      settings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateLeadScoreSettingsDocument,
    "\n  query LeadForms($first: Int!, $after: String) {\n    leadForms(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name slug isActive submissionCount spamCount campaign createdAt publicUrl }\n    }\n  }\n": types.LeadFormsDocument,
    "\n  query LeadFormDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on LeadForm {\n        id name slug publicUrl tokenUrl embedSnippet consentText thankYouMessage campaign\n        defaultTags defaultProductInterests isActive submissionCount spamCount\n        fields { key label type required options mapsTo }\n      }\n    }\n  }\n": types.LeadFormDetailDocument,
    "\n  mutation CreateLeadForm($input: CreateLeadFormInput!) {\n    createLeadForm(input: $input) { form { id } userErrors { field code message } }\n  }\n": types.CreateLeadFormDocument,
    "\n  mutation UpdateLeadForm($input: UpdateLeadFormInput!) {\n    updateLeadForm(input: $input) { form { id isActive } userErrors { field code message } }\n  }\n": types.UpdateLeadFormDocument,
    "\n  mutation DeleteLeadForm($input: LeadCaptureIdInput!) {\n    deleteLeadForm(input: $input) { deletedId userErrors { field code message } }\n  }\n": types.DeleteLeadFormDocument,
    "\n  query LeadFormSubmissions($first: Int!, $after: String, $formId: ID) {\n    leadFormSubmissions(first: $first, after: $after, formId: $formId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id merged answers createdAt ipAddress form { id name } lead { id name } }\n    }\n  }\n": types.LeadFormSubmissionsDocument,
    "\n  query OfflineEvents($first: Int!, $after: String) {\n    offlineEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name date place campaign notes leadCount\n        owner { id displayName }\n        signUpForm { id name publicUrl isActive }\n      }\n    }\n  }\n": types.OfflineEventsDocument,
    "\n  mutation CreateOfflineEvent($input: CreateOfflineEventInput!) {\n    createOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n": types.CreateOfflineEventDocument,
    "\n  mutation UpdateOfflineEvent($input: UpdateOfflineEventInput!) {\n    updateOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n": types.UpdateOfflineEventDocument,
    "\n  mutation DeleteOfflineEvent($input: LeadCaptureIdInput!) {\n    deleteOfflineEvent(input: $input) { deletedId userErrors { field code message } }\n  }\n": types.DeleteOfflineEventDocument,
    "\n  mutation AddEventLeads($input: AddEventLeadsInput!) {\n    addEventLeads(input: $input) {\n      created merged rejected\n      results { index merged lead { id name } errors { field code message } }\n      userErrors { field code message }\n    }\n  }\n": types.AddEventLeadsDocument,
    "\n  mutation CreateEventSignUpForm($input: OfflineEventIdInput!) {\n    createEventSignUpForm(input: $input) { form { id publicUrl } userErrors { field code message } }\n  }\n": types.CreateEventSignUpFormDocument,
    "\n  query LeadWebhookSources {\n    leadWebhookSources {\n      id name channel endpointUrl campaign replayWindowSeconds isActive deliveryCount secretRotatedAt createdAt\n      fieldMapping { path field extraKey }\n    }\n  }\n": types.LeadWebhookSourcesDocument,
    "\n  mutation CreateLeadWebhookSource($input: CreateLeadWebhookSourceInput!) {\n    createLeadWebhookSource(input: $input) { source { id name endpointUrl } secret userErrors { field code message } }\n  }\n": types.CreateLeadWebhookSourceDocument,
    "\n  mutation UpdateLeadWebhookSource($input: UpdateLeadWebhookSourceInput!) {\n    updateLeadWebhookSource(input: $input) { source { id isActive } userErrors { field code message } }\n  }\n": types.UpdateLeadWebhookSourceDocument,
    "\n  mutation RotateWebhookSecret($input: LeadCaptureIdInput!) {\n    rotateWebhookSecret(input: $input) { source { id secretRotatedAt } secret userErrors { field code message } }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteLeadWebhookSource($input: LeadCaptureIdInput!) {\n    deleteLeadWebhookSource(input: $input) { deletedId userErrors { field code message } }\n  }\n": types.DeleteLeadWebhookSourceDocument,
    "\n  query WechatAccounts {\n    wechatAccounts {\n      id name appId callbackUrl isActive createdAt\n      scenes { scene label campaign event { id name } }\n    }\n  }\n": types.WechatAccountsDocument,
    "\n  mutation CreateWechatAccount($input: CreateWechatAccountInput!) {\n    createWechatAccount(input: $input) { account { id callbackUrl } userErrors { field code message } }\n  }\n": types.CreateWechatAccountDocument,
    "\n  mutation UpdateWechatAccount($input: UpdateWechatAccountInput!) {\n    updateWechatAccount(input: $input) { account { id isActive } userErrors { field code message } }\n  }\n": types.UpdateWechatAccountDocument,
    "\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n": types.LeadListDocument,
    "\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n": types.LeadOwnersDocument,
    "\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n": types.LeadCloseReasonsDocument,
    "\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.AssignLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.TransferLeadsDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.ChangeLeadStatusDocument,
    "\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.CloseLeadsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n": types.CreateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt\n        owner { id displayName }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": types.LeadDetailDocument,
    "\n  query WorkbenchTeamDay($teamId: ID!) {\n    teamDay(teamId: $teamId) {\n      date\n      members {\n        rep { id displayName }\n        counts { overdue dueToday doneToday open }\n      }\n    }\n  }\n": types.WorkbenchTeamDayDocument,
    "\n  query WorkbenchMyDay {\n    myDay(limit: 1) {\n      date\n      counts { overdue dueToday doneToday open }\n    }\n  }\n": types.WorkbenchMyDayDocument,
    "\n  query WorkbenchNewLeads($today: LeadFilterInput!, $week: LeadFilterInput!) {\n    today: leads(first: 1, filter: $today) { totalCount }\n    week: leads(first: 1, filter: $week) { totalCount }\n  }\n": types.WorkbenchNewLeadsDocument,
    "\n  query WorkbenchPipeline {\n    pipeline(first: 1) {\n      pipeline { id name }\n      columns {\n        stage { id name kind probability }\n        count\n        totalAmount\n        weightedAmount\n      }\n    }\n  }\n": types.WorkbenchPipelineDocument,
    "\n  query WorkbenchLeadAnalytics($filter: LeadAnalyticsFilter!) {\n    leadAnalytics(filter: $filter, groupBy: WEEK) {\n      total {\n        leads\n        converted\n        funnel { status count }\n      }\n      groups { periodStart leads converted }\n    }\n  }\n": types.WorkbenchLeadAnalyticsDocument,
    "\n  query WorkbenchTeams {\n    teams(first: 100) { nodes { id name } }\n  }\n": types.WorkbenchTeamsDocument,
    "\n  query RecentNotifications {\n    notifications(first: 10) { nodes { id kind title body createdAt readAt } }\n    unreadNotificationCount\n  }\n": types.RecentNotificationsDocument,
    "\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) { id kind title body createdAt readAt }\n  }\n": types.LiveNotificationsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) { userErrors { code message } }\n  }\n": types.MarkAllNotificationsReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      phone\n      locale\n      timezone\n      appearance { mode primaryColor borderRadius compact }\n      role { id key name }\n      team { id name }\n    }\n    myPermissions { objectType actions rowScope fields { field disclosure } }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      phone\n      locale\n      timezone\n      appearance { mode primaryColor borderRadius compact }\n      role { id key name }\n      team { id name }\n    }\n    myPermissions { objectType actions rowScope fields { field disclosure } }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) { value userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) { value userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingRules {\n    routingRules {\n      id name position enabled action includeSubTeams memberCapacity followUpHours\n      conditions { sources provinces cities productInterests tags campaigns scoreMin scoreMax }\n      user { id displayName }\n      team { id name }\n      members { position capacity user { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query RoutingRules {\n    routingRules {\n      id name position enabled action includeSubTeams memberCapacity followUpHours\n      conditions { sources provinces cities productInterests tags campaigns scoreMin scoreMax }\n      user { id displayName }\n      team { id name }\n      members { position capacity user { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingPickers {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName team { id name } } }\n    teams(first: 100) { nodes { id name depth parent { id } } }\n  }\n"): (typeof documents)["\n  query RoutingPickers {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName team { id name } } }\n    teams(first: 100) { nodes { id name depth parent { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      rule { id name position }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      rule { id name position }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      rule { id name position enabled }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      rule { id name position enabled }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {\n    deleteRoutingRule(input: $input) { deletedId userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {\n    deleteRoutingRule(input: $input) { deletedId userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {\n    reorderRoutingRules(input: $input) {\n      rules { id position }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {\n    reorderRoutingRules(input: $input) {\n      rules { id position }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingPreviewLeads($search: String) {\n    leads(first: 20, filter: { search: $search }) { nodes { id name company source province } }\n  }\n"): (typeof documents)["\n  query RoutingPreviewLeads($search: String) {\n    leads(first: 20, filter: { search: $search }) { nodes { id name company source province } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewLeadRouting($leadId: ID!) {\n    previewLeadRouting(leadId: $leadId) {\n      reason\n      rule { id name }\n      owner { id displayName }\n      steps { matched unmetConditions outcome rule { id name } }\n    }\n  }\n"): (typeof documents)["\n  query PreviewLeadRouting($leadId: ID!) {\n    previewLeadRouting(leadId: $leadId) {\n      reason\n      rule { id name }\n      owner { id displayName }\n      steps { matched unmetConditions outcome rule { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepAbsences($userId: ID) {\n    repAbsences(userId: $userId) { id startsOn endsOn note user { id displayName } }\n  }\n"): (typeof documents)["\n  query RepAbsences($userId: ID) {\n    repAbsences(userId: $userId) { id startsOn endsOn note user { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRepAbsence($input: SetRepAbsenceInput!) {\n    setRepAbsence(input: $input) {\n      absence { id startsOn endsOn note }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRepAbsence($input: SetRepAbsenceInput!) {\n    setRepAbsence(input: $input) {\n      absence { id startsOn endsOn note }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRepAbsence($input: DeleteRepAbsenceInput!) {\n    deleteRepAbsence(input: $input) { deletedId userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteRepAbsence($input: DeleteRepAbsenceInput!) {\n    deleteRepAbsence(input: $input) { deletedId userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadScoreRules {\n    leadScoreRules { id kind name field operator values eventKey points maxCount maxPerDay active }\n    leadScoreSettings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n  }\n"): (typeof documents)["\n  query LeadScoreRules {\n    leadScoreRules { id kind name field operator values eventKey points maxCount maxPerDay active }\n    leadScoreSettings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeadScoreRule($input: CreateLeadScoreRuleInput!) {\n    createLeadScoreRule(input: $input) { rule { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateLeadScoreRule($input: CreateLeadScoreRuleInput!) {\n    createLeadScoreRule(input: $input) { rule { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeadScoreRule($input: UpdateLeadScoreRuleInput!) {\n    updateLeadScoreRule(input: $input) { rule { id active } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateLeadScoreRule($input: UpdateLeadScoreRuleInput!) {\n    updateLeadScoreRule(input: $input) { rule { id active } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLeadScoreRule($input: DeleteLeadScoreRuleInput!) {\n    deleteLeadScoreRule(input: $input) { deletedId userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteLeadScoreRule($input: DeleteLeadScoreRuleInput!) {\n    deleteLeadScoreRule(input: $input) { deletedId userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeadScoreSettings($input: UpdateLeadScoreSettingsInput!) {\n    updateLeadScoreSettings(input: $input) {\n      settings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeadScoreSettings($input: UpdateLeadScoreSettingsInput!) {\n    updateLeadScoreSettings(input: $input) {\n      settings { floor decayEnabled decayAfterDays decayPoints decayEveryDays rulesVersion rescoredVersion }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadForms($first: Int!, $after: String) {\n    leadForms(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name slug isActive submissionCount spamCount campaign createdAt publicUrl }\n    }\n  }\n"): (typeof documents)["\n  query LeadForms($first: Int!, $after: String) {\n    leadForms(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name slug isActive submissionCount spamCount campaign createdAt publicUrl }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadFormDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on LeadForm {\n        id name slug publicUrl tokenUrl embedSnippet consentText thankYouMessage campaign\n        defaultTags defaultProductInterests isActive submissionCount spamCount\n        fields { key label type required options mapsTo }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadFormDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on LeadForm {\n        id name slug publicUrl tokenUrl embedSnippet consentText thankYouMessage campaign\n        defaultTags defaultProductInterests isActive submissionCount spamCount\n        fields { key label type required options mapsTo }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeadForm($input: CreateLeadFormInput!) {\n    createLeadForm(input: $input) { form { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateLeadForm($input: CreateLeadFormInput!) {\n    createLeadForm(input: $input) { form { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeadForm($input: UpdateLeadFormInput!) {\n    updateLeadForm(input: $input) { form { id isActive } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateLeadForm($input: UpdateLeadFormInput!) {\n    updateLeadForm(input: $input) { form { id isActive } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLeadForm($input: LeadCaptureIdInput!) {\n    deleteLeadForm(input: $input) { deletedId userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteLeadForm($input: LeadCaptureIdInput!) {\n    deleteLeadForm(input: $input) { deletedId userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadFormSubmissions($first: Int!, $after: String, $formId: ID) {\n    leadFormSubmissions(first: $first, after: $after, formId: $formId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id merged answers createdAt ipAddress form { id name } lead { id name } }\n    }\n  }\n"): (typeof documents)["\n  query LeadFormSubmissions($first: Int!, $after: String, $formId: ID) {\n    leadFormSubmissions(first: $first, after: $after, formId: $formId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id merged answers createdAt ipAddress form { id name } lead { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineEvents($first: Int!, $after: String) {\n    offlineEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name date place campaign notes leadCount\n        owner { id displayName }\n        signUpForm { id name publicUrl isActive }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineEvents($first: Int!, $after: String) {\n    offlineEvents(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name date place campaign notes leadCount\n        owner { id displayName }\n        signUpForm { id name publicUrl isActive }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfflineEvent($input: CreateOfflineEventInput!) {\n    createOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateOfflineEvent($input: CreateOfflineEventInput!) {\n    createOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfflineEvent($input: UpdateOfflineEventInput!) {\n    updateOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateOfflineEvent($input: UpdateOfflineEventInput!) {\n    updateOfflineEvent(input: $input) { event { id } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOfflineEvent($input: LeadCaptureIdInput!) {\n    deleteOfflineEvent(input: $input) { deletedId userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteOfflineEvent($input: LeadCaptureIdInput!) {\n    deleteOfflineEvent(input: $input) { deletedId userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEventLeads($input: AddEventLeadsInput!) {\n    addEventLeads(input: $input) {\n      created merged rejected\n      results { index merged lead { id name } errors { field code message } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation AddEventLeads($input: AddEventLeadsInput!) {\n    addEventLeads(input: $input) {\n      created merged rejected\n      results { index merged lead { id name } errors { field code message } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEventSignUpForm($input: OfflineEventIdInput!) {\n    createEventSignUpForm(input: $input) { form { id publicUrl } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateEventSignUpForm($input: OfflineEventIdInput!) {\n    createEventSignUpForm(input: $input) { form { id publicUrl } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadWebhookSources {\n    leadWebhookSources {\n      id name channel endpointUrl campaign replayWindowSeconds isActive deliveryCount secretRotatedAt createdAt\n      fieldMapping { path field extraKey }\n    }\n  }\n"): (typeof documents)["\n  query LeadWebhookSources {\n    leadWebhookSources {\n      id name channel endpointUrl campaign replayWindowSeconds isActive deliveryCount secretRotatedAt createdAt\n      fieldMapping { path field extraKey }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeadWebhookSource($input: CreateLeadWebhookSourceInput!) {\n    createLeadWebhookSource(input: $input) { source { id name endpointUrl } secret userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateLeadWebhookSource($input: CreateLeadWebhookSourceInput!) {\n    createLeadWebhookSource(input: $input) { source { id name endpointUrl } secret userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeadWebhookSource($input: UpdateLeadWebhookSourceInput!) {\n    updateLeadWebhookSource(input: $input) { source { id isActive } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateLeadWebhookSource($input: UpdateLeadWebhookSourceInput!) {\n    updateLeadWebhookSource(input: $input) { source { id isActive } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($input: LeadCaptureIdInput!) {\n    rotateWebhookSecret(input: $input) { source { id secretRotatedAt } secret userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($input: LeadCaptureIdInput!) {\n    rotateWebhookSecret(input: $input) { source { id secretRotatedAt } secret userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLeadWebhookSource($input: LeadCaptureIdInput!) {\n    deleteLeadWebhookSource(input: $input) { deletedId userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteLeadWebhookSource($input: LeadCaptureIdInput!) {\n    deleteLeadWebhookSource(input: $input) { deletedId userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WechatAccounts {\n    wechatAccounts {\n      id name appId callbackUrl isActive createdAt\n      scenes { scene label campaign event { id name } }\n    }\n  }\n"): (typeof documents)["\n  query WechatAccounts {\n    wechatAccounts {\n      id name appId callbackUrl isActive createdAt\n      scenes { scene label campaign event { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWechatAccount($input: CreateWechatAccountInput!) {\n    createWechatAccount(input: $input) { account { id callbackUrl } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateWechatAccount($input: CreateWechatAccountInput!) {\n    createWechatAccount(input: $input) { account { id callbackUrl } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWechatAccount($input: UpdateWechatAccountInput!) {\n    updateWechatAccount(input: $input) { account { id isActive } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateWechatAccount($input: UpdateWechatAccountInput!) {\n    updateWechatAccount(input: $input) { account { id isActive } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n"): (typeof documents)["\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n"): (typeof documents)["\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt\n        owner { id displayName }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt\n        owner { id displayName }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchTeamDay($teamId: ID!) {\n    teamDay(teamId: $teamId) {\n      date\n      members {\n        rep { id displayName }\n        counts { overdue dueToday doneToday open }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchTeamDay($teamId: ID!) {\n    teamDay(teamId: $teamId) {\n      date\n      members {\n        rep { id displayName }\n        counts { overdue dueToday doneToday open }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchMyDay {\n    myDay(limit: 1) {\n      date\n      counts { overdue dueToday doneToday open }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchMyDay {\n    myDay(limit: 1) {\n      date\n      counts { overdue dueToday doneToday open }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchNewLeads($today: LeadFilterInput!, $week: LeadFilterInput!) {\n    today: leads(first: 1, filter: $today) { totalCount }\n    week: leads(first: 1, filter: $week) { totalCount }\n  }\n"): (typeof documents)["\n  query WorkbenchNewLeads($today: LeadFilterInput!, $week: LeadFilterInput!) {\n    today: leads(first: 1, filter: $today) { totalCount }\n    week: leads(first: 1, filter: $week) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchPipeline {\n    pipeline(first: 1) {\n      pipeline { id name }\n      columns {\n        stage { id name kind probability }\n        count\n        totalAmount\n        weightedAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchPipeline {\n    pipeline(first: 1) {\n      pipeline { id name }\n      columns {\n        stage { id name kind probability }\n        count\n        totalAmount\n        weightedAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchLeadAnalytics($filter: LeadAnalyticsFilter!) {\n    leadAnalytics(filter: $filter, groupBy: WEEK) {\n      total {\n        leads\n        converted\n        funnel { status count }\n      }\n      groups { periodStart leads converted }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchLeadAnalytics($filter: LeadAnalyticsFilter!) {\n    leadAnalytics(filter: $filter, groupBy: WEEK) {\n      total {\n        leads\n        converted\n        funnel { status count }\n      }\n      groups { periodStart leads converted }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchTeams {\n    teams(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query WorkbenchTeams {\n    teams(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentNotifications {\n    notifications(first: 10) { nodes { id kind title body createdAt readAt } }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query RecentNotifications {\n    notifications(first: 10) { nodes { id kind title body createdAt readAt } }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) { id kind title body createdAt readAt }\n  }\n"): (typeof documents)["\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) { id kind title body createdAt readAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) { userErrors { code message } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;