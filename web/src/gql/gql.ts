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
    "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderField!, $descending: Boolean!) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind industry province city level lifecycle phone tags inPool\n        createdAt lastFollowedUpAt poolDueAt\n        owner { id displayName }\n        team { id name }\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  query CustomerChoices {\n    customerLevels { key name poolAfterDays }\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n": typeof types.CustomerChoicesDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name }\n      duplicates { name ownerName inPool matchedOn customer { id } }\n      linked\n      keptExisting\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer { id }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($input: DeleteCustomerInput!) {\n    deleteCustomer(input: $input) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  mutation RestoreCustomer($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) {\n      customer { id name }\n      userErrors { field code message }\n    }\n  }\n": typeof types.RestoreCustomerDocument,
    "\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customers { id inPool }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ReleaseCustomersDocument,
    "\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ClaimCustomersDocument,
    "\n  mutation AssignPoolCustomers($input: AssignPoolCustomersInput!) {\n    assignPoolCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.AssignPoolCustomersDocument,
    "\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n": typeof types.ExportCustomersDocument,
    "\n  query PublicPool($first: Int!, $after: String) {\n    publicPool(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry province city level lifecycle poolEnteredAt lastFollowedUpAt }\n    }\n  }\n": typeof types.PublicPoolDocument,
    "\n  query DeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name deletedAt owner { id displayName } }\n    }\n  }\n": typeof types.DeletedCustomersDocument,
    "\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel tags lifecycle\n        phone email idCardNumber bankCardNumber notes lastFollowedUpAt inPool poolEnteredAt poolDueAt\n        createdAt updatedAt\n        owner { id displayName }\n        team { id name }\n        contacts {\n          id name gender birthday age title department isPrimary mobile phone email wechatId address notes\n        }\n      }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      preferences(limit: 5) {\n        products { value count share }\n        categories { value count share }\n        channels { value count share }\n      }\n      value {\n        totalPurchases purchaseCount firstPurchaseAt lastPurchaseAt averageOrderValue currency\n        rfm { recency frequency monetary segment segmentLabel }\n      }\n      activity { totalEvents lastEventAt eventsByKind { kind count } }\n    }\n  }\n": typeof types.CustomerProfileDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $id, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind source occurredAt summary actorName }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedContactId\n      userErrors { field code message }\n    }\n  }\n": typeof types.DeleteContactDocument,
    "\n  query CustomerDuplicates($id: ID!) {\n    customerDuplicates(id: $id) {\n      name ownerName inPool matchedOn\n      customer { id }\n    }\n  }\n": typeof types.CustomerDuplicatesDocument,
    "\n  query MergeSide($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel lifecycle notes\n        phone email idCardNumber bankCardNumber tags createdAt\n        owner { displayName }\n        contacts { id }\n      }\n    }\n  }\n": typeof types.MergeSideDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      customer { id name }\n      moved\n      userErrors { field code message }\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CompleteLeadConversionStepDocument,
    "\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ReopenLeadConversionStepDocument,
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
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  query Pipelines {\n    pipelines { id name isDefault stages { id name probability kind position } }\n    wonReasons { id label }\n    lostReasons { id label }\n  }\n": typeof types.PipelinesDocument,
    "\n  query PipelineBoard($pipelineId: ID, $filter: OpportunityFilter, $first: Int!) {\n    pipeline(pipelineId: $pipelineId, filter: $filter, first: $first) {\n      pipeline { id name }\n      columns {\n        stage { id name probability kind }\n        count totalAmount weightedAmount\n        totals { currency count amount weightedAmount }\n        opportunities {\n          id name amount currency status expectedCloseDate weightedAmount\n          customer { id name }\n          owner { id displayName }\n          stage { id }\n        }\n      }\n    }\n  }\n": typeof types.PipelineBoardDocument,
    "\n  query PipelineOwnersAndTeams {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n": typeof types.PipelineOwnersAndTeamsDocument,
    "\n  query PipelineCustomerSearch($search: String) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name } }\n  }\n": typeof types.PipelineCustomerSearchDocument,
    "\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      opportunity { id status stage { id name } weightedAmount closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.MoveOpportunityStageDocument,
    "\n  mutation WinOpportunity($input: WinOpportunityInput!) {\n    winOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.WinOpportunityDocument,
    "\n  mutation LoseOpportunity($input: LoseOpportunityInput!) {\n    loseOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.LoseOpportunityDocument,
    "\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ReopenOpportunityDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      opportunity { id name }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      opportunity { id name amount currency expectedCloseDate competitor source description owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateOpportunityDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opportunity {\n        id name amount currency expectedCloseDate competitor source description status\n        amountFromLineItems stageEnteredAt closedAt closeNote createdAt timeInStage weightedAmount\n        customer { id name }\n        pipeline { id name stages { id name probability kind } }\n        stage { id name probability kind }\n        owner { id displayName }\n        team { id name }\n        closeReason { id label }\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n        stageHistory { kind fromStageName toStageName movedAt secondsInPreviousStage reason note movedBy { displayName } }\n      }\n    }\n  }\n": typeof types.OpportunityDetailDocument,
    "\n  query SalesCatalogue {\n    products(first: 100, filter: { isActive: true }, orderBy: CODE) {\n      nodes { id code name unit listPrice currency }\n    }\n    priceLists(first: 100, filter: { isActive: true }) { nodes { id name currency validFrom validTo } }\n  }\n": typeof types.SalesCatalogueDocument,
    "\n  mutation SetOpportunityLineItems($input: SetOpportunityLineItemsInput!) {\n    setOpportunityLineItems(input: $input) {\n      opportunity {\n        id amount amountFromLineItems weightedAmount\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n      }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SetOpportunityLineItemsDocument,
    "\n  query OpportunityQuotes($opportunityId: ID!) {\n    quotes(first: 50, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number version isCurrent status currency subtotal discountTotal total validUntil notes sentAt createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        versions { id version isCurrent status total }\n      }\n    }\n  }\n": typeof types.OpportunityQuotesDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) { quote { id number } userErrors { field code message } }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) { quote { id total validUntil } userErrors { field code message } }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  mutation SendQuote($input: QuoteActionInput!) {\n    sendQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n": typeof types.SendQuoteDocument,
    "\n  mutation AcceptQuote($input: QuoteActionInput!) {\n    acceptQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n": typeof types.AcceptQuoteDocument,
    "\n  mutation RejectQuote($input: QuoteActionInput!) {\n    rejectQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n": typeof types.RejectQuoteDocument,
    "\n  mutation ReviseQuote($input: QuoteActionInput!) {\n    reviseQuote(input: $input) { quote { id version status } userErrors { field code message } }\n  }\n": typeof types.ReviseQuoteDocument,
    "\n  mutation ExportQuote($input: ExportQuoteInput!) {\n    exportQuote(input: $input) { fileName contentType content userErrors { field code message } }\n  }\n": typeof types.ExportQuoteDocument,
    "\n  query DealContracts($opportunityId: ID!) {\n    contracts(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n": typeof types.DealContractsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id number } userErrors { field code message } }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) { contract { id status signedDate } userErrors { field code message } }\n  }\n": typeof types.ChangeContractStatusDocument,
    "\n  mutation UpdateContractSigned($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id signedDate } userErrors { field code message } }\n  }\n": typeof types.UpdateContractSignedDocument,
    "\n  mutation AttachContractFile($input: ContractFileInput!) {\n    attachContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": typeof types.AttachContractFileDocument,
    "\n  mutation RemoveContractFile($input: ContractFileInput!) {\n    removeContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": typeof types.RemoveContractFileDocument,
    "\n  query DealOrders($opportunityId: ID!) {\n    orders(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n": typeof types.DealOrdersDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) { order { id number } userErrors { field code message } }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation SetOrderLines($input: SetOrderLinesInput!) {\n    setOrderLines(input: $input) { order { id total outstanding } userErrors { field code message } }\n  }\n": typeof types.SetOrderLinesDocument,
    "\n  mutation SetPaymentPlan($input: SetPaymentPlanInput!) {\n    setPaymentPlan(input: $input) { order { id instalments { dueDate amount paidAmount outstanding overdue } } userErrors { field code message } }\n  }\n": typeof types.SetPaymentPlanDocument,
    "\n  mutation ConfirmOrder($input: OrderActionInput!) {\n    confirmOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": typeof types.ConfirmOrderDocument,
    "\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id }\n      order { id status received outstanding }\n      userErrors { field code message }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  query SettingsUsers($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrderField!, $descending: Boolean!) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id displayName email phone isActive lastLoginAt createdAt\n        team { id name }\n        role { id key name }\n      }\n    }\n  }\n": typeof types.SettingsUsersDocument,
    "\n  query SettingsTeams {\n    teams(first: 100) {\n      nodes { id name depth createdAt parent { id } manager { id displayName } }\n    }\n  }\n": typeof types.SettingsTeamsDocument,
    "\n  query SettingsRoleChoices {\n    roles { id key name isBuiltin }\n  }\n": typeof types.SettingsRoleChoicesDocument,
    "\n  mutation SettingsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id displayName }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsCreateUserDocument,
    "\n  mutation SettingsUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName isActive team { id name } role { id key name } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsUpdateUserDocument,
    "\n  mutation SettingsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name depth parent { id } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsCreateTeamDocument,
    "\n  mutation SettingsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name depth parent { id } manager { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.SettingsUpdateTeamDocument,
    "\n  query SettingsManagerChoices {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n  }\n": typeof types.SettingsManagerChoicesDocument,
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
    "\n  fragment TaskFields on Task {\n    id title notes dueAt priority status outcome postponedCount lastPostponeReason\n    completedAt cancelledAt cancelReason createdAt isOverdue subjectId\n    type { id name key }\n    assignee { id displayName }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    reminders { id minutesBefore fireAt firesAt }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query TaskList($first: Int!, $after: String, $filter: TaskFilterInput, $orderBy: TaskOrderField!, $descending: Boolean!) {\n    tasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TaskFields }\n    }\n  }\n": typeof types.TaskListDocument,
    "\n  query TaskDetail($id: ID!) {\n    node(id: $id) { __typename ... on Task { ...TaskFields } }\n  }\n": typeof types.TaskDetailDocument,
    "\n  query TaskTypes {\n    taskTypes { id name key archived }\n  }\n": typeof types.TaskTypesDocument,
    "\n  query TaskUsers {\n    users(first: 100, filter: { isActive: true }, orderBy: DISPLAY_NAME) { nodes { id displayName team { id name } } }\n  }\n": typeof types.TaskUsersDocument,
    "\n  query TaskSubjectSearch($search: String!, $leads: Boolean!, $customers: Boolean!, $opportunities: Boolean!) {\n    leads(first: 10, filter: { search: $search }) @include(if: $leads) { nodes { id name company } }\n    customers(first: 10, filter: { search: $search }) @include(if: $customers) { nodes { id name } }\n    opportunities(first: 10, filter: { search: $search }) @include(if: $opportunities) { nodes { id name } }\n  }\n": typeof types.TaskSubjectSearchDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": typeof types.AssignTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": typeof types.PostponeTaskDocument,
    "\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": typeof types.CancelTaskDocument,
    "\n  mutation ReopenTask($input: ReopenTaskInput!) {\n    reopenTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": typeof types.ReopenTaskDocument,
    "\n  mutation BatchCompleteTasks($input: BatchCompleteTasksInput!) {\n    batchCompleteTasks(input: $input) {\n      tasks { id status outcome }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.BatchCompleteTasksDocument,
    "\n  mutation BatchReassignTasks($input: BatchReassignTasksInput!) {\n    batchReassignTasks(input: $input) {\n      tasks { id assignee { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": typeof types.BatchReassignTasksDocument,
    "\n  query FollowUpPlanTemplates($includeArchived: Boolean!) {\n    followUpPlanTemplates(includeArchived: $includeArchived) {\n      id name description archived\n      steps { dayOffset method outline goal timeOfDay }\n      stats { runs active completed cancelled successful completionRate successRate }\n    }\n  }\n": typeof types.FollowUpPlanTemplatesDocument,
    "\n  mutation CreateFollowUpPlanTemplate($input: CreateFollowUpPlanTemplateInput!) {\n    createFollowUpPlanTemplate(input: $input) { template { id name } userErrors { field code message } }\n  }\n": typeof types.CreateFollowUpPlanTemplateDocument,
    "\n  mutation UpdateFollowUpPlanTemplate($input: UpdateFollowUpPlanTemplateInput!) {\n    updateFollowUpPlanTemplate(input: $input) { template { id name archived } userErrors { field code message } }\n  }\n": typeof types.UpdateFollowUpPlanTemplateDocument,
    "\n  fragment PlanRunFields on FollowUpPlanRun {\n    id name status goalAchieved startAt finishedAt createdAt\n    assignee { id displayName }\n    template { id name }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    steps {\n      id position dayOffset method outline goal status outcome goalAchieved finishedAt\n      task { id title dueAt status isOverdue }\n    }\n  }\n": typeof types.PlanRunFieldsFragmentDoc,
    "\n  query FollowUpPlanRuns($first: Int!, $after: String, $filter: FollowUpPlanRunFilter) {\n    followUpPlanRuns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PlanRunFields }\n    }\n  }\n": typeof types.FollowUpPlanRunsDocument,
    "\n  mutation ApplyFollowUpPlan($input: ApplyFollowUpPlanInput!) {\n    applyFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": typeof types.ApplyFollowUpPlanDocument,
    "\n  mutation SkipFollowUpPlanStep($input: SkipFollowUpPlanStepInput!) {\n    skipFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": typeof types.SkipFollowUpPlanStepDocument,
    "\n  mutation RescheduleFollowUpPlanStep($input: RescheduleFollowUpPlanStepInput!) {\n    rescheduleFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": typeof types.RescheduleFollowUpPlanStepDocument,
    "\n  mutation AddFollowUpPlanStep($input: AddFollowUpPlanStepInput!) {\n    addFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": typeof types.AddFollowUpPlanStepDocument,
    "\n  mutation CancelFollowUpPlan($input: CancelFollowUpPlanInput!) {\n    cancelFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": typeof types.CancelFollowUpPlanDocument,
    "\n  query TeamVisits($day: Date) {\n    visits(filter: { day: $day }) {\n      count\n      checkedIn\n      rep {\n        id\n        displayName\n      }\n      visits {\n        id\n        occurredAt\n        content\n        subject {\n          __typename\n          ... on Customer {\n            id\n            name\n          }\n          ... on Lead {\n            id\n            name\n          }\n          ... on Contact {\n            id\n            name\n          }\n          ... on Opportunity {\n            id\n            name\n          }\n        }\n        checkIn {\n          latitude\n          longitude\n          accuracyMeters\n          address\n          takenAt\n          photos {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamVisitsDocument,
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
    "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderField!, $descending: Boolean!) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind industry province city level lifecycle phone tags inPool\n        createdAt lastFollowedUpAt poolDueAt\n        owner { id displayName }\n        team { id name }\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  query CustomerChoices {\n    customerLevels { key name poolAfterDays }\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n": types.CustomerChoicesDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name }\n      duplicates { name ownerName inPool matchedOn customer { id } }\n      linked\n      keptExisting\n      userErrors { field code message }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer { id }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($input: DeleteCustomerInput!) {\n    deleteCustomer(input: $input) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n": types.DeleteCustomerDocument,
    "\n  mutation RestoreCustomer($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) {\n      customer { id name }\n      userErrors { field code message }\n    }\n  }\n": types.RestoreCustomerDocument,
    "\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customers { id inPool }\n      userErrors { field code message }\n    }\n  }\n": types.ReleaseCustomersDocument,
    "\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": types.ClaimCustomersDocument,
    "\n  mutation AssignPoolCustomers($input: AssignPoolCustomersInput!) {\n    assignPoolCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": types.AssignPoolCustomersDocument,
    "\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n": types.ExportCustomersDocument,
    "\n  query PublicPool($first: Int!, $after: String) {\n    publicPool(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry province city level lifecycle poolEnteredAt lastFollowedUpAt }\n    }\n  }\n": types.PublicPoolDocument,
    "\n  query DeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name deletedAt owner { id displayName } }\n    }\n  }\n": types.DeletedCustomersDocument,
    "\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel tags lifecycle\n        phone email idCardNumber bankCardNumber notes lastFollowedUpAt inPool poolEnteredAt poolDueAt\n        createdAt updatedAt\n        owner { id displayName }\n        team { id name }\n        contacts {\n          id name gender birthday age title department isPrimary mobile phone email wechatId address notes\n        }\n      }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      preferences(limit: 5) {\n        products { value count share }\n        categories { value count share }\n        channels { value count share }\n      }\n      value {\n        totalPurchases purchaseCount firstPurchaseAt lastPurchaseAt averageOrderValue currency\n        rfm { recency frequency monetary segment segmentLabel }\n      }\n      activity { totalEvents lastEventAt eventsByKind { kind count } }\n    }\n  }\n": types.CustomerProfileDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $id, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind source occurredAt summary actorName }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedContactId\n      userErrors { field code message }\n    }\n  }\n": types.DeleteContactDocument,
    "\n  query CustomerDuplicates($id: ID!) {\n    customerDuplicates(id: $id) {\n      name ownerName inPool matchedOn\n      customer { id }\n    }\n  }\n": types.CustomerDuplicatesDocument,
    "\n  query MergeSide($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel lifecycle notes\n        phone email idCardNumber bankCardNumber tags createdAt\n        owner { displayName }\n        contacts { id }\n      }\n    }\n  }\n": types.MergeSideDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      customer { id name }\n      moved\n      userErrors { field code message }\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": types.CompleteLeadConversionStepDocument,
    "\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n": types.ReopenLeadConversionStepDocument,
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
    "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n": types.LeadDetailDocument,
    "\n  query Pipelines {\n    pipelines { id name isDefault stages { id name probability kind position } }\n    wonReasons { id label }\n    lostReasons { id label }\n  }\n": types.PipelinesDocument,
    "\n  query PipelineBoard($pipelineId: ID, $filter: OpportunityFilter, $first: Int!) {\n    pipeline(pipelineId: $pipelineId, filter: $filter, first: $first) {\n      pipeline { id name }\n      columns {\n        stage { id name probability kind }\n        count totalAmount weightedAmount\n        totals { currency count amount weightedAmount }\n        opportunities {\n          id name amount currency status expectedCloseDate weightedAmount\n          customer { id name }\n          owner { id displayName }\n          stage { id }\n        }\n      }\n    }\n  }\n": types.PipelineBoardDocument,
    "\n  query PipelineOwnersAndTeams {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n": types.PipelineOwnersAndTeamsDocument,
    "\n  query PipelineCustomerSearch($search: String) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name } }\n  }\n": types.PipelineCustomerSearchDocument,
    "\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      opportunity { id status stage { id name } weightedAmount closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": types.MoveOpportunityStageDocument,
    "\n  mutation WinOpportunity($input: WinOpportunityInput!) {\n    winOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": types.WinOpportunityDocument,
    "\n  mutation LoseOpportunity($input: LoseOpportunityInput!) {\n    loseOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": types.LoseOpportunityDocument,
    "\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n": types.ReopenOpportunityDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      opportunity { id name }\n      userErrors { field code message }\n    }\n  }\n": types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      opportunity { id name amount currency expectedCloseDate competitor source description owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateOpportunityDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opportunity {\n        id name amount currency expectedCloseDate competitor source description status\n        amountFromLineItems stageEnteredAt closedAt closeNote createdAt timeInStage weightedAmount\n        customer { id name }\n        pipeline { id name stages { id name probability kind } }\n        stage { id name probability kind }\n        owner { id displayName }\n        team { id name }\n        closeReason { id label }\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n        stageHistory { kind fromStageName toStageName movedAt secondsInPreviousStage reason note movedBy { displayName } }\n      }\n    }\n  }\n": types.OpportunityDetailDocument,
    "\n  query SalesCatalogue {\n    products(first: 100, filter: { isActive: true }, orderBy: CODE) {\n      nodes { id code name unit listPrice currency }\n    }\n    priceLists(first: 100, filter: { isActive: true }) { nodes { id name currency validFrom validTo } }\n  }\n": types.SalesCatalogueDocument,
    "\n  mutation SetOpportunityLineItems($input: SetOpportunityLineItemsInput!) {\n    setOpportunityLineItems(input: $input) {\n      opportunity {\n        id amount amountFromLineItems weightedAmount\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n      }\n      userErrors { field code message }\n    }\n  }\n": types.SetOpportunityLineItemsDocument,
    "\n  query OpportunityQuotes($opportunityId: ID!) {\n    quotes(first: 50, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number version isCurrent status currency subtotal discountTotal total validUntil notes sentAt createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        versions { id version isCurrent status total }\n      }\n    }\n  }\n": types.OpportunityQuotesDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) { quote { id number } userErrors { field code message } }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) { quote { id total validUntil } userErrors { field code message } }\n  }\n": types.UpdateQuoteDocument,
    "\n  mutation SendQuote($input: QuoteActionInput!) {\n    sendQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n": types.SendQuoteDocument,
    "\n  mutation AcceptQuote($input: QuoteActionInput!) {\n    acceptQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n": types.AcceptQuoteDocument,
    "\n  mutation RejectQuote($input: QuoteActionInput!) {\n    rejectQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n": types.RejectQuoteDocument,
    "\n  mutation ReviseQuote($input: QuoteActionInput!) {\n    reviseQuote(input: $input) { quote { id version status } userErrors { field code message } }\n  }\n": types.ReviseQuoteDocument,
    "\n  mutation ExportQuote($input: ExportQuoteInput!) {\n    exportQuote(input: $input) { fileName contentType content userErrors { field code message } }\n  }\n": types.ExportQuoteDocument,
    "\n  query DealContracts($opportunityId: ID!) {\n    contracts(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n": types.DealContractsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id number } userErrors { field code message } }\n  }\n": types.CreateContractDocument,
    "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) { contract { id status signedDate } userErrors { field code message } }\n  }\n": types.ChangeContractStatusDocument,
    "\n  mutation UpdateContractSigned($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id signedDate } userErrors { field code message } }\n  }\n": types.UpdateContractSignedDocument,
    "\n  mutation AttachContractFile($input: ContractFileInput!) {\n    attachContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": types.AttachContractFileDocument,
    "\n  mutation RemoveContractFile($input: ContractFileInput!) {\n    removeContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": types.RemoveContractFileDocument,
    "\n  query DealOrders($opportunityId: ID!) {\n    orders(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n": types.DealOrdersDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) { order { id number } userErrors { field code message } }\n  }\n": types.CreateOrderDocument,
    "\n  mutation SetOrderLines($input: SetOrderLinesInput!) {\n    setOrderLines(input: $input) { order { id total outstanding } userErrors { field code message } }\n  }\n": types.SetOrderLinesDocument,
    "\n  mutation SetPaymentPlan($input: SetPaymentPlanInput!) {\n    setPaymentPlan(input: $input) { order { id instalments { dueDate amount paidAmount outstanding overdue } } userErrors { field code message } }\n  }\n": types.SetPaymentPlanDocument,
    "\n  mutation ConfirmOrder($input: OrderActionInput!) {\n    confirmOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": types.ConfirmOrderDocument,
    "\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": types.CancelOrderDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id }\n      order { id status received outstanding }\n      userErrors { field code message }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  query SettingsUsers($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrderField!, $descending: Boolean!) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id displayName email phone isActive lastLoginAt createdAt\n        team { id name }\n        role { id key name }\n      }\n    }\n  }\n": types.SettingsUsersDocument,
    "\n  query SettingsTeams {\n    teams(first: 100) {\n      nodes { id name depth createdAt parent { id } manager { id displayName } }\n    }\n  }\n": types.SettingsTeamsDocument,
    "\n  query SettingsRoleChoices {\n    roles { id key name isBuiltin }\n  }\n": types.SettingsRoleChoicesDocument,
    "\n  mutation SettingsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id displayName }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsCreateUserDocument,
    "\n  mutation SettingsUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName isActive team { id name } role { id key name } }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsUpdateUserDocument,
    "\n  mutation SettingsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name depth parent { id } }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsCreateTeamDocument,
    "\n  mutation SettingsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name depth parent { id } manager { id displayName } }\n      userErrors { field code message }\n    }\n  }\n": types.SettingsUpdateTeamDocument,
    "\n  query SettingsManagerChoices {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n  }\n": types.SettingsManagerChoicesDocument,
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
    "\n  fragment TaskFields on Task {\n    id title notes dueAt priority status outcome postponedCount lastPostponeReason\n    completedAt cancelledAt cancelReason createdAt isOverdue subjectId\n    type { id name key }\n    assignee { id displayName }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    reminders { id minutesBefore fireAt firesAt }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query TaskList($first: Int!, $after: String, $filter: TaskFilterInput, $orderBy: TaskOrderField!, $descending: Boolean!) {\n    tasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TaskFields }\n    }\n  }\n": types.TaskListDocument,
    "\n  query TaskDetail($id: ID!) {\n    node(id: $id) { __typename ... on Task { ...TaskFields } }\n  }\n": types.TaskDetailDocument,
    "\n  query TaskTypes {\n    taskTypes { id name key archived }\n  }\n": types.TaskTypesDocument,
    "\n  query TaskUsers {\n    users(first: 100, filter: { isActive: true }, orderBy: DISPLAY_NAME) { nodes { id displayName team { id name } } }\n  }\n": types.TaskUsersDocument,
    "\n  query TaskSubjectSearch($search: String!, $leads: Boolean!, $customers: Boolean!, $opportunities: Boolean!) {\n    leads(first: 10, filter: { search: $search }) @include(if: $leads) { nodes { id name company } }\n    customers(first: 10, filter: { search: $search }) @include(if: $customers) { nodes { id name } }\n    opportunities(first: 10, filter: { search: $search }) @include(if: $opportunities) { nodes { id name } }\n  }\n": types.TaskSubjectSearchDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": types.AssignTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": types.PostponeTaskDocument,
    "\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": types.CancelTaskDocument,
    "\n  mutation ReopenTask($input: ReopenTaskInput!) {\n    reopenTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n": types.ReopenTaskDocument,
    "\n  mutation BatchCompleteTasks($input: BatchCompleteTasksInput!) {\n    batchCompleteTasks(input: $input) {\n      tasks { id status outcome }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.BatchCompleteTasksDocument,
    "\n  mutation BatchReassignTasks($input: BatchReassignTasksInput!) {\n    batchReassignTasks(input: $input) {\n      tasks { id assignee { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n": types.BatchReassignTasksDocument,
    "\n  query FollowUpPlanTemplates($includeArchived: Boolean!) {\n    followUpPlanTemplates(includeArchived: $includeArchived) {\n      id name description archived\n      steps { dayOffset method outline goal timeOfDay }\n      stats { runs active completed cancelled successful completionRate successRate }\n    }\n  }\n": types.FollowUpPlanTemplatesDocument,
    "\n  mutation CreateFollowUpPlanTemplate($input: CreateFollowUpPlanTemplateInput!) {\n    createFollowUpPlanTemplate(input: $input) { template { id name } userErrors { field code message } }\n  }\n": types.CreateFollowUpPlanTemplateDocument,
    "\n  mutation UpdateFollowUpPlanTemplate($input: UpdateFollowUpPlanTemplateInput!) {\n    updateFollowUpPlanTemplate(input: $input) { template { id name archived } userErrors { field code message } }\n  }\n": types.UpdateFollowUpPlanTemplateDocument,
    "\n  fragment PlanRunFields on FollowUpPlanRun {\n    id name status goalAchieved startAt finishedAt createdAt\n    assignee { id displayName }\n    template { id name }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    steps {\n      id position dayOffset method outline goal status outcome goalAchieved finishedAt\n      task { id title dueAt status isOverdue }\n    }\n  }\n": types.PlanRunFieldsFragmentDoc,
    "\n  query FollowUpPlanRuns($first: Int!, $after: String, $filter: FollowUpPlanRunFilter) {\n    followUpPlanRuns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PlanRunFields }\n    }\n  }\n": types.FollowUpPlanRunsDocument,
    "\n  mutation ApplyFollowUpPlan($input: ApplyFollowUpPlanInput!) {\n    applyFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": types.ApplyFollowUpPlanDocument,
    "\n  mutation SkipFollowUpPlanStep($input: SkipFollowUpPlanStepInput!) {\n    skipFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": types.SkipFollowUpPlanStepDocument,
    "\n  mutation RescheduleFollowUpPlanStep($input: RescheduleFollowUpPlanStepInput!) {\n    rescheduleFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": types.RescheduleFollowUpPlanStepDocument,
    "\n  mutation AddFollowUpPlanStep($input: AddFollowUpPlanStepInput!) {\n    addFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": types.AddFollowUpPlanStepDocument,
    "\n  mutation CancelFollowUpPlan($input: CancelFollowUpPlanInput!) {\n    cancelFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n": types.CancelFollowUpPlanDocument,
    "\n  query TeamVisits($day: Date) {\n    visits(filter: { day: $day }) {\n      count\n      checkedIn\n      rep {\n        id\n        displayName\n      }\n      visits {\n        id\n        occurredAt\n        content\n        subject {\n          __typename\n          ... on Customer {\n            id\n            name\n          }\n          ... on Lead {\n            id\n            name\n          }\n          ... on Contact {\n            id\n            name\n          }\n          ... on Opportunity {\n            id\n            name\n          }\n        }\n        checkIn {\n          latitude\n          longitude\n          accuracyMeters\n          address\n          takenAt\n          photos {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TeamVisitsDocument,
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
export function graphql(source: "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderField!, $descending: Boolean!) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind industry province city level lifecycle phone tags inPool\n        createdAt lastFollowedUpAt poolDueAt\n        owner { id displayName }\n        team { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderField!, $descending: Boolean!) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind industry province city level lifecycle phone tags inPool\n        createdAt lastFollowedUpAt poolDueAt\n        owner { id displayName }\n        team { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerChoices {\n    customerLevels { key name poolAfterDays }\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query CustomerChoices {\n    customerLevels { key name poolAfterDays }\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name }\n      duplicates { name ownerName inPool matchedOn customer { id } }\n      linked\n      keptExisting\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer { id name }\n      duplicates { name ownerName inPool matchedOn customer { id } }\n      linked\n      keptExisting\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer { id }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer { id }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($input: DeleteCustomerInput!) {\n    deleteCustomer(input: $input) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCustomer($input: DeleteCustomerInput!) {\n    deleteCustomer(input: $input) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCustomer($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) {\n      customer { id name }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCustomer($input: RestoreCustomerInput!) {\n    restoreCustomer(input: $input) {\n      customer { id name }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customers { id inPool }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customers { id inPool }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPoolCustomers($input: AssignPoolCustomersInput!) {\n    assignPoolCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignPoolCustomers($input: AssignPoolCustomersInput!) {\n    assignPoolCustomers(input: $input) {\n      customers { id owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      fileName contentType content rowCount\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPool($first: Int!, $after: String) {\n    publicPool(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry province city level lifecycle poolEnteredAt lastFollowedUpAt }\n    }\n  }\n"): (typeof documents)["\n  query PublicPool($first: Int!, $after: String) {\n    publicPool(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name industry province city level lifecycle poolEnteredAt lastFollowedUpAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name deletedAt owner { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query DeletedCustomers($first: Int!, $after: String) {\n    deletedCustomers(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name deletedAt owner { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel tags lifecycle\n        phone email idCardNumber bankCardNumber notes lastFollowedUpAt inPool poolEnteredAt poolDueAt\n        createdAt updatedAt\n        owner { id displayName }\n        team { id name }\n        contacts {\n          id name gender birthday age title department isPrimary mobile phone email wechatId address notes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel tags lifecycle\n        phone email idCardNumber bankCardNumber notes lastFollowedUpAt inPool poolEnteredAt poolDueAt\n        createdAt updatedAt\n        owner { id displayName }\n        team { id name }\n        contacts {\n          id name gender birthday age title department isPrimary mobile phone email wechatId address notes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      preferences(limit: 5) {\n        products { value count share }\n        categories { value count share }\n        channels { value count share }\n      }\n      value {\n        totalPurchases purchaseCount firstPurchaseAt lastPurchaseAt averageOrderValue currency\n        rfm { recency frequency monetary segment segmentLabel }\n      }\n      activity { totalEvents lastEventAt eventsByKind { kind count } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerProfile($id: ID!) {\n    customerProfile(customerId: $id) {\n      preferences(limit: 5) {\n        products { value count share }\n        categories { value count share }\n        channels { value count share }\n      }\n      value {\n        totalPurchases purchaseCount firstPurchaseAt lastPurchaseAt averageOrderValue currency\n        rfm { recency frequency monetary segment segmentLabel }\n      }\n      activity { totalEvents lastEventAt eventsByKind { kind count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $id, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind source occurredAt summary actorName }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String) {\n    customerTimeline(customerId: $id, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind source occurredAt summary actorName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact { id }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedContactId\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContact($input: DeleteContactInput!) {\n    deleteContact(input: $input) {\n      deletedContactId\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDuplicates($id: ID!) {\n    customerDuplicates(id: $id) {\n      name ownerName inPool matchedOn\n      customer { id }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDuplicates($id: ID!) {\n    customerDuplicates(id: $id) {\n      name ownerName inPool matchedOn\n      customer { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSide($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel lifecycle notes\n        phone email idCardNumber bankCardNumber tags createdAt\n        owner { displayName }\n        contacts { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeSide($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Customer {\n        id name kind industry size province city district address level source channel lifecycle notes\n        phone email idCardNumber bankCardNumber tags createdAt\n        owner { displayName }\n        contacts { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      customer { id name }\n      moved\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      customer { id name }\n      moved\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {\n    completeLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {\n    reopenLeadConversionStep(input: $input) {\n      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }\n      userErrors { field code message }\n    }\n  }\n"];
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
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Lead {\n        id name company title industry province city district phone email wechatId\n        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote\n        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds\n        owner { id displayName }\n        conversionSteps { step position done doneAt note doneBy { displayName } }\n        convertedAt conversionReason\n        convertedCustomer { id name }\n        convertedContact { id name }\n        convertedOpportunity { id name }\n        scoreBreakdown { score items { kind label points count } }\n        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }\n        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }\n        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }\n        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }\n        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipelines {\n    pipelines { id name isDefault stages { id name probability kind position } }\n    wonReasons { id label }\n    lostReasons { id label }\n  }\n"): (typeof documents)["\n  query Pipelines {\n    pipelines { id name isDefault stages { id name probability kind position } }\n    wonReasons { id label }\n    lostReasons { id label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineBoard($pipelineId: ID, $filter: OpportunityFilter, $first: Int!) {\n    pipeline(pipelineId: $pipelineId, filter: $filter, first: $first) {\n      pipeline { id name }\n      columns {\n        stage { id name probability kind }\n        count totalAmount weightedAmount\n        totals { currency count amount weightedAmount }\n        opportunities {\n          id name amount currency status expectedCloseDate weightedAmount\n          customer { id name }\n          owner { id displayName }\n          stage { id }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineBoard($pipelineId: ID, $filter: OpportunityFilter, $first: Int!) {\n    pipeline(pipelineId: $pipelineId, filter: $filter, first: $first) {\n      pipeline { id name }\n      columns {\n        stage { id name probability kind }\n        count totalAmount weightedAmount\n        totals { currency count amount weightedAmount }\n        opportunities {\n          id name amount currency status expectedCloseDate weightedAmount\n          customer { id name }\n          owner { id displayName }\n          stage { id }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineOwnersAndTeams {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query PipelineOwnersAndTeams {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n    teams(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineCustomerSearch($search: String) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query PipelineCustomerSearch($search: String) {\n    customers(first: 20, filter: { search: $search }) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      opportunity { id status stage { id name } weightedAmount closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {\n    moveOpportunityStage(input: $input) {\n      opportunity { id status stage { id name } weightedAmount closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinOpportunity($input: WinOpportunityInput!) {\n    winOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation WinOpportunity($input: WinOpportunityInput!) {\n    winOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoseOpportunity($input: LoseOpportunityInput!) {\n    loseOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LoseOpportunity($input: LoseOpportunityInput!) {\n    loseOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {\n    reopenOpportunity(input: $input) {\n      opportunity { id status stage { id name } closeReason { id label } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      opportunity { id name }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      opportunity { id name }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      opportunity { id name amount currency expectedCloseDate competitor source description owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      opportunity { id name amount currency expectedCloseDate competitor source description owner { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opportunity {\n        id name amount currency expectedCloseDate competitor source description status\n        amountFromLineItems stageEnteredAt closedAt closeNote createdAt timeInStage weightedAmount\n        customer { id name }\n        pipeline { id name stages { id name probability kind } }\n        stage { id name probability kind }\n        owner { id displayName }\n        team { id name }\n        closeReason { id label }\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n        stageHistory { kind fromStageName toStageName movedAt secondsInPreviousStage reason note movedBy { displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpportunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opportunity {\n        id name amount currency expectedCloseDate competitor source description status\n        amountFromLineItems stageEnteredAt closedAt closeNote createdAt timeInStage weightedAmount\n        customer { id name }\n        pipeline { id name stages { id name probability kind } }\n        stage { id name probability kind }\n        owner { id displayName }\n        team { id name }\n        closeReason { id label }\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n        stageHistory { kind fromStageName toStageName movedAt secondsInPreviousStage reason note movedBy { displayName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesCatalogue {\n    products(first: 100, filter: { isActive: true }, orderBy: CODE) {\n      nodes { id code name unit listPrice currency }\n    }\n    priceLists(first: 100, filter: { isActive: true }) { nodes { id name currency validFrom validTo } }\n  }\n"): (typeof documents)["\n  query SalesCatalogue {\n    products(first: 100, filter: { isActive: true }, orderBy: CODE) {\n      nodes { id code name unit listPrice currency }\n    }\n    priceLists(first: 100, filter: { isActive: true }) { nodes { id name currency validFrom validTo } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOpportunityLineItems($input: SetOpportunityLineItemsInput!) {\n    setOpportunityLineItems(input: $input) {\n      opportunity {\n        id amount amountFromLineItems weightedAmount\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n      }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOpportunityLineItems($input: SetOpportunityLineItemsInput!) {\n    setOpportunityLineItems(input: $input) {\n      opportunity {\n        id amount amountFromLineItems weightedAmount\n        lineItems { quantity unitPrice discountPercent total product { id code name unit } }\n      }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityQuotes($opportunityId: ID!) {\n    quotes(first: 50, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number version isCurrent status currency subtotal discountTotal total validUntil notes sentAt createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        versions { id version isCurrent status total }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpportunityQuotes($opportunityId: ID!) {\n    quotes(first: 50, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number version isCurrent status currency subtotal discountTotal total validUntil notes sentAt createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        versions { id version isCurrent status total }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) { quote { id number } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) { quote { id number } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) { quote { id total validUntil } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) { quote { id total validUntil } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($input: QuoteActionInput!) {\n    sendQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation SendQuote($input: QuoteActionInput!) {\n    sendQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQuote($input: QuoteActionInput!) {\n    acceptQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AcceptQuote($input: QuoteActionInput!) {\n    acceptQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectQuote($input: QuoteActionInput!) {\n    rejectQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RejectQuote($input: QuoteActionInput!) {\n    rejectQuote(input: $input) { quote { id status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseQuote($input: QuoteActionInput!) {\n    reviseQuote(input: $input) { quote { id version status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ReviseQuote($input: QuoteActionInput!) {\n    reviseQuote(input: $input) { quote { id version status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportQuote($input: ExportQuoteInput!) {\n    exportQuote(input: $input) { fileName contentType content userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ExportQuote($input: ExportQuoteInput!) {\n    exportQuote(input: $input) { fileName contentType content userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealContracts($opportunityId: ID!) {\n    contracts(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealContracts($opportunityId: ID!) {\n    contracts(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id number } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id number } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) { contract { id status signedDate } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) { contract { id status signedDate } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractSigned($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id signedDate } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateContractSigned($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id signedDate } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachContractFile($input: ContractFileInput!) {\n    attachContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AttachContractFile($input: ContractFileInput!) {\n    attachContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContractFile($input: ContractFileInput!) {\n    removeContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RemoveContractFile($input: ContractFileInput!) {\n    removeContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealOrders($opportunityId: ID!) {\n    orders(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealOrders($opportunityId: ID!) {\n    orders(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) { order { id number } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) { order { id number } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrderLines($input: SetOrderLinesInput!) {\n    setOrderLines(input: $input) { order { id total outstanding } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation SetOrderLines($input: SetOrderLinesInput!) {\n    setOrderLines(input: $input) { order { id total outstanding } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPaymentPlan($input: SetPaymentPlanInput!) {\n    setPaymentPlan(input: $input) { order { id instalments { dueDate amount paidAmount outstanding overdue } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation SetPaymentPlan($input: SetPaymentPlanInput!) {\n    setPaymentPlan(input: $input) { order { id instalments { dueDate amount paidAmount outstanding overdue } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOrder($input: OrderActionInput!) {\n    confirmOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ConfirmOrder($input: OrderActionInput!) {\n    confirmOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id }\n      order { id status received outstanding }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id }\n      order { id status received outstanding }\n      userErrors { field code message }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SettingsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name depth parent { id } manager { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name depth parent { id } manager { id displayName } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsManagerChoices {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n  }\n"): (typeof documents)["\n  query SettingsManagerChoices {\n    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }\n  }\n"];
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
export function graphql(source: "\n  fragment TaskFields on Task {\n    id title notes dueAt priority status outcome postponedCount lastPostponeReason\n    completedAt cancelledAt cancelReason createdAt isOverdue subjectId\n    type { id name key }\n    assignee { id displayName }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    reminders { id minutesBefore fireAt firesAt }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id title notes dueAt priority status outcome postponedCount lastPostponeReason\n    completedAt cancelledAt cancelReason createdAt isOverdue subjectId\n    type { id name key }\n    assignee { id displayName }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    reminders { id minutesBefore fireAt firesAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskList($first: Int!, $after: String, $filter: TaskFilterInput, $orderBy: TaskOrderField!, $descending: Boolean!) {\n    tasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TaskFields }\n    }\n  }\n"): (typeof documents)["\n  query TaskList($first: Int!, $after: String, $filter: TaskFilterInput, $orderBy: TaskOrderField!, $descending: Boolean!) {\n    tasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TaskFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    node(id: $id) { __typename ... on Task { ...TaskFields } }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    node(id: $id) { __typename ... on Task { ...TaskFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskTypes {\n    taskTypes { id name key archived }\n  }\n"): (typeof documents)["\n  query TaskTypes {\n    taskTypes { id name key archived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskUsers {\n    users(first: 100, filter: { isActive: true }, orderBy: DISPLAY_NAME) { nodes { id displayName team { id name } } }\n  }\n"): (typeof documents)["\n  query TaskUsers {\n    users(first: 100, filter: { isActive: true }, orderBy: DISPLAY_NAME) { nodes { id displayName team { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskSubjectSearch($search: String!, $leads: Boolean!, $customers: Boolean!, $opportunities: Boolean!) {\n    leads(first: 10, filter: { search: $search }) @include(if: $leads) { nodes { id name company } }\n    customers(first: 10, filter: { search: $search }) @include(if: $customers) { nodes { id name } }\n    opportunities(first: 10, filter: { search: $search }) @include(if: $opportunities) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query TaskSubjectSearch($search: String!, $leads: Boolean!, $customers: Boolean!, $opportunities: Boolean!) {\n    leads(first: 10, filter: { search: $search }) @include(if: $leads) { nodes { id name company } }\n    customers(first: 10, filter: { search: $search }) @include(if: $customers) { nodes { id name } }\n    opportunities(first: 10, filter: { search: $search }) @include(if: $opportunities) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTask($input: ReopenTaskInput!) {\n    reopenTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ReopenTask($input: ReopenTaskInput!) {\n    reopenTask(input: $input) { task { ...TaskFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BatchCompleteTasks($input: BatchCompleteTasksInput!) {\n    batchCompleteTasks(input: $input) {\n      tasks { id status outcome }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation BatchCompleteTasks($input: BatchCompleteTasksInput!) {\n    batchCompleteTasks(input: $input) {\n      tasks { id status outcome }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BatchReassignTasks($input: BatchReassignTasksInput!) {\n    batchReassignTasks(input: $input) {\n      tasks { id assignee { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation BatchReassignTasks($input: BatchReassignTasksInput!) {\n    batchReassignTasks(input: $input) {\n      tasks { id assignee { id displayName } }\n      failures { index id code message }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPlanTemplates($includeArchived: Boolean!) {\n    followUpPlanTemplates(includeArchived: $includeArchived) {\n      id name description archived\n      steps { dayOffset method outline goal timeOfDay }\n      stats { runs active completed cancelled successful completionRate successRate }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpPlanTemplates($includeArchived: Boolean!) {\n    followUpPlanTemplates(includeArchived: $includeArchived) {\n      id name description archived\n      steps { dayOffset method outline goal timeOfDay }\n      stats { runs active completed cancelled successful completionRate successRate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUpPlanTemplate($input: CreateFollowUpPlanTemplateInput!) {\n    createFollowUpPlanTemplate(input: $input) { template { id name } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateFollowUpPlanTemplate($input: CreateFollowUpPlanTemplateInput!) {\n    createFollowUpPlanTemplate(input: $input) { template { id name } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpPlanTemplate($input: UpdateFollowUpPlanTemplateInput!) {\n    updateFollowUpPlanTemplate(input: $input) { template { id name archived } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUpPlanTemplate($input: UpdateFollowUpPlanTemplateInput!) {\n    updateFollowUpPlanTemplate(input: $input) { template { id name archived } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanRunFields on FollowUpPlanRun {\n    id name status goalAchieved startAt finishedAt createdAt\n    assignee { id displayName }\n    template { id name }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    steps {\n      id position dayOffset method outline goal status outcome goalAchieved finishedAt\n      task { id title dueAt status isOverdue }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanRunFields on FollowUpPlanRun {\n    id name status goalAchieved startAt finishedAt createdAt\n    assignee { id displayName }\n    template { id name }\n    subject {\n      __typename\n      ... on Customer { id name }\n      ... on Contact { id name }\n      ... on Opportunity { id name }\n      ... on Lead { id name company }\n    }\n    steps {\n      id position dayOffset method outline goal status outcome goalAchieved finishedAt\n      task { id title dueAt status isOverdue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPlanRuns($first: Int!, $after: String, $filter: FollowUpPlanRunFilter) {\n    followUpPlanRuns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PlanRunFields }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpPlanRuns($first: Int!, $after: String, $filter: FollowUpPlanRunFilter) {\n    followUpPlanRuns(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PlanRunFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyFollowUpPlan($input: ApplyFollowUpPlanInput!) {\n    applyFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ApplyFollowUpPlan($input: ApplyFollowUpPlanInput!) {\n    applyFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipFollowUpPlanStep($input: SkipFollowUpPlanStepInput!) {\n    skipFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation SkipFollowUpPlanStep($input: SkipFollowUpPlanStepInput!) {\n    skipFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleFollowUpPlanStep($input: RescheduleFollowUpPlanStepInput!) {\n    rescheduleFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RescheduleFollowUpPlanStep($input: RescheduleFollowUpPlanStepInput!) {\n    rescheduleFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFollowUpPlanStep($input: AddFollowUpPlanStepInput!) {\n    addFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AddFollowUpPlanStep($input: AddFollowUpPlanStepInput!) {\n    addFollowUpPlanStep(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelFollowUpPlan($input: CancelFollowUpPlanInput!) {\n    cancelFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CancelFollowUpPlan($input: CancelFollowUpPlanInput!) {\n    cancelFollowUpPlan(input: $input) { run { ...PlanRunFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamVisits($day: Date) {\n    visits(filter: { day: $day }) {\n      count\n      checkedIn\n      rep {\n        id\n        displayName\n      }\n      visits {\n        id\n        occurredAt\n        content\n        subject {\n          __typename\n          ... on Customer {\n            id\n            name\n          }\n          ... on Lead {\n            id\n            name\n          }\n          ... on Contact {\n            id\n            name\n          }\n          ... on Opportunity {\n            id\n            name\n          }\n        }\n        checkIn {\n          latitude\n          longitude\n          accuracyMeters\n          address\n          takenAt\n          photos {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamVisits($day: Date) {\n    visits(filter: { day: $day }) {\n      count\n      checkedIn\n      rep {\n        id\n        displayName\n      }\n      visits {\n        id\n        occurredAt\n        content\n        subject {\n          __typename\n          ... on Customer {\n            id\n            name\n          }\n          ... on Lead {\n            id\n            name\n          }\n          ... on Contact {\n            id\n            name\n          }\n          ... on Opportunity {\n            id\n            name\n          }\n        }\n        checkIn {\n          latitude\n          longitude\n          accuracyMeters\n          address\n          takenAt\n          photos {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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