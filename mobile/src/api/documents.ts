import { graphql } from "../gql";

// What the phone keeps of each record (the offline store holds exactly these shapes).

export const TaskFields = graphql(`
  fragment TaskFields on Task {
    id
    title
    notes
    dueAt
    priority
    status
    outcome
    postponedCount
    isOverdue
    updatedAt
    completedAt
    type {
      id
      name
    }
    subject {
      __typename
      ... on Lead {
        id
        name
        company
        phone
        city
        district
      }
      ... on Customer {
        id
        name
        phone
        address
        city
        district
      }
      ... on Contact {
        id
        name
        mobile
        phone
        customer {
          id
          name
          address
        }
      }
      ... on Opportunity {
        id
        name
        customer {
          id
          name
          phone
          address
        }
      }
    }
  }
`);

export const LeadFields = graphql(`
  fragment LeadFields on Lead {
    id
    name
    phone
    email
    wechatId
    company
    title
    industry
    province
    city
    district
    notes
    priority
    status
    score
    source
    tags
    lastFollowedUpAt
    nextFollowUpAt
    createdAt
    updatedAt
  }
`);

export const CustomerFields = graphql(`
  fragment CustomerFields on Customer {
    id
    name
    kind
    industry
    province
    city
    district
    address
    level
    lifecycle
    phone
    email
    notes
    tags
    inPool
    poolDueAt
    lastFollowedUpAt
    createdAt
    updatedAt
    primaryContact {
      id
      name
      mobile
      phone
    }
    contacts {
      id
      name
      mobile
      phone
      title
    }
  }
`);

export const CommunicationFields = graphql(`
  fragment CommunicationFields on Communication {
    id
    channel
    occurredAt
    content
    result
    resultNote
    nextFollowUpAt
    subject {
      __typename
      ... on Lead {
        id
        name
      }
      ... on Customer {
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
`);

export const MyDayQuery = graphql(`
  query MyDay {
    myDay(limit: 100) {
      date
      timeZone
      overdue {
        ...TaskFields
      }
      dueToday {
        ...TaskFields
      }
      upcoming {
        ...TaskFields
      }
    }
  }
`);

export const MyLeadsQuery = graphql(`
  query MyLeads($ownerIds: [ID!], $after: String) {
    leads(first: 100, after: $after, filter: { ownerIds: $ownerIds, statuses: [NEW, CONTACTING, QUALIFIED] }, orderBy: CREATED_AT, descending: true) {
      nodes {
        ...LeadFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyCustomersQuery = graphql(`
  query MyCustomers($ownerId: ID, $after: String) {
    customers(first: 100, after: $after, filter: { ownerId: $ownerId }, orderBy: CREATED_AT, descending: true) {
      nodes {
        ...CustomerFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PublicPoolQuery = graphql(`
  query PublicPool($after: String) {
    publicPool(first: 50, after: $after) {
      nodes {
        ...CustomerFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VisitsQuery = graphql(`
  query MyVisits($day: Date, $repId: ID) {
    visits(filter: { day: $day, repId: $repId }) {
      count
      checkedIn
      visits {
        ...CommunicationFields
      }
    }
  }
`);

export const LeadTimelineQuery = graphql(`
  query LeadTimeline($id: ID!) {
    node(id: $id) {
      ... on Lead {
        id
        timeline(first: 20) {
          nodes {
            id
            kind
            occurredAt
            summary
            actorName
          }
        }
        scoreBreakdown {
          score
          items {
            label
            points
          }
        }
      }
    }
  }
`);

export const CustomerTimelineQuery = graphql(`
  query CustomerTimeline($id: ID!) {
    customerTimeline(customerId: $id, first: 20) {
      nodes {
        id
        kind
        occurredAt
        summary
        actorName
      }
    }
  }
`);

export const CurrentLeadQuery = graphql(`
  query CurrentLead($id: ID!) {
    node(id: $id) {
      ... on Lead {
        ...LeadFields
      }
    }
  }
`);

export const CurrentCustomerQuery = graphql(`
  query CurrentCustomer($id: ID!) {
    node(id: $id) {
      ... on Customer {
        ...CustomerFields
      }
    }
  }
`);
