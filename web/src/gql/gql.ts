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
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CompleteLeadConversionStepDocument,
    "\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ReopenLeadConversionStepDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead { id status convertedAt }\n      customer { id name }\n      contact { id name }\n      opportunity { id name }\n      customerCreated carriedTasks carriedCommunications\n      duplicates { name ownerName inPool matchedOn customer { id name } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ConvertLeadDocument,
    "\n  query ConvertCustomerSearch($search: String!) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name contacts { id name } } }\n  }\n": typeof types.ConvertCustomerSearchDocument,
    "\n  query PreviewLeadImport($fileId: ID!, $sheet: String) {\n    previewLeadImport(fileId: $fileId, sheet: $sheet) {\n      fileFormat encoding delimiter sheets sheet headers rowCount\n      rows { rowNumber cells }\n      suggestedMapping { column header target }\n    }\n  }\n": typeof types.PreviewLeadImportDocument,
    "\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport { id status dryRun }\n      userErrors { field code message }\n    }\n  }\n": typeof types.StartLeadImportDocument,
    "\n  mutation CancelLeadImport($input: CancelLeadImportInput!) {\n    cancelLeadImport(input: $input) {\n      leadImport { id status }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CancelLeadImportDocument,
    "\n  subscription LeadImportProgress($importId: ID!) {\n    leadImportProgress(importId: $importId) {\n      id status total processed created updated skipped failed\n      error { code message }\n    }\n  }\n": typeof types.LeadImportProgressDocument,
    "\n  query LeadImportResult($id: ID!) {\n    leadImport(id: $id) {\n      id fileName dryRun status total processed created updated skipped failed reportUrl\n      error { code message }\n      problems(first: 200) { rowNumber outcome cells leadId reasons { field code message } }\n    }\n  }\n": typeof types.LeadImportResultDocument,
    "\n  query LeadImportHistory($first: Int!) {\n    leadImports(first: $first) {\n      id fileName fileFormat dryRun onDuplicate status total created updated skipped failed\n      createdAt finishedAt reportUrl\n    }\n  }\n": typeof types.LeadImportHistoryDocument,
    "\n  mutation ExportLeads($input: ExportLeadsInput!) {\n    exportLeads(input: $input) {\n      file { id name downloadUrl }\n      rowCount\n      userErrors { field code message }\n    }\n  }\n": typeof types.ExportLeadsDocument,
    "\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n": typeof types.LeadListDocument,
    "\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n": typeof types.LeadOwnersDocument,
    "\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n": typeof types.LeadCloseReasonsDocument,
    "\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.AssignLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.TransferLeadsDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ChangeLeadStatusDocument,
    "\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CloseLeadsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step label position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": typeof types.LeadDetailDocument,
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
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": types.CompleteLeadConversionStepDocument,
    "\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": types.ReopenLeadConversionStepDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead { id status convertedAt }\n      customer { id name }\n      contact { id name }\n      opportunity { id name }\n      customerCreated carriedTasks carriedCommunications\n      duplicates { name ownerName inPool matchedOn customer { id name } }\n      userErrors { field code message }\n    }\n  }\n": types.ConvertLeadDocument,
    "\n  query ConvertCustomerSearch($search: String!) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name contacts { id name } } }\n  }\n": types.ConvertCustomerSearchDocument,
    "\n  query PreviewLeadImport($fileId: ID!, $sheet: String) {\n    previewLeadImport(fileId: $fileId, sheet: $sheet) {\n      fileFormat encoding delimiter sheets sheet headers rowCount\n      rows { rowNumber cells }\n      suggestedMapping { column header target }\n    }\n  }\n": types.PreviewLeadImportDocument,
    "\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport { id status dryRun }\n      userErrors { field code message }\n    }\n  }\n": types.StartLeadImportDocument,
    "\n  mutation CancelLeadImport($input: CancelLeadImportInput!) {\n    cancelLeadImport(input: $input) {\n      leadImport { id status }\n      userErrors { field code message }\n    }\n  }\n": types.CancelLeadImportDocument,
    "\n  subscription LeadImportProgress($importId: ID!) {\n    leadImportProgress(importId: $importId) {\n      id status total processed created updated skipped failed\n      error { code message }\n    }\n  }\n": types.LeadImportProgressDocument,
    "\n  query LeadImportResult($id: ID!) {\n    leadImport(id: $id) {\n      id fileName dryRun status total processed created updated skipped failed reportUrl\n      error { code message }\n      problems(first: 200) { rowNumber outcome cells leadId reasons { field code message } }\n    }\n  }\n": types.LeadImportResultDocument,
    "\n  query LeadImportHistory($first: Int!) {\n    leadImports(first: $first) {\n      id fileName fileFormat dryRun onDuplicate status total created updated skipped failed\n      createdAt finishedAt reportUrl\n    }\n  }\n": types.LeadImportHistoryDocument,
    "\n  mutation ExportLeads($input: ExportLeadsInput!) {\n    exportLeads(input: $input) {\n      file { id name downloadUrl }\n      rowCount\n      userErrors { field code message }\n    }\n  }\n": types.ExportLeadsDocument,
    "\n  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {\n    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name company phone email status source priority score tags\n        createdAt lastFollowedUpAt statusChangedAt\n        owner { id displayName }\n      }\n    }\n  }\n": types.LeadListDocument,
    "\n  query LeadOwners {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }\n  }\n": types.LeadOwnersDocument,
    "\n  query LeadCloseReasons {\n    leadCloseReasons { key label }\n  }\n": types.LeadCloseReasonsDocument,
    "\n  mutation AssignLeads($input: AssignLeadsInput!) {\n    assignLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.AssignLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) {\n    transferLeads(input: $input) {\n      leads { id owner { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.TransferLeadsDocument,
    "\n  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {\n    changeLeadStatus(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.ChangeLeadStatusDocument,
    "\n  mutation CloseLeads($input: CloseLeadsInput!) {\n    closeLeads(input: $input) {\n      leads { id status }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.CloseLeadsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead { id name }\n      userErrors { field code message }\n    }\n  }\n": types.CreateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step label position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": types.LeadDetailDocument,
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
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step label position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead { id status convertedAt }\n      customer { id name }\n      contact { id name }\n      opportunity { id name }\n      customerCreated carriedTasks carriedCommunications\n      duplicates { name ownerName inPool matchedOn customer { id name } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead { id status convertedAt }\n      customer { id name }\n      contact { id name }\n      opportunity { id name }\n      customerCreated carriedTasks carriedCommunications\n      duplicates { name ownerName inPool matchedOn customer { id name } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvertCustomerSearch($search: String!) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name contacts { id name } } }\n  }\n"): (typeof documents)["\n  query ConvertCustomerSearch($search: String!) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name contacts { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewLeadImport($fileId: ID!, $sheet: String) {\n    previewLeadImport(fileId: $fileId, sheet: $sheet) {\n      fileFormat encoding delimiter sheets sheet headers rowCount\n      rows { rowNumber cells }\n      suggestedMapping { column header target }\n    }\n  }\n"): (typeof documents)["\n  query PreviewLeadImport($fileId: ID!, $sheet: String) {\n    previewLeadImport(fileId: $fileId, sheet: $sheet) {\n      fileFormat encoding delimiter sheets sheet headers rowCount\n      rows { rowNumber cells }\n      suggestedMapping { column header target }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport { id status dryRun }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport { id status dryRun }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelLeadImport($input: CancelLeadImportInput!) {\n    cancelLeadImport(input: $input) {\n      leadImport { id status }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelLeadImport($input: CancelLeadImportInput!) {\n    cancelLeadImport(input: $input) {\n      leadImport { id status }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeadImportProgress($importId: ID!) {\n    leadImportProgress(importId: $importId) {\n      id status total processed created updated skipped failed\n      error { code message }\n    }\n  }\n"): (typeof documents)["\n  subscription LeadImportProgress($importId: ID!) {\n    leadImportProgress(importId: $importId) {\n      id status total processed created updated skipped failed\n      error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadImportResult($id: ID!) {\n    leadImport(id: $id) {\n      id fileName dryRun status total processed created updated skipped failed reportUrl\n      error { code message }\n      problems(first: 200) { rowNumber outcome cells leadId reasons { field code message } }\n    }\n  }\n"): (typeof documents)["\n  query LeadImportResult($id: ID!) {\n    leadImport(id: $id) {\n      id fileName dryRun status total processed created updated skipped failed reportUrl\n      error { code message }\n      problems(first: 200) { rowNumber outcome cells leadId reasons { field code message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadImportHistory($first: Int!) {\n    leadImports(first: $first) {\n      id fileName fileFormat dryRun onDuplicate status total created updated skipped failed\n      createdAt finishedAt reportUrl\n    }\n  }\n"): (typeof documents)["\n  query LeadImportHistory($first: Int!) {\n    leadImports(first: $first) {\n      id fileName fileFormat dryRun onDuplicate status total created updated skipped failed\n      createdAt finishedAt reportUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportLeads($input: ExportLeadsInput!) {\n    exportLeads(input: $input) {\n      file { id name downloadUrl }\n      rowCount\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportLeads($input: ExportLeadsInput!) {\n    exportLeads(input: $input) {\n      file { id name downloadUrl }\n      rowCount\n      userErrors { field code message }\n    }\n  }\n"];
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
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step label position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step label position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n"];
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