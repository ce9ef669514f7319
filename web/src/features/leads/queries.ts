import { graphql } from "../../gql";

export const LEADS = graphql(`
  query LeadList($first: Int!, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!, $descending: Boolean) {
    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name company phone email status source priority score tags
        createdAt lastFollowedUpAt statusChangedAt
        owner { id displayName }
      }
    }
  }
`);

export const ASSIGNABLE_USERS = graphql(`
  query LeadOwners {
    users(first: 100, filter: { isActive: true }) { nodes { id displayName role { key } } }
  }
`);

export const CLOSE_REASONS = graphql(`
  query LeadCloseReasons {
    leadCloseReasons { key label }
  }
`);

export const ASSIGN_LEADS = graphql(`
  mutation AssignLeads($input: AssignLeadsInput!) {
    assignLeads(input: $input) {
      leads { id owner { id displayName } }
      failures { index id code message }
      userErrors { field code message }
    }
  }
`);

export const TRANSFER_LEADS = graphql(`
  mutation TransferLeads($input: TransferLeadsInput!) {
    transferLeads(input: $input) {
      leads { id owner { id displayName } }
      failures { index id code message }
      userErrors { field code message }
    }
  }
`);

export const CHANGE_LEAD_STATUS = graphql(`
  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {
    changeLeadStatus(input: $input) {
      leads { id status }
      failures { index id code message }
      userErrors { field code message }
    }
  }
`);

export const CLOSE_LEADS = graphql(`
  mutation CloseLeads($input: CloseLeadsInput!) {
    closeLeads(input: $input) {
      leads { id status }
      failures { index id code message }
      userErrors { field code message }
    }
  }
`);

export const CREATE_LEAD = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead { id name }
      userErrors { field code message }
    }
  }
`);

export const LEAD_DETAIL = graphql(`
  query LeadDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Lead {
        id name company title industry province city district phone email wechatId
        source sourceDetail campaign priority status statusChangedAt closeReasonLabel closeNote
        score tags notes createdAt lastFollowedUpAt nextFollowUpAt productInterests serviceNeeds
        owner { id displayName }
        conversionSteps { step position done doneAt note doneBy { displayName } }
        convertedAt conversionReason
        convertedCustomer { id name }
        convertedContact { id name }
        convertedOpportunity { id name }
        scoreBreakdown { score items { kind label points count } }
        scoreHistory(first: 20) { nodes { occurredAt cause delta scoreBefore scoreAfter ruleName reason actor { displayName } } }
        timeline(first: 30) { nodes { id kind occurredAt summary actorName } }
        tasks(first: 20) { nodes { id title dueAt status isOverdue assignee { displayName } } }
        communications(first: 20) { nodes { id channel occurredAt content author { displayName } } }
        assignments { id kind reason assignedAt fromOwner { displayName } toOwner { displayName } actor { displayName } }
      }
    }
  }
`);
