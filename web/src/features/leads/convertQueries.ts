// The GraphQL documents of editing and converting a lead.
import { graphql } from "../../gql";

export const UPDATE_LEAD = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      lead { id name phone email wechatId company title industry province city district campaign priority tags notes productInterests serviceNeeds }
      userErrors { field code message }
    }
  }
`);


export const COMPLETE_CONVERSION_STEP = graphql(`
  mutation CompleteLeadConversionStep($input: CompleteLeadConversionStepInput!) {
    completeLeadConversionStep(input: $input) {
      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }
      userErrors { field code message }
    }
  }
`);

export const REOPEN_CONVERSION_STEP = graphql(`
  mutation ReopenLeadConversionStep($input: ReopenLeadConversionStepInput!) {
    reopenLeadConversionStep(input: $input) {
      lead { id status conversionSteps { step position done doneAt note doneBy { displayName } } }
      userErrors { field code message }
    }
  }
`);

export const CONVERT_LEAD = graphql(`
  mutation ConvertLead($input: ConvertLeadInput!) {
    convertLead(input: $input) {
      lead { id status convertedAt }
      customer { id name }
      contact { id name }
      opportunity { id name }
      customerCreated carriedTasks carriedCommunications
      duplicates { name ownerName inPool matchedOn customer { id name } }
      userErrors { field code message }
    }
  }
`);

export const CONVERT_CUSTOMERS = graphql(`
  query ConvertCustomerSearch($search: String!) {
    customers(first: 20, filter: { search: $search }) { nodes { id name contacts { id name } } }
  }
`);
