// The GraphQL documents of the lead import wizard, export and the import history.
import { graphql } from "../../gql";

export const PREVIEW_LEAD_IMPORT = graphql(`
  query PreviewLeadImport($fileId: ID!, $sheet: String) {
    previewLeadImport(fileId: $fileId, sheet: $sheet) {
      fileFormat encoding delimiter sheets sheet headers rowCount
      rows { rowNumber cells }
      suggestedMapping { column header target }
    }
  }
`);

export const START_LEAD_IMPORT = graphql(`
  mutation StartLeadImport($input: StartLeadImportInput!) {
    startLeadImport(input: $input) {
      leadImport { id status dryRun }
      userErrors { field code message }
    }
  }
`);

export const CANCEL_LEAD_IMPORT = graphql(`
  mutation CancelLeadImport($input: CancelLeadImportInput!) {
    cancelLeadImport(input: $input) {
      leadImport { id status }
      userErrors { field code message }
    }
  }
`);

export const LEAD_IMPORT_PROGRESS = graphql(`
  subscription LeadImportProgress($importId: ID!) {
    leadImportProgress(importId: $importId) {
      id status total processed created updated skipped failed
      error { code message }
    }
  }
`);

export const LEAD_IMPORT = graphql(`
  query LeadImportResult($id: ID!) {
    leadImport(id: $id) {
      id fileName dryRun status total processed created updated skipped failed reportUrl
      error { code message }
      problems(first: 200) { rowNumber outcome cells leadId reasons { field code message } }
    }
  }
`);

export const LEAD_IMPORTS = graphql(`
  query LeadImportHistory($first: Int!) {
    leadImports(first: $first) {
      id fileName fileFormat dryRun onDuplicate status total created updated skipped failed
      createdAt finishedAt reportUrl
    }
  }
`);

export const EXPORT_LEADS = graphql(`
  mutation ExportLeads($input: ExportLeadsInput!) {
    exportLeads(input: $input) {
      file { id name downloadUrl }
      rowCount
      userErrors { field code message }
    }
  }
`);
