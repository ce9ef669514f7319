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
    "\n  fragment TaskFields on Task {\n    id\n    title\n    notes\n    dueAt\n    priority\n    status\n    outcome\n    postponedCount\n    isOverdue\n    updatedAt\n    completedAt\n    type {\n      id\n      name\n    }\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n        company\n        phone\n        city\n        district\n      }\n      ... on Customer {\n        id\n        name\n        phone\n        address\n        city\n        district\n      }\n      ... on Contact {\n        id\n        name\n        mobile\n        phone\n        customer {\n          id\n          name\n          address\n        }\n      }\n      ... on Opportunity {\n        id\n        name\n        customer {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  fragment LeadFields on Lead {\n    id\n    name\n    phone\n    email\n    wechatId\n    company\n    title\n    industry\n    province\n    city\n    district\n    notes\n    priority\n    status\n    score\n    source\n    tags\n    lastFollowedUpAt\n    nextFollowUpAt\n    createdAt\n    updatedAt\n  }\n": typeof types.LeadFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    kind\n    industry\n    province\n    city\n    district\n    address\n    level\n    lifecycle\n    phone\n    email\n    notes\n    tags\n    inPool\n    poolDueAt\n    lastFollowedUpAt\n    createdAt\n    updatedAt\n    primaryContact {\n      id\n      name\n      mobile\n      phone\n    }\n    contacts {\n      id\n      name\n      mobile\n      phone\n      title\n    }\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    occurredAt\n    content\n    result\n    resultNote\n    nextFollowUpAt\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n      }\n      ... on Customer {\n        id\n        name\n      }\n      ... on Contact {\n        id\n        name\n      }\n      ... on Opportunity {\n        id\n        name\n      }\n    }\n    checkIn {\n      latitude\n      longitude\n      accuracyMeters\n      address\n      takenAt\n      photos {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommunicationFieldsFragmentDoc,
    "\n  query MyDay {\n    myDay(limit: 100) {\n      date\n      timeZone\n      overdue {\n        ...TaskFields\n      }\n      dueToday {\n        ...TaskFields\n      }\n      upcoming {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.MyDayDocument,
    "\n  query MyLeads($ownerIds: [ID!], $after: String) {\n    leads(first: 100, after: $after, filter: { ownerIds: $ownerIds, statuses: [NEW, CONTACTING, QUALIFIED] }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...LeadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyLeadsDocument,
    "\n  query MyCustomers($ownerId: ID, $after: String) {\n    customers(first: 100, after: $after, filter: { ownerId: $ownerId }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCustomersDocument,
    "\n  query PublicPool($after: String) {\n    publicPool(first: 50, after: $after) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicPoolDocument,
    "\n  query MyVisits($day: Date, $repId: ID) {\n    visits(filter: { day: $day, repId: $repId }) {\n      count\n      checkedIn\n      visits {\n        ...CommunicationFields\n      }\n    }\n  }\n": typeof types.MyVisitsDocument,
    "\n  query LeadTimeline($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        id\n        timeline(first: 20) {\n          nodes {\n            id\n            kind\n            occurredAt\n            summary\n            actorName\n          }\n        }\n        scoreBreakdown {\n          score\n          items {\n            label\n            points\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadTimelineDocument,
    "\n  query CustomerTimeline($id: ID!) {\n    customerTimeline(customerId: $id, first: 20) {\n      nodes {\n        id\n        kind\n        occurredAt\n        summary\n        actorName\n      }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  query CurrentLead($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        ...LeadFields\n      }\n    }\n  }\n": typeof types.CurrentLeadDocument,
    "\n  query CurrentCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        ...CustomerFields\n      }\n    }\n  }\n": typeof types.CurrentCustomerDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PostponeTaskDocument,
    "\n  mutation LogCommunication($input: LogCommunicationInput!) {\n    logCommunication(input: $input) {\n      communication {\n        ...CommunicationFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogCommunicationDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ClaimCustomersDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterDeviceDocument,
    "\n  mutation RevealPhone($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) {\n      value\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RevealPhoneDocument,
    "\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) {\n      id\n      kind\n      title\n      body\n      data\n    }\n  }\n": typeof types.LiveNotificationsDocument,
};
const documents: Documents = {
    "\n  fragment TaskFields on Task {\n    id\n    title\n    notes\n    dueAt\n    priority\n    status\n    outcome\n    postponedCount\n    isOverdue\n    updatedAt\n    completedAt\n    type {\n      id\n      name\n    }\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n        company\n        phone\n        city\n        district\n      }\n      ... on Customer {\n        id\n        name\n        phone\n        address\n        city\n        district\n      }\n      ... on Contact {\n        id\n        name\n        mobile\n        phone\n        customer {\n          id\n          name\n          address\n        }\n      }\n      ... on Opportunity {\n        id\n        name\n        customer {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  fragment LeadFields on Lead {\n    id\n    name\n    phone\n    email\n    wechatId\n    company\n    title\n    industry\n    province\n    city\n    district\n    notes\n    priority\n    status\n    score\n    source\n    tags\n    lastFollowedUpAt\n    nextFollowUpAt\n    createdAt\n    updatedAt\n  }\n": types.LeadFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    kind\n    industry\n    province\n    city\n    district\n    address\n    level\n    lifecycle\n    phone\n    email\n    notes\n    tags\n    inPool\n    poolDueAt\n    lastFollowedUpAt\n    createdAt\n    updatedAt\n    primaryContact {\n      id\n      name\n      mobile\n      phone\n    }\n    contacts {\n      id\n      name\n      mobile\n      phone\n      title\n    }\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    occurredAt\n    content\n    result\n    resultNote\n    nextFollowUpAt\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n      }\n      ... on Customer {\n        id\n        name\n      }\n      ... on Contact {\n        id\n        name\n      }\n      ... on Opportunity {\n        id\n        name\n      }\n    }\n    checkIn {\n      latitude\n      longitude\n      accuracyMeters\n      address\n      takenAt\n      photos {\n        id\n        name\n      }\n    }\n  }\n": types.CommunicationFieldsFragmentDoc,
    "\n  query MyDay {\n    myDay(limit: 100) {\n      date\n      timeZone\n      overdue {\n        ...TaskFields\n      }\n      dueToday {\n        ...TaskFields\n      }\n      upcoming {\n        ...TaskFields\n      }\n    }\n  }\n": types.MyDayDocument,
    "\n  query MyLeads($ownerIds: [ID!], $after: String) {\n    leads(first: 100, after: $after, filter: { ownerIds: $ownerIds, statuses: [NEW, CONTACTING, QUALIFIED] }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...LeadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyLeadsDocument,
    "\n  query MyCustomers($ownerId: ID, $after: String) {\n    customers(first: 100, after: $after, filter: { ownerId: $ownerId }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCustomersDocument,
    "\n  query PublicPool($after: String) {\n    publicPool(first: 50, after: $after) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicPoolDocument,
    "\n  query MyVisits($day: Date, $repId: ID) {\n    visits(filter: { day: $day, repId: $repId }) {\n      count\n      checkedIn\n      visits {\n        ...CommunicationFields\n      }\n    }\n  }\n": types.MyVisitsDocument,
    "\n  query LeadTimeline($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        id\n        timeline(first: 20) {\n          nodes {\n            id\n            kind\n            occurredAt\n            summary\n            actorName\n          }\n        }\n        scoreBreakdown {\n          score\n          items {\n            label\n            points\n          }\n        }\n      }\n    }\n  }\n": types.LeadTimelineDocument,
    "\n  query CustomerTimeline($id: ID!) {\n    customerTimeline(customerId: $id, first: 20) {\n      nodes {\n        id\n        kind\n        occurredAt\n        summary\n        actorName\n      }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  query CurrentLead($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        ...LeadFields\n      }\n    }\n  }\n": types.CurrentLeadDocument,
    "\n  query CurrentCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        ...CustomerFields\n      }\n    }\n  }\n": types.CurrentCustomerDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PostponeTaskDocument,
    "\n  mutation LogCommunication($input: LogCommunicationInput!) {\n    logCommunication(input: $input) {\n      communication {\n        ...CommunicationFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LogCommunicationDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ClaimCustomersDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegisterDeviceDocument,
    "\n  mutation RevealPhone($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) {\n      value\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.RevealPhoneDocument,
    "\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) {\n      id\n      kind\n      title\n      body\n      data\n    }\n  }\n": types.LiveNotificationsDocument,
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
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    title\n    notes\n    dueAt\n    priority\n    status\n    outcome\n    postponedCount\n    isOverdue\n    updatedAt\n    completedAt\n    type {\n      id\n      name\n    }\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n        company\n        phone\n        city\n        district\n      }\n      ... on Customer {\n        id\n        name\n        phone\n        address\n        city\n        district\n      }\n      ... on Contact {\n        id\n        name\n        mobile\n        phone\n        customer {\n          id\n          name\n          address\n        }\n      }\n      ... on Opportunity {\n        id\n        name\n        customer {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    title\n    notes\n    dueAt\n    priority\n    status\n    outcome\n    postponedCount\n    isOverdue\n    updatedAt\n    completedAt\n    type {\n      id\n      name\n    }\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n        company\n        phone\n        city\n        district\n      }\n      ... on Customer {\n        id\n        name\n        phone\n        address\n        city\n        district\n      }\n      ... on Contact {\n        id\n        name\n        mobile\n        phone\n        customer {\n          id\n          name\n          address\n        }\n      }\n      ... on Opportunity {\n        id\n        name\n        customer {\n          id\n          name\n          phone\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadFields on Lead {\n    id\n    name\n    phone\n    email\n    wechatId\n    company\n    title\n    industry\n    province\n    city\n    district\n    notes\n    priority\n    status\n    score\n    source\n    tags\n    lastFollowedUpAt\n    nextFollowUpAt\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LeadFields on Lead {\n    id\n    name\n    phone\n    email\n    wechatId\n    company\n    title\n    industry\n    province\n    city\n    district\n    notes\n    priority\n    status\n    score\n    source\n    tags\n    lastFollowedUpAt\n    nextFollowUpAt\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    name\n    kind\n    industry\n    province\n    city\n    district\n    address\n    level\n    lifecycle\n    phone\n    email\n    notes\n    tags\n    inPool\n    poolDueAt\n    lastFollowedUpAt\n    createdAt\n    updatedAt\n    primaryContact {\n      id\n      name\n      mobile\n      phone\n    }\n    contacts {\n      id\n      name\n      mobile\n      phone\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id\n    name\n    kind\n    industry\n    province\n    city\n    district\n    address\n    level\n    lifecycle\n    phone\n    email\n    notes\n    tags\n    inPool\n    poolDueAt\n    lastFollowedUpAt\n    createdAt\n    updatedAt\n    primaryContact {\n      id\n      name\n      mobile\n      phone\n    }\n    contacts {\n      id\n      name\n      mobile\n      phone\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    occurredAt\n    content\n    result\n    resultNote\n    nextFollowUpAt\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n      }\n      ... on Customer {\n        id\n        name\n      }\n      ... on Contact {\n        id\n        name\n      }\n      ... on Opportunity {\n        id\n        name\n      }\n    }\n    checkIn {\n      latitude\n      longitude\n      accuracyMeters\n      address\n      takenAt\n      photos {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommunicationFields on Communication {\n    id\n    channel\n    occurredAt\n    content\n    result\n    resultNote\n    nextFollowUpAt\n    subject {\n      __typename\n      ... on Lead {\n        id\n        name\n      }\n      ... on Customer {\n        id\n        name\n      }\n      ... on Contact {\n        id\n        name\n      }\n      ... on Opportunity {\n        id\n        name\n      }\n    }\n    checkIn {\n      latitude\n      longitude\n      accuracyMeters\n      address\n      takenAt\n      photos {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDay {\n    myDay(limit: 100) {\n      date\n      timeZone\n      overdue {\n        ...TaskFields\n      }\n      dueToday {\n        ...TaskFields\n      }\n      upcoming {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDay {\n    myDay(limit: 100) {\n      date\n      timeZone\n      overdue {\n        ...TaskFields\n      }\n      dueToday {\n        ...TaskFields\n      }\n      upcoming {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLeads($ownerIds: [ID!], $after: String) {\n    leads(first: 100, after: $after, filter: { ownerIds: $ownerIds, statuses: [NEW, CONTACTING, QUALIFIED] }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...LeadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLeads($ownerIds: [ID!], $after: String) {\n    leads(first: 100, after: $after, filter: { ownerIds: $ownerIds, statuses: [NEW, CONTACTING, QUALIFIED] }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...LeadFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCustomers($ownerId: ID, $after: String) {\n    customers(first: 100, after: $after, filter: { ownerId: $ownerId }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCustomers($ownerId: ID, $after: String) {\n    customers(first: 100, after: $after, filter: { ownerId: $ownerId }, orderBy: CREATED_AT, descending: true) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPool($after: String) {\n    publicPool(first: 50, after: $after) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicPool($after: String) {\n    publicPool(first: 50, after: $after) {\n      nodes {\n        ...CustomerFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisits($day: Date, $repId: ID) {\n    visits(filter: { day: $day, repId: $repId }) {\n      count\n      checkedIn\n      visits {\n        ...CommunicationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVisits($day: Date, $repId: ID) {\n    visits(filter: { day: $day, repId: $repId }) {\n      count\n      checkedIn\n      visits {\n        ...CommunicationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadTimeline($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        id\n        timeline(first: 20) {\n          nodes {\n            id\n            kind\n            occurredAt\n            summary\n            actorName\n          }\n        }\n        scoreBreakdown {\n          score\n          items {\n            label\n            points\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadTimeline($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        id\n        timeline(first: 20) {\n          nodes {\n            id\n            kind\n            occurredAt\n            summary\n            actorName\n          }\n        }\n        scoreBreakdown {\n          score\n          items {\n            label\n            points\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($id: ID!) {\n    customerTimeline(customerId: $id, first: 20) {\n      nodes {\n        id\n        kind\n        occurredAt\n        summary\n        actorName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($id: ID!) {\n    customerTimeline(customerId: $id, first: 20) {\n      nodes {\n        id\n        kind\n        occurredAt\n        summary\n        actorName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentLead($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        ...LeadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentLead($id: ID!) {\n    node(id: $id) {\n      ... on Lead {\n        ...LeadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        ...CustomerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        ...CustomerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostponeTask($input: PostponeTaskInput!) {\n    postponeTask(input: $input) {\n      task {\n        ...TaskFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCommunication($input: LogCommunicationInput!) {\n    logCommunication(input: $input) {\n      communication {\n        ...CommunicationFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogCommunication($input: LogCommunicationInput!) {\n    logCommunication(input: $input) {\n      communication {\n        ...CommunicationFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      lead {\n        ...LeadFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimCustomers($input: ClaimCustomersInput!) {\n    claimCustomers(input: $input) {\n      customers {\n        ...CustomerFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPhone($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) {\n      value\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevealPhone($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input) {\n      value\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) {\n      id\n      kind\n      title\n      body\n      data\n    }\n  }\n"): (typeof documents)["\n  subscription LiveNotifications($after: ID) {\n    notifications(after: $after) {\n      id\n      kind\n      title\n      body\n      data\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;