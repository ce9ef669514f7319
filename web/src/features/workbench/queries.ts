import { graphql } from "../../gql";

export const TEAM_DAY = graphql(`
  query WorkbenchTeamDay($teamId: ID!) {
    teamDay(teamId: $teamId) {
      date
      members {
        rep { id displayName }
        counts { overdue dueToday doneToday open }
      }
    }
  }
`);

export const MY_DAY = graphql(`
  query WorkbenchMyDay {
    myDay(limit: 1) {
      date
      counts { overdue dueToday doneToday open }
    }
  }
`);

export const NEW_LEADS = graphql(`
  query WorkbenchNewLeads($today: LeadFilterInput!, $week: LeadFilterInput!) {
    today: leads(first: 1, filter: $today) { totalCount }
    week: leads(first: 1, filter: $week) { totalCount }
  }
`);

export const PIPELINE_TOTALS = graphql(`
  query WorkbenchPipeline {
    pipeline(first: 1) {
      pipeline { id name }
      columns {
        stage { id name kind probability }
        count
        totalAmount
        weightedAmount
      }
    }
  }
`);

// The funnel and the weekly trend come from one call; reasons are left out on purpose (the API
// counts them only when asked, and the workbench does not show them).
export const LEAD_ANALYTICS = graphql(`
  query WorkbenchLeadAnalytics($filter: LeadAnalyticsFilter!) {
    leadAnalytics(filter: $filter, groupBy: WEEK) {
      total {
        leads
        converted
        funnel { status count }
      }
      groups { periodStart leads converted }
    }
  }
`);

export const VISIBLE_TEAMS = graphql(`
  query WorkbenchTeams {
    teams(first: 100) { nodes { id name } }
  }
`);
