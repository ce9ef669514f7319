import { graphql } from "../../gql";

export const PIPELINES = graphql(`
  query Pipelines {
    pipelines { id name isDefault stages { id name probability kind position } }
    wonReasons { id label }
    lostReasons { id label }
  }
`);

export const PIPELINE_BOARD = graphql(`
  query PipelineBoard($pipelineId: ID, $filter: OpportunityFilter, $first: Int!) {
    pipeline(pipelineId: $pipelineId, filter: $filter, first: $first) {
      pipeline { id name }
      columns {
        stage { id name probability kind }
        count totalAmount weightedAmount
        totals { currency count amount weightedAmount }
        opportunities {
          id name amount currency status expectedCloseDate weightedAmount
          customer { id name }
          owner { id displayName }
          stage { id }
        }
      }
    }
  }
`);

export const OWNERS_AND_TEAMS = graphql(`
  query PipelineOwnersAndTeams {
    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }
    teams(first: 100) { nodes { id name } }
  }
`);

export const CUSTOMER_SEARCH = graphql(`
  query PipelineCustomerSearch($search: String) {
    customers(first: 20, filter: { search: $search }) { nodes { id name } }
  }
`);


export const MOVE_STAGE = graphql(`
  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {
    moveOpportunityStage(input: $input) {
      opportunity { id status stage { id name } weightedAmount closeReason { id label } }
      userErrors { field code message }
    }
  }
`);

export const WIN_OPPORTUNITY = graphql(`
  mutation WinOpportunity($input: WinOpportunityInput!) {
    winOpportunity(input: $input) {
      opportunity { id status stage { id name } closeReason { id label } }
      userErrors { field code message }
    }
  }
`);

export const LOSE_OPPORTUNITY = graphql(`
  mutation LoseOpportunity($input: LoseOpportunityInput!) {
    loseOpportunity(input: $input) {
      opportunity { id status stage { id name } closeReason { id label } }
      userErrors { field code message }
    }
  }
`);

export const REOPEN_OPPORTUNITY = graphql(`
  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {
    reopenOpportunity(input: $input) {
      opportunity { id status stage { id name } closeReason { id label } }
      userErrors { field code message }
    }
  }
`);

export const CREATE_OPPORTUNITY = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      opportunity { id name }
      userErrors { field code message }
    }
  }
`);

export const UPDATE_OPPORTUNITY = graphql(`
  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {
    updateOpportunity(input: $input) {
      opportunity { id name amount currency expectedCloseDate competitor source description owner { id displayName } }
      userErrors { field code message }
    }
  }
`);

export const OPPORTUNITY_DETAIL = graphql(`
  query OpportunityDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Opportunity {
        id name amount currency expectedCloseDate competitor source description status
        amountFromLineItems stageEnteredAt closedAt closeNote createdAt timeInStage weightedAmount
        customer { id name }
        pipeline { id name stages { id name probability kind } }
        stage { id name probability kind }
        owner { id displayName }
        team { id name }
        closeReason { id label }
        lineItems { quantity unitPrice discountPercent total product { id code name unit } }
        stageHistory { kind fromStageName toStageName movedAt secondsInPreviousStage reason note movedBy { displayName } }
      }
    }
  }
`);

export const CATALOGUE = graphql(`
  query SalesCatalogue {
    products(first: 100, filter: { isActive: true }, orderBy: CODE) {
      nodes { id code name unit listPrice currency }
    }
    priceLists(first: 100, filter: { isActive: true }) { nodes { id name currency validFrom validTo } }
  }
`);

export const SET_LINE_ITEMS = graphql(`
  mutation SetOpportunityLineItems($input: SetOpportunityLineItemsInput!) {
    setOpportunityLineItems(input: $input) {
      opportunity {
        id amount amountFromLineItems weightedAmount
        lineItems { quantity unitPrice discountPercent total product { id code name unit } }
      }
      userErrors { field code message }
    }
  }
`);

export const OPPORTUNITY_QUOTES = graphql(`
  query OpportunityQuotes($opportunityId: ID!) {
    quotes(first: 50, filter: { opportunityId: $opportunityId }, descending: true) {
      nodes {
        id number version isCurrent status currency subtotal discountTotal total validUntil notes sentAt createdAt
        lines { quantity unitPrice discountPercent total product { id code name unit } }
        versions { id version isCurrent status total }
      }
    }
  }
`);

export const CREATE_QUOTE = graphql(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) { quote { id number } userErrors { field code message } }
  }
`);

export const UPDATE_QUOTE = graphql(`
  mutation UpdateQuote($input: UpdateQuoteInput!) {
    updateQuote(input: $input) { quote { id total validUntil } userErrors { field code message } }
  }
`);

export const SEND_QUOTE = graphql(`
  mutation SendQuote($input: QuoteActionInput!) {
    sendQuote(input: $input) { quote { id status } userErrors { field code message } }
  }
`);

export const ACCEPT_QUOTE = graphql(`
  mutation AcceptQuote($input: QuoteActionInput!) {
    acceptQuote(input: $input) { quote { id status } userErrors { field code message } }
  }
`);

export const REJECT_QUOTE = graphql(`
  mutation RejectQuote($input: QuoteActionInput!) {
    rejectQuote(input: $input) { quote { id status } userErrors { field code message } }
  }
`);

export const REVISE_QUOTE = graphql(`
  mutation ReviseQuote($input: QuoteActionInput!) {
    reviseQuote(input: $input) { quote { id version status } userErrors { field code message } }
  }
`);

export const EXPORT_QUOTE = graphql(`
  mutation ExportQuote($input: ExportQuoteInput!) {
    exportQuote(input: $input) { fileName contentType content userErrors { field code message } }
  }
`);

export const DEAL_CONTRACTS = graphql(`
  query DealContracts($opportunityId: ID!) {
    contracts(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {
      nodes {
        id number name status amount currency signedDate startDate endDate terminationReason
        quote { id number version }
        attachments { id name contentType size downloadUrl }
      }
    }
  }
`);

export const CREATE_CONTRACT = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) { contract { id number } userErrors { field code message } }
  }
`);

export const CHANGE_CONTRACT_STATUS = graphql(`
  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {
    changeContractStatus(input: $input) { contract { id status signedDate } userErrors { field code message } }
  }
`);

export const UPDATE_CONTRACT = graphql(`
  mutation UpdateContractSigned($input: UpdateContractInput!) {
    updateContract(input: $input) { contract { id signedDate } userErrors { field code message } }
  }
`);

export const ATTACH_CONTRACT_FILE = graphql(`
  mutation AttachContractFile($input: ContractFileInput!) {
    attachContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }
  }
`);

export const REMOVE_CONTRACT_FILE = graphql(`
  mutation RemoveContractFile($input: ContractFileInput!) {
    removeContractFile(input: $input) { contract { id attachments { id name contentType size downloadUrl } } userErrors { field code message } }
  }
`);

export const DEAL_ORDERS = graphql(`
  query DealOrders($opportunityId: ID!) {
    orders(first: 100, filter: { opportunityId: $opportunityId }, descending: true) {
      nodes {
        id number status currency total received outstanding createdAt
        lines { quantity unitPrice discountPercent total product { id code name unit } }
        instalments { dueDate amount paidAmount outstanding overdue }
        payments { id amount currency receivedAt method reference recordedBy { displayName } }
      }
    }
  }
`);

export const CREATE_ORDER = graphql(`
  mutation CreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) { order { id number } userErrors { field code message } }
  }
`);

export const SET_ORDER_LINES = graphql(`
  mutation SetOrderLines($input: SetOrderLinesInput!) {
    setOrderLines(input: $input) { order { id total outstanding } userErrors { field code message } }
  }
`);

export const SET_PAYMENT_PLAN = graphql(`
  mutation SetPaymentPlan($input: SetPaymentPlanInput!) {
    setPaymentPlan(input: $input) { order { id instalments { dueDate amount paidAmount outstanding overdue } } userErrors { field code message } }
  }
`);

export const CONFIRM_ORDER = graphql(`
  mutation ConfirmOrder($input: OrderActionInput!) {
    confirmOrder(input: $input) { order { id status } userErrors { field code message } }
  }
`);

export const CANCEL_ORDER = graphql(`
  mutation CancelOrder($input: OrderActionInput!) {
    cancelOrder(input: $input) { order { id status } userErrors { field code message } }
  }
`);

export const RECORD_PAYMENT = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment { id }
      order { id status received outstanding }
      userErrors { field code message }
    }
  }
`);
