import { graphql } from "../../gql";

export const CUSTOMERS = graphql(`
  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderField!, $descending: Boolean!) {
    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name kind industry province city level lifecycle phone tags inPool
        createdAt lastFollowedUpAt poolDueAt
        owner { id displayName }
        team { id name }
      }
    }
  }
`);

export const CUSTOMER_CHOICES = graphql(`
  query CustomerChoices {
    customerLevels { key name poolAfterDays }
    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }
    teams(first: 100) { nodes { id name } }
  }
`);

export const CREATE_CUSTOMER = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer { id name }
      duplicates { name ownerName inPool matchedOn customer { id } }
      linked
      keptExisting
      userErrors { field code message }
    }
  }
`);

export const UPDATE_CUSTOMER = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer { id }
      userErrors { field code message }
    }
  }
`);

export const DELETE_CUSTOMER = graphql(`
  mutation DeleteCustomer($input: DeleteCustomerInput!) {
    deleteCustomer(input: $input) {
      deletedCustomerId
      userErrors { field code message }
    }
  }
`);

export const RESTORE_CUSTOMER = graphql(`
  mutation RestoreCustomer($input: RestoreCustomerInput!) {
    restoreCustomer(input: $input) {
      customer { id name }
      userErrors { field code message }
    }
  }
`);

export const RELEASE_CUSTOMERS = graphql(`
  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {
    releaseCustomers(input: $input) {
      customers { id inPool }
      userErrors { field code message }
    }
  }
`);

export const CLAIM_CUSTOMERS = graphql(`
  mutation ClaimCustomers($input: ClaimCustomersInput!) {
    claimCustomers(input: $input) {
      customers { id owner { id displayName } }
      userErrors { field code message }
    }
  }
`);

export const ASSIGN_POOL_CUSTOMERS = graphql(`
  mutation AssignPoolCustomers($input: AssignPoolCustomersInput!) {
    assignPoolCustomers(input: $input) {
      customers { id owner { id displayName } }
      userErrors { field code message }
    }
  }
`);

export const EXPORT_CUSTOMERS = graphql(`
  mutation ExportCustomers($input: ExportCustomersInput!) {
    exportCustomers(input: $input) {
      fileName contentType content rowCount
      userErrors { field code message }
    }
  }
`);

export const PUBLIC_POOL = graphql(`
  query PublicPool($first: Int!, $after: String) {
    publicPool(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name industry province city level lifecycle poolEnteredAt lastFollowedUpAt }
    }
  }
`);

export const DELETED_CUSTOMERS = graphql(`
  query DeletedCustomers($first: Int!, $after: String) {
    deletedCustomers(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name deletedAt owner { id displayName } }
    }
  }
`);

export const CUSTOMER_DETAIL = graphql(`
  query CustomerDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Customer {
        id name kind industry size province city district address level source channel tags lifecycle
        phone email idCardNumber bankCardNumber notes lastFollowedUpAt inPool poolEnteredAt poolDueAt
        createdAt updatedAt
        owner { id displayName }
        team { id name }
        contacts {
          id name gender birthday age title department isPrimary mobile phone email wechatId address notes
        }
      }
    }
  }
`);

export const CUSTOMER_PROFILE = graphql(`
  query CustomerProfile($id: ID!) {
    customerProfile(customerId: $id) {
      preferences(limit: 5) {
        products { value count share }
        categories { value count share }
        channels { value count share }
      }
      value {
        totalPurchases purchaseCount firstPurchaseAt lastPurchaseAt averageOrderValue currency
        rfm { recency frequency monetary segment segmentLabel }
      }
      activity { totalEvents lastEventAt eventsByKind { kind count } }
    }
  }
`);

export const CUSTOMER_TIMELINE = graphql(`
  query CustomerTimeline($id: ID!, $first: Int!, $after: String) {
    customerTimeline(customerId: $id, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id kind source occurredAt summary actorName }
    }
  }
`);

export const CREATE_CONTACT = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact { id }
      userErrors { field code message }
    }
  }
`);

export const UPDATE_CONTACT = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact { id }
      userErrors { field code message }
    }
  }
`);

export const DELETE_CONTACT = graphql(`
  mutation DeleteContact($input: DeleteContactInput!) {
    deleteContact(input: $input) {
      deletedContactId
      userErrors { field code message }
    }
  }
`);

export const CUSTOMER_DUPLICATES = graphql(`
  query CustomerDuplicates($id: ID!) {
    customerDuplicates(id: $id) {
      name ownerName inPool matchedOn
      customer { id }
    }
  }
`);

export const MERGE_SIDE = graphql(`
  query MergeSide($id: ID!) {
    node(id: $id) {
      __typename
      ... on Customer {
        id name kind industry size province city district address level source channel lifecycle notes
        phone email idCardNumber bankCardNumber tags createdAt
        owner { displayName }
        contacts { id }
      }
    }
  }
`);

export const MERGE_CUSTOMERS = graphql(`
  mutation MergeCustomers($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      customer { id name }
      moved
      userErrors { field code message }
    }
  }
`);
