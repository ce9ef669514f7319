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
    "\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n": typeof types.LeadListDocument,
    "\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n": typeof types.LeadOwnersDocument,
    "\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n": typeof types.LeadCloseReasonsDocument,
    "\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.AssignLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.TransferLeadsDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ChangeLeadStatusDocument,
    "\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CloseLeadsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt\n        owner { id displayName }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  query SettingsUsers($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrderField!, $descending: Boolean!) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id displayName email phone isActive lastLoginAt createdAt\n        team { id name }\n        role { id key name }\n      }\n    }\n  }\n": typeof types.SettingsUsersDocument,
    "\n  query SettingsTeams {\n    teams(first: 100) {\n      nodes { id name depth createdAt parent { id } manager { id displayName } }\n    }\n  }\n": typeof types.SettingsTeamsDocument,
    "\n  query SettingsRoleChoices {\n    roles { id key name isBuiltin }\n  }\n": typeof types.SettingsRoleChoicesDocument,
    "\n  mutation SettingsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id displayName }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsCreateUserDocument,
    "\n  mutation SettingsUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName isActive team { id name } role { id key name } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsUpdateUserDocument,
    "\n  mutation SettingsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name depth parent { id } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsCreateTeamDocument,
    "\n  query SettingsRoles {\n    roles {\n      id key name description isBuiltin personalData\n      permissions { objectType actions rowScope }\n      fieldRules { objectType field access disclosure }\n    }\n    objectTypes { name label actions fields { name label personalDataKind } }\n  }\n": typeof types.SettingsRolesDocument,
    "\n  mutation SettingsCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id key name }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsCreateRoleDocument,
    "\n  mutation SettingsDeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedRoleId\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsDeleteRoleDocument,
    "\n  mutation SettingsSetRolePermissions($input: SetRolePermissionsInput!) {\n    setRolePermissions(input: $input) {\n      role { id permissions { objectType actions rowScope } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsSetRolePermissionsDocument,
    "\n  mutation SettingsSetRoleFieldRules($input: SetRoleFieldRulesInput!) {\n    setRoleFieldRules(input: $input) {\n      role { id fieldRules { objectType field access disclosure } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsSetRoleFieldRulesDocument,
    "\n  query SettingsAuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id seq occurredAt category action severity result actorId actorName\n        objectType objectId changes details ipAddress userAgent requestId\n      }\n    }\n  }\n": typeof types.SettingsAuditEventsDocument,
    "\n  query SettingsAuditChain {\n    auditChainStatus { intact checked brokenSeq reason headSeq headHash }\n  }\n": typeof types.SettingsAuditChainDocument,
    "\n  query SettingsAuditChoices {\n    users(first: 100, orderBy: DISPLAY_NAME) { nodes { id displayName } }\n    objectTypes { name label }\n  }\n": typeof types.SettingsAuditChoicesDocument,
    "\n  mutation SettingsExportAudit($input: ExportAuditEventsInput!) {\n    exportAuditEvents(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsExportAuditDocument,
    "\n  query MySettings {\n    me { id displayName locale timezone wecomUserId }\n    notificationPreferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n    myDevices { id platform appVersion lastSeenAt registeredAt }\n  }\n": typeof types.MySettingsDocument,
    "\n  mutation UpdateMySettings($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id displayName locale timezone wecomUserId\n        appearance { mode primaryColor borderRadius compact }\n      }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateMySettingsDocument,
    "\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateMyNotificationPreferencesDocument,
    "\n  mutation UnregisterMyDevice($input: UnregisterDeviceInput!) {\n    unregisterDevice(input: $input) {\n      deviceId\n      userErrors { field code message }\n    }\n  }\n": typeof types.UnregisterMyDeviceDocument,
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
    "\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n": types.LeadListDocument,
    "\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n": types.LeadOwnersDocument,
    "\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n": types.LeadCloseReasonsDocument,
    "\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.AssignLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.TransferLeadsDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.ChangeLeadStatusDocument,
    "\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.CloseLeadsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n": types.CreateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt\n        owner { id displayName }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": types.LeadDetailDocument,
    "\n  query SettingsUsers($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrderField!, $descending: Boolean!) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id displayName email phone isActive lastLoginAt createdAt\n        team { id name }\n        role { id key name }\n      }\n    }\n  }\n": types.SettingsUsersDocument,
    "\n  query SettingsTeams {\n    teams(first: 100) {\n      nodes { id name depth createdAt parent { id } manager { id displayName } }\n    }\n  }\n": types.SettingsTeamsDocument,
    "\n  query SettingsRoleChoices {\n    roles { id key name isBuiltin }\n  }\n": types.SettingsRoleChoicesDocument,
    "\n  mutation SettingsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id displayName }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsCreateUserDocument,
    "\n  mutation SettingsUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName isActive team { id name } role { id key name } }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsUpdateUserDocument,
    "\n  mutation SettingsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name depth parent { id } }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsCreateTeamDocument,
    "\n  query SettingsRoles {\n    roles {\n      id key name description isBuiltin personalData\n      permissions { objectType actions rowScope }\n      fieldRules { objectType field access disclosure }\n    }\n    objectTypes { name label actions fields { name label personalDataKind } }\n  }\n": types.SettingsRolesDocument,
    "\n  mutation SettingsCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id key name }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsCreateRoleDocument,
    "\n  mutation SettingsDeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedRoleId\n      userErrors { field code message }\n    }\n  }\n": types.SettingsDeleteRoleDocument,
    "\n  mutation SettingsSetRolePermissions($input: SetRolePermissionsInput!) {\n    setRolePermissions(input: $input) {\n      role { id permissions { objectType actions rowScope } }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsSetRolePermissionsDocument,
    "\n  mutation SettingsSetRoleFieldRules($input: SetRoleFieldRulesInput!) {\n    setRoleFieldRules(input: $input) {\n      role { id fieldRules { objectType field access disclosure } }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsSetRoleFieldRulesDocument,
    "\n  query SettingsAuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id seq occurredAt category action severity result actorId actorName\n        objectType objectId changes details ipAddress userAgent requestId\n      }\n    }\n  }\n": types.SettingsAuditEventsDocument,
    "\n  query SettingsAuditChain {\n    auditChainStatus { intact checked brokenSeq reason headSeq headHash }\n  }\n": types.SettingsAuditChainDocument,
    "\n  query SettingsAuditChoices {\n    users(first: 100, orderBy: DISPLAY_NAME) { nodes { id displayName } }\n    objectTypes { name label }\n  }\n": types.SettingsAuditChoicesDocument,
    "\n  mutation SettingsExportAudit($input: ExportAuditEventsInput!) {\n    exportAuditEvents(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n": types.SettingsExportAuditDocument,
    "\n  query MySettings {\n    me { id displayName locale timezone wecomUserId }\n    notificationPreferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n    myDevices { id platform appVersion lastSeenAt registeredAt }\n  }\n": types.MySettingsDocument,
    "\n  mutation UpdateMySettings($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id displayName locale timezone wecomUserId\n        appearance { mode primaryColor borderRadius compact }\n      }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateMySettingsDocument,
    "\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateMyNotificationPreferencesDocument,
    "\n  mutation UnregisterMyDevice($input: UnregisterDeviceInput!) {\n    unregisterDevice(input: $input) {\n      deviceId\n      userErrors { field code message }\n    }\n  }\n": types.UnregisterMyDeviceDocument,
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
export function graphql(source: "\n  query SettingsUsers($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrderField!, $descending: Boolean!) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id displayName email phone isActive lastLoginAt createdAt\n        team { id name }\n        role { id key name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsUsers($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrderField!, $descending: Boolean!) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id displayName email phone isActive lastLoginAt createdAt\n        team { id name }\n        role { id key name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTeams {\n    teams(first: 100) {\n      nodes { id name depth createdAt parent { id } manager { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query SettingsTeams {\n    teams(first: 100) {\n      nodes { id name depth createdAt parent { id } manager { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsRoleChoices {\n    roles { id key name isBuiltin }\n  }\n"): (typeof documents)["\n  query SettingsRoleChoices {\n    roles { id key name isBuiltin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id displayName }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id displayName }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName isActive team { id name } role { id key name } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName isActive team { id name } role { id key name } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name depth parent { id } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name depth parent { id } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsRoles {\n    roles {\n      id key name description isBuiltin personalData\n      permissions { objectType actions rowScope }\n      fieldRules { objectType field access disclosure }\n    }\n    objectTypes { name label actions fields { name label personalDataKind } }\n  }\n"): (typeof documents)["\n  query SettingsRoles {\n    roles {\n      id key name description isBuiltin personalData\n      permissions { objectType actions rowScope }\n      fieldRules { objectType field access disclosure }\n    }\n    objectTypes { name label actions fields { name label personalDataKind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id key name }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id key name }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsDeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedRoleId\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsDeleteRole($input: DeleteRoleInput!) {\n    deleteRole(input: $input) {\n      deletedRoleId\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetRolePermissions($input: SetRolePermissionsInput!) {\n    setRolePermissions(input: $input) {\n      role { id permissions { objectType actions rowScope } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsSetRolePermissions($input: SetRolePermissionsInput!) {\n    setRolePermissions(input: $input) {\n      role { id permissions { objectType actions rowScope } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetRoleFieldRules($input: SetRoleFieldRulesInput!) {\n    setRoleFieldRules(input: $input) {\n      role { id fieldRules { objectType field access disclosure } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsSetRoleFieldRules($input: SetRoleFieldRulesInput!) {\n    setRoleFieldRules(input: $input) {\n      role { id fieldRules { objectType field access disclosure } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsAuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id seq occurredAt category action severity result actorId actorName\n        objectType objectId changes details ipAddress userAgent requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsAuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id seq occurredAt category action severity result actorId actorName\n        objectType objectId changes details ipAddress userAgent requestId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsAuditChain {\n    auditChainStatus { intact checked brokenSeq reason headSeq headHash }\n  }\n"): (typeof documents)["\n  query SettingsAuditChain {\n    auditChainStatus { intact checked brokenSeq reason headSeq headHash }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsAuditChoices {\n    users(first: 100, orderBy: DISPLAY_NAME) { nodes { id displayName } }\n    objectTypes { name label }\n  }\n"): (typeof documents)["\n  query SettingsAuditChoices {\n    users(first: 100, orderBy: DISPLAY_NAME) { nodes { id displayName } }\n    objectTypes { name label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsExportAudit($input: ExportAuditEventsInput!) {\n    exportAuditEvents(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsExportAudit($input: ExportAuditEventsInput!) {\n    exportAuditEvents(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySettings {\n    me { id displayName locale timezone wecomUserId }\n    notificationPreferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n    myDevices { id platform appVersion lastSeenAt registeredAt }\n  }\n"): (typeof documents)["\n  query MySettings {\n    me { id displayName locale timezone wecomUserId }\n    notificationPreferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n    myDevices { id platform appVersion lastSeenAt registeredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMySettings($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id displayName locale timezone wecomUserId\n        appearance { mode primaryColor borderRadius compact }\n      }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMySettings($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id displayName locale timezone wecomUserId\n        appearance { mode primaryColor borderRadius compact }\n      }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterMyDevice($input: UnregisterDeviceInput!) {\n    unregisterDevice(input: $input) {\n      deviceId\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UnregisterMyDevice($input: UnregisterDeviceInput!) {\n    unregisterDevice(input: $input) {\n      deviceId\n      userErrors { field code message }\n    }\n  }\n"];
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