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
    "\n  query CustomerContracts($customerId: ID!) {\n    contracts(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n": typeof types.CustomerContractsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id number } userErrors { field code message } }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) { contract { id status signedDate } userErrors { field code message } }\n  }\n": typeof types.ChangeContractStatusDocument,
    "\n  mutation UpdateContractSigned($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id signedDate } userErrors { field code message } }\n  }\n": typeof types.UpdateContractSignedDocument,
    "\n  mutation AttachContractFile($input: ContractFileInput!) {\n    attachContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": typeof types.AttachContractFileDocument,
    "\n  mutation RemoveContractFile($input: ContractFileInput!) {\n    removeContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": typeof types.RemoveContractFileDocument,
    "\n  query CustomerOrders($customerId: ID!) {\n    orders(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        opportunity { id }\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n": typeof types.CustomerOrdersDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) { order { id number } userErrors { field code message } }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation SetOrderLines($input: SetOrderLinesInput!) {\n    setOrderLines(input: $input) { order { id total outstanding } userErrors { field code message } }\n  }\n": typeof types.SetOrderLinesDocument,
    "\n  mutation SetPaymentPlan($input: SetPaymentPlanInput!) {\n    setPaymentPlan(input: $input) { order { id instalments { dueDate amount paidAmount outstanding overdue } } userErrors { field code message } }\n  }\n": typeof types.SetPaymentPlanDocument,
    "\n  mutation ConfirmOrder($input: OrderActionInput!) {\n    confirmOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": typeof types.ConfirmOrderDocument,
    "\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id }\n      order { id status received outstanding }\n      userErrors { field code message }\n    }\n  }\n": typeof types.RecordPaymentDocument,
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
    "\n  query CustomerContracts($customerId: ID!) {\n    contracts(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n": types.CustomerContractsDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id number } userErrors { field code message } }\n  }\n": types.CreateContractDocument,
    "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) { contract { id status signedDate } userErrors { field code message } }\n  }\n": types.ChangeContractStatusDocument,
    "\n  mutation UpdateContractSigned($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id signedDate } userErrors { field code message } }\n  }\n": types.UpdateContractSignedDocument,
    "\n  mutation AttachContractFile($input: ContractFileInput!) {\n    attachContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": types.AttachContractFileDocument,
    "\n  mutation RemoveContractFile($input: ContractFileInput!) {\n    removeContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }\n  }\n": types.RemoveContractFileDocument,
    "\n  query CustomerOrders($customerId: ID!) {\n    orders(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        opportunity { id }\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n": types.CustomerOrdersDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) { order { id number } userErrors { field code message } }\n  }\n": types.CreateOrderDocument,
    "\n  mutation SetOrderLines($input: SetOrderLinesInput!) {\n    setOrderLines(input: $input) { order { id total outstanding } userErrors { field code message } }\n  }\n": types.SetOrderLinesDocument,
    "\n  mutation SetPaymentPlan($input: SetPaymentPlanInput!) {\n    setPaymentPlan(input: $input) { order { id instalments { dueDate amount paidAmount outstanding overdue } } userErrors { field code message } }\n  }\n": types.SetPaymentPlanDocument,
    "\n  mutation ConfirmOrder($input: OrderActionInput!) {\n    confirmOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": types.ConfirmOrderDocument,
    "\n  mutation CancelOrder($input: OrderActionInput!) {\n    cancelOrder(input: $input) { order { id status } userErrors { field code message } }\n  }\n": types.CancelOrderDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id }\n      order { id status received outstanding }\n      userErrors { field code message }\n    }\n  }\n": types.RecordPaymentDocument,
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
export function graphql(source: "\n  query CustomerContracts($customerId: ID!) {\n    contracts(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerContracts($customerId: ID!) {\n    contracts(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number name status amount currency signedDate startDate endDate terminationReason\n        quote { id number version }\n        attachments { id name contentType size downloadUrl }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CustomerOrders($customerId: ID!) {\n    orders(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        opportunity { id }\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerOrders($customerId: ID!) {\n    orders(first: 50, filter: { customerId: $customerId }, descending: true) {\n      nodes {\n        id number status currency total received outstanding createdAt\n        opportunity { id }\n        lines { quantity unitPrice discountPercent total product { id code name unit } }\n        instalments { dueDate amount paidAmount outstanding overdue }\n        payments { id amount currency receivedAt method reference recordedBy { displayName } }\n      }\n    }\n  }\n"];
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