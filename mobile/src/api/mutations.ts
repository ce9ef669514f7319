import { graphql } from "../gql";

// Every write the phone may queue offline; each takes an idempotencyKey, so a replay is harmless.

export const CompleteTaskMutation = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        ...TaskFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const PostponeTaskMutation = graphql(`
  mutation PostponeTask($input: PostponeTaskInput!) {
    postponeTask(input: $input) {
      task {
        ...TaskFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const LogCommunicationMutation = graphql(`
  mutation LogCommunication($input: LogCommunicationInput!) {
    logCommunication(input: $input) {
      communication {
        ...CommunicationFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CreateLeadMutation = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
        ...LeadFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateLeadMutation = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      lead {
        ...LeadFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        ...CustomerFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ClaimCustomersMutation = graphql(`
  mutation ClaimCustomers($input: ClaimCustomersInput!) {
    claimCustomers(input: $input) {
      customers {
        ...CustomerFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const RegisterDeviceMutation = graphql(`
  mutation RegisterDevice($input: RegisterDeviceInput!) {
    registerDevice(input: $input) {
      device {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
