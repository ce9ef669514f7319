/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddEventLeadsInput = {
  eventId: string | number;
  idempotencyKey?: string | null | undefined;
  /** Up to 500. */
  rows: Array<EventLeadRowInput>;
};

export type AssignLeadsInput = {
  idempotencyKey?: string | null | undefined;
  /** At most 200. */
  leadIds: Array<string | number>;
  ownerId: string | number;
};

/** Up to 200 leads; each one done or reported in `failures`. */
export type ChangeLeadStatusInput = {
  idempotencyKey?: string | null | undefined;
  ids: Array<string | number>;
  /** CONTACTING or QUALIFIED (close with closeLeads; convert with conversion). */
  status: LeadStatus;
};

/** Up to 200 open leads closed with one reason. */
export type CloseLeadsInput = {
  idempotencyKey?: string | null | undefined;
  ids: Array<string | number>;
  /** At most 500 characters. */
  note?: string | null | undefined;
  /** A close reason's key (leadCloseReasons). */
  reason: string;
};

export type CommunicationChannel =
  | 'EMAIL'
  | 'PHONE'
  | 'SMS'
  | 'VISIT'
  | 'WECHAT';

export type CreateLeadFormInput = {
  campaign?: string | null | undefined;
  /** When set, a box the person must tick to submit. */
  consentText?: string | null | undefined;
  defaultProductInterests?: Array<string> | null | undefined;
  defaultTags?: Array<string> | null | undefined;
  eventId?: string | number | null | undefined;
  fields: Array<LeadFormFieldInput>;
  isActive?: boolean;
  name: string;
  thankYouMessage?: string | null | undefined;
};

/** A lead entered by hand (source MANUAL). */
export type CreateLeadInput = {
  campaign?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  district?: string | null | undefined;
  email?: string | null | undefined;
  /** A client-generated UUID, for clients that create offline. */
  id?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
  industry?: string | null | undefined;
  name: string;
  notes?: string | null | undefined;
  onDuplicate?: LeadOnDuplicate;
  /** Needs lead: assign. Left out: yours if you may not assign, else the routing rules decide. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  priority?: LeadPriority | null | undefined;
  productInterests?: Array<string> | null | undefined;
  province?: string | null | undefined;
  serviceNeeds?: Array<string> | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  wechatId?: string | null | undefined;
};

/** A field rule (field, operator, values) or an event rule (eventKey, caps). */
export type CreateLeadScoreRuleInput = {
  active?: boolean;
  /** e.g. visited_pricing_page; built in: form_submitted, wechat_message, wechat_scan, event_attended. */
  eventKey?: string | null | undefined;
  field?: LeadScoreField | null | undefined;
  maxCount?: number | null | undefined;
  maxPerDay?: number | null | undefined;
  name: string;
  operator?: LeadScoreOperator | null | undefined;
  /** -1000 to 1000, not 0. */
  points: number;
  /** One value; several for ONE_OF; none for IS_SET. */
  values?: Array<string> | null | undefined;
};

export type CreateLeadWebhookSourceInput = {
  campaign?: string | null | undefined;
  channel: LeadWebhookChannel;
  fieldMapping: Array<LeadWebhookFieldMappingInput>;
  name: string;
  /** Default 300. */
  replayWindowSeconds?: number | null | undefined;
};

export type CreateOfflineEventInput = {
  campaign?: string | null | undefined;
  date: string;
  name: string;
  notes?: string;
  ownerId?: string | number | null | undefined;
  place?: string;
};

/** The whole rule. USER needs userId; the others a teamId or members. */
export type CreateRoutingRuleInput = {
  action: RoutingAction;
  conditions?: RoutingConditionsInput | null | undefined;
  enabled?: boolean;
  followUpHours?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  includeSubTeams?: boolean;
  memberCapacity?: number | null | undefined;
  members?: Array<RoutingMemberInput> | null | undefined;
  name: string;
  teamId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

export type CreateWechatAccountInput = {
  appId: string;
  name: string;
  scenes?: Array<WechatSceneInput> | null | undefined;
  /** The token typed into the WeChat console. */
  token: string;
};

export type DeleteLeadScoreRuleInput = {
  id: string | number;
};

export type DeleteRepAbsenceInput = {
  id: string | number;
};

export type DeleteRoutingRuleInput = {
  id: string | number;
};

/** How much of a personal-data value shows. */
export type Disclosure =
  | 'FULL'
  | 'MASKED'
  | 'REVEAL';

/** One person met at the event; fields as on a lead. */
export type EventLeadRowInput = {
  /** Left out: the event's. */
  campaign?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  district?: string | null | undefined;
  email?: string | null | undefined;
  /** Other answers, kept. */
  extra?: unknown;
  industry?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  phone?: string | null | undefined;
  priority?: LeadPriority | null | undefined;
  productInterests?: Array<string> | null | undefined;
  province?: string | null | undefined;
  serviceNeeds?: Array<string> | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  wechatId?: string | null | undefined;
};

export type LeadAnalyticsFilter = {
  campaigns?: Array<string> | null | undefined;
  /** First day leads were created (your calendar). */
  from: string;
  ownerIds?: Array<string | number> | null | undefined;
  sources?: Array<LeadSource> | null | undefined;
  teamId?: string | number | null | undefined;
  /** Last day, included; at most 366 days in all. */
  to: string;
};

/** AUTO by a routing rule; MANUAL by a manager; TRANSFER between reps (with a reason); UNASSIGNED: no rule could place the lead, it waits for a manager. */
export type LeadAssignmentKind =
  | 'AUTO'
  | 'MANUAL'
  | 'TRANSFER'
  | 'UNASSIGNED';

export type LeadCaptureIdInput = {
  id: string | number;
};

/** Every filter given must hold. */
export type LeadFilterInput = {
  campaign?: string | null | undefined;
  city?: string | null | undefined;
  /** Inclusive. */
  createdFrom?: string | null | undefined;
  /** Exclusive. */
  createdTo?: string | null | undefined;
  /** No communication since then (never followed up counts too). */
  notFollowedUpSince?: string | null | undefined;
  ownerIds?: Array<string | number> | null | undefined;
  priorities?: Array<LeadPriority> | null | undefined;
  /** Any of them. */
  productInterests?: Array<string> | null | undefined;
  /** 广东 or 广东省. */
  province?: string | null | undefined;
  scoreMax?: number | null | undefined;
  scoreMin?: number | null | undefined;
  /** Words of the name or company (Chinese by any two characters in a row), or an exact phone number or e-mail address. */
  search?: string | null | undefined;
  sources?: Array<LeadSource> | null | undefined;
  statuses?: Array<LeadStatus> | null | undefined;
  /** Any of them. */
  tags?: Array<string> | null | undefined;
  teamId?: string | number | null | undefined;
  /** True: without an owner; false: with one. */
  unassigned?: boolean | null | undefined;
};

export type LeadFormFieldInput = {
  /** Letters, digits, _; starts with a letter. */
  key: string;
  label: string;
  /** A lead field (name, phone, email, wechatId, company, title, industry, province, city, district, campaign, productInterests, serviceNeeds, tags, priority, notes); null keeps the answer in the lead's extra answers. */
  mapsTo?: string | null | undefined;
  /** SELECT/MULTISELECT. */
  options?: Array<string> | null | undefined;
  required?: boolean;
  type: LeadFormFieldType;
};

/** TEXT, PHONE, EMAIL, SELECT, MULTISELECT, TEXTAREA, CHECKBOX. */
export type LeadFormFieldType =
  | 'CHECKBOX'
  | 'EMAIL'
  | 'MULTISELECT'
  | 'PHONE'
  | 'SELECT'
  | 'TEXT'
  | 'TEXTAREA';

/** When the person already has a lead. */
export type LeadOnDuplicate =
  /** Into their newest lead: empty fields filled, labels added. */
  | 'MERGE'
  /** LEAD_DUPLICATE with their ids. */
  | 'REFUSE';

/** CREATED_AT (default; newest first), SCORE (highest first), LAST_FOLLOWED_UP_AT (longest waiting first; never followed up counts as the oldest), NAME (pinyin order), STATUS_CHANGED_AT (latest first). `descending` reverses any. */
export type LeadOrder =
  | 'CREATED_AT'
  | 'LAST_FOLLOWED_UP_AT'
  | 'NAME'
  | 'SCORE'
  | 'STATUS_CHANGED_AT';

export type LeadPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** RULE: a field rule when the lead came in or changed; RESCORE: a field rule after the rules changed; EVENT, DECAY (inactivity), MANUAL (a rep's adjustment). */
export type LeadScoreCause =
  | 'DECAY'
  | 'EVENT'
  | 'MANUAL'
  | 'RESCORE'
  | 'RULE';

/** The lead fields a field rule can test. */
export type LeadScoreField =
  | 'CAMPAIGN'
  | 'CITY'
  | 'COMPANY'
  | 'HAS_EMAIL'
  | 'HAS_PHONE'
  | 'HAS_WECHAT'
  | 'INDUSTRY'
  | 'PRIORITY'
  | 'PRODUCT_INTERESTS'
  | 'PROVINCE'
  | 'SERVICE_NEEDS'
  | 'SOURCE'
  | 'TAGS'
  | 'TITLE';

/** EQUALS 等于, ONE_OF 属于其中之一, CONTAINS 包含 (text: a part of it; labels: has the label), IS_SET 已填写. Text is compared trimmed and ignoring case. */
export type LeadScoreOperator =
  | 'CONTAINS'
  | 'EQUALS'
  | 'IS_SET'
  | 'ONE_OF';

export type LeadScorePartKind =
  | 'DECAY'
  | 'EVENT'
  /** Lifts a sum below the organisation's floor up to it. */
  | 'FLOOR'
  | 'MANUAL'
  | 'RULE';

/** FIELD: a condition on the lead's fields; EVENT: points per behaviour event. */
export type LeadScoreRuleKind =
  | 'EVENT'
  | 'FIELD';

/** 来源渠道: 网站表单 WEB_FORM, 微信公众号 WECHAT, 微博 WEIBO, other social channels SOCIAL, 线下活动 EVENT, 导入 IMPORT, 接口 API, 手工录入 MANUAL. */
export type LeadSource =
  | 'API'
  | 'EVENT'
  | 'IMPORT'
  | 'MANUAL'
  | 'SOCIAL'
  | 'WEB_FORM'
  | 'WECHAT'
  | 'WEIBO';

/** 新线索 NEW → 联系中 CONTACTING → 意向明确 QUALIFIED → 已转化 CONVERTED; 已关闭 CLOSED (with a reason) from any open status. */
export type LeadStatus =
  | 'CLOSED'
  | 'CONTACTING'
  | 'CONVERTED'
  | 'NEW'
  | 'QUALIFIED';

export type LeadWebhookChannel =
  | 'SOCIAL'
  | 'WEIBO';

export type LeadWebhookFieldMappingInput = {
  extraKey?: string | null | undefined;
  field?: string | null | undefined;
  path: string;
};

export type LoginInput = {
  /** Email address or mobile phone number. */
  login: string;
  password: string;
};

export type OfflineEventIdInput = {
  eventId: string | number;
};

export type ReorderRoutingRulesInput = {
  /** Every rule once, first tried first. */
  ids: Array<string | number>;
};

export type RevealPersonalDataInput = {
  /** e.g. phone, idCardNumber, bankCardNumber. */
  field: string;
  /** The global ID of the record. */
  id: string | number;
};

/** 指定销售 USER; 轮询 ROUND_ROBIN (the next member in turn); 负载均衡 LOAD_BALANCE (the member with the fewest open leads). */
export type RoutingAction =
  | 'LOAD_BALANCE'
  | 'ROUND_ROBIN'
  | 'USER';

export type RoutingConditionsInput = {
  campaigns?: Array<string>;
  cities?: Array<string>;
  productInterests?: Array<string>;
  /** 广东 or 广东省. */
  provinces?: Array<string>;
  scoreMax?: number | null | undefined;
  scoreMin?: number | null | undefined;
  sources?: Array<LeadSource>;
  tags?: Array<string>;
};

export type RoutingMemberInput = {
  /** Most open leads. */
  capacity?: number | null | undefined;
  userId: string | number;
};

/** Which rows a grant covers. */
export type RowScope =
  | 'ORG'
  | 'OWN'
  | 'TEAM'
  | 'TEAM_TREE';

export type SetRepAbsenceInput = {
  /** The last day away (included). */
  endsOn: string;
  note?: string;
  startsOn: string;
  /** Left out: yourself. Someone else: needs lead: assign over them. */
  userId?: string | number | null | undefined;
};

/** Open stages, and the one won and one lost stage. */
export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

export type ThemeMode =
  | 'DARK'
  | 'LIGHT'
  | 'SYSTEM';

export type TransferLeadsInput = {
  idempotencyKey?: string | null | undefined;
  /** At most 200. */
  leadIds: Array<string | number>;
  /** Required; at most 300 characters. */
  reason: string;
  toOwnerId: string | number;
};

export type UpdateLeadFormInput = {
  campaign?: string | null | undefined;
  /** "" removes it. */
  consentText?: string | null | undefined;
  defaultProductInterests?: Array<string> | null | undefined;
  defaultTags?: Array<string> | null | undefined;
  /** null unbinds it from its event. */
  eventId?: string | number | null | undefined;
  fields?: Array<LeadFormFieldInput> | null | undefined;
  id: string | number;
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
  thankYouMessage?: string | null | undefined;
};

/** Only the fields given change; null clears a cap. */
export type UpdateLeadScoreRuleInput = {
  active?: boolean | null | undefined;
  eventKey?: string | null | undefined;
  field?: LeadScoreField | null | undefined;
  id: string | number;
  maxCount?: number | null | undefined;
  maxPerDay?: number | null | undefined;
  name?: string | null | undefined;
  operator?: LeadScoreOperator | null | undefined;
  points?: number | null | undefined;
  values?: Array<string> | null | undefined;
};

/** Only the fields given change. */
export type UpdateLeadScoreSettingsInput = {
  decayAfterDays?: number | null | undefined;
  decayEnabled?: boolean | null | undefined;
  decayEveryDays?: number | null | undefined;
  decayPoints?: number | null | undefined;
  floor?: number | null | undefined;
};

export type UpdateLeadWebhookSourceInput = {
  campaign?: string | null | undefined;
  channel?: LeadWebhookChannel | null | undefined;
  fieldMapping?: Array<LeadWebhookFieldMappingInput> | null | undefined;
  id: string | number;
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
  replayWindowSeconds?: number | null | undefined;
};

export type UpdateOfflineEventInput = {
  campaign?: string | null | undefined;
  date?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  place?: string | null | undefined;
};

/** The rule as a whole replaces the old one (order and cursor stay). */
export type UpdateRoutingRuleInput = {
  action: RoutingAction;
  conditions?: RoutingConditionsInput | null | undefined;
  enabled?: boolean;
  followUpHours?: number | null | undefined;
  id: string | number;
  includeSubTeams?: boolean;
  memberCapacity?: number | null | undefined;
  members?: Array<RoutingMemberInput> | null | undefined;
  name: string;
  teamId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

export type UpdateWechatAccountInput = {
  appId?: string | null | undefined;
  id: string | number;
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
  scenes?: Array<WechatSceneInput> | null | undefined;
  token?: string | null | undefined;
};

export type WechatSceneInput = {
  campaign?: string | null | undefined;
  eventId?: string | number | null | undefined;
  label: string;
  /** The scene value of the QR code (场景值). */
  scene: string;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { unreadNotificationCount: number, me: { id: string, displayName: string, email: string | null, phone: string | null, locale: string, timezone: string, appearance: { mode: ThemeMode, primaryColor: string, borderRadius: number, compact: boolean } | null, role: { id: string, key: string, name: string } | null, team: { id: string, name: string } | null }, myPermissions: Array<{ objectType: string, actions: Array<string>, rowScope: RowScope, fields: Array<{ field: string, disclosure: Disclosure | null }> }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, userErrors: Array<{ code: string, message: string }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { userErrors: Array<{ code: string, message: string }> } };

export type RevealPersonalDataMutationVariables = Exact<{
  input: RevealPersonalDataInput;
}>;


export type RevealPersonalDataMutation = { revealPersonalData: { value: string | null, userErrors: Array<{ code: string, message: string }> } };

export type RoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingRulesQuery = { routingRules: Array<{ id: string, name: string, position: number, enabled: boolean, action: RoutingAction, includeSubTeams: boolean, memberCapacity: number | null, followUpHours: number | null, conditions: { sources: Array<LeadSource>, provinces: Array<string>, cities: Array<string>, productInterests: Array<string>, tags: Array<string>, campaigns: Array<string>, scoreMin: number | null, scoreMax: number | null }, user: { id: string, displayName: string } | null, team: { id: string, name: string } | null, members: Array<{ position: number, capacity: number | null, user: { id: string, displayName: string } | null }> }> };

export type RoutingPickersQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingPickersQuery = { users: { nodes: Array<{ id: string, displayName: string, team: { id: string, name: string } | null }> }, teams: { nodes: Array<{ id: string, name: string, depth: number, parent: { id: string } | null }> } };

export type CreateRoutingRuleMutationVariables = Exact<{
  input: CreateRoutingRuleInput;
}>;


export type CreateRoutingRuleMutation = { createRoutingRule: { rule: { id: string, name: string, position: number } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type UpdateRoutingRuleMutationVariables = Exact<{
  input: UpdateRoutingRuleInput;
}>;


export type UpdateRoutingRuleMutation = { updateRoutingRule: { rule: { id: string, name: string, position: number, enabled: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  input: DeleteRoutingRuleInput;
}>;


export type DeleteRoutingRuleMutation = { deleteRoutingRule: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type ReorderRoutingRulesMutationVariables = Exact<{
  input: ReorderRoutingRulesInput;
}>;


export type ReorderRoutingRulesMutation = { reorderRoutingRules: { rules: Array<{ id: string, position: number }>, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type RoutingPreviewLeadsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type RoutingPreviewLeadsQuery = { leads: { nodes: Array<{ id: string, name: string | null, company: string | null, source: LeadSource | null, province: string | null }> } };

export type PreviewLeadRoutingQueryVariables = Exact<{
  leadId: string | number;
}>;


export type PreviewLeadRoutingQuery = { previewLeadRouting: { reason: string, rule: { id: string, name: string } | null, owner: { id: string, displayName: string } | null, steps: Array<{ matched: boolean, unmetConditions: Array<string>, outcome: string, rule: { id: string, name: string } }> } };

export type RepAbsencesQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type RepAbsencesQuery = { repAbsences: Array<{ id: string, startsOn: string, endsOn: string, note: string, user: { id: string, displayName: string } | null }> };

export type SetRepAbsenceMutationVariables = Exact<{
  input: SetRepAbsenceInput;
}>;


export type SetRepAbsenceMutation = { setRepAbsence: { absence: { id: string, startsOn: string, endsOn: string, note: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type DeleteRepAbsenceMutationVariables = Exact<{
  input: DeleteRepAbsenceInput;
}>;


export type DeleteRepAbsenceMutation = { deleteRepAbsence: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type LeadScoreRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadScoreRulesQuery = { leadScoreRules: Array<{ id: string, kind: LeadScoreRuleKind, name: string, field: LeadScoreField | null, operator: LeadScoreOperator | null, values: Array<string>, eventKey: string | null, points: number, maxCount: number | null, maxPerDay: number | null, active: boolean }>, leadScoreSettings: { floor: number, decayEnabled: boolean, decayAfterDays: number, decayPoints: number, decayEveryDays: number, rulesVersion: number, rescoredVersion: number } };

export type CreateLeadScoreRuleMutationVariables = Exact<{
  input: CreateLeadScoreRuleInput;
}>;


export type CreateLeadScoreRuleMutation = { createLeadScoreRule: { rule: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type UpdateLeadScoreRuleMutationVariables = Exact<{
  input: UpdateLeadScoreRuleInput;
}>;


export type UpdateLeadScoreRuleMutation = { updateLeadScoreRule: { rule: { id: string, active: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type DeleteLeadScoreRuleMutationVariables = Exact<{
  input: DeleteLeadScoreRuleInput;
}>;


export type DeleteLeadScoreRuleMutation = { deleteLeadScoreRule: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type UpdateLeadScoreSettingsMutationVariables = Exact<{
  input: UpdateLeadScoreSettingsInput;
}>;


export type UpdateLeadScoreSettingsMutation = { updateLeadScoreSettings: { settings: { floor: number, decayEnabled: boolean, decayAfterDays: number, decayPoints: number, decayEveryDays: number, rulesVersion: number, rescoredVersion: number } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type LeadFormsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type LeadFormsQuery = { leadForms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, slug: string, isActive: boolean, submissionCount: number, spamCount: number, campaign: string | null, createdAt: string, publicUrl: string }> } };

export type LeadFormDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadFormDetailQuery = { node:
    | { __typename: 'AuditEvent' }
    | { __typename: 'Communication' }
    | { __typename: 'Contact' }
    | { __typename: 'Contract' }
    | { __typename: 'Customer' }
    | { __typename: 'Device' }
    | { __typename: 'FollowUpPlanRun' }
    | { __typename: 'FollowUpPlanTemplate' }
    | { __typename: 'Lead' }
    | { __typename: 'LeadForm', id: string, name: string, slug: string, publicUrl: string, tokenUrl: string, embedSnippet: string, consentText: string | null, thankYouMessage: string, campaign: string | null, defaultTags: Array<string>, defaultProductInterests: Array<string>, isActive: boolean, submissionCount: number, spamCount: number, fields: Array<{ key: string, label: string, type: LeadFormFieldType, required: boolean, options: Array<string>, mapsTo: string | null }> }
    | { __typename: 'LeadFormSubmission' }
    | { __typename: 'LeadImport' }
    | { __typename: 'LeadScoreRule' }
    | { __typename: 'LeadWebhookSource' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationDelivery' }
    | { __typename: 'OfflineEvent' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
    | { __typename: 'Organization' }
    | { __typename: 'Pipeline' }
    | { __typename: 'PipelineStage' }
    | { __typename: 'PriceList' }
    | { __typename: 'Product' }
    | { __typename: 'Quote' }
    | { __typename: 'Role' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'SalesReason' }
    | { __typename: 'Task' }
    | { __typename: 'TaskType' }
    | { __typename: 'Team' }
    | { __typename: 'User' }
    | { __typename: 'WechatAccount' }
   | null };

export type CreateLeadFormMutationVariables = Exact<{
  input: CreateLeadFormInput;
}>;


export type CreateLeadFormMutation = { createLeadForm: { form: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type UpdateLeadFormMutationVariables = Exact<{
  input: UpdateLeadFormInput;
}>;


export type UpdateLeadFormMutation = { updateLeadForm: { form: { id: string, isActive: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type DeleteLeadFormMutationVariables = Exact<{
  input: LeadCaptureIdInput;
}>;


export type DeleteLeadFormMutation = { deleteLeadForm: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type LeadFormSubmissionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  formId?: string | number | null | undefined;
}>;


export type LeadFormSubmissionsQuery = { leadFormSubmissions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, merged: boolean, answers: unknown, createdAt: string, ipAddress: string, form: { id: string, name: string } | null, lead: { id: string, name: string | null } | null }> } };

export type OfflineEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OfflineEventsQuery = { offlineEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, date: string, place: string, campaign: string | null, notes: string, leadCount: number, owner: { id: string, displayName: string } | null, signUpForm: { id: string, name: string, publicUrl: string, isActive: boolean } | null }> } };

export type CreateOfflineEventMutationVariables = Exact<{
  input: CreateOfflineEventInput;
}>;


export type CreateOfflineEventMutation = { createOfflineEvent: { event: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type UpdateOfflineEventMutationVariables = Exact<{
  input: UpdateOfflineEventInput;
}>;


export type UpdateOfflineEventMutation = { updateOfflineEvent: { event: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type DeleteOfflineEventMutationVariables = Exact<{
  input: LeadCaptureIdInput;
}>;


export type DeleteOfflineEventMutation = { deleteOfflineEvent: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type AddEventLeadsMutationVariables = Exact<{
  input: AddEventLeadsInput;
}>;


export type AddEventLeadsMutation = { addEventLeads: { created: number, merged: number, rejected: number, results: Array<{ index: number, merged: boolean, lead: { id: string, name: string | null } | null, errors: Array<{ field: Array<string> | null, code: string, message: string }> }>, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type CreateEventSignUpFormMutationVariables = Exact<{
  input: OfflineEventIdInput;
}>;


export type CreateEventSignUpFormMutation = { createEventSignUpForm: { form: { id: string, publicUrl: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type LeadWebhookSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadWebhookSourcesQuery = { leadWebhookSources: Array<{ id: string, name: string, channel: LeadWebhookChannel, endpointUrl: string, campaign: string | null, replayWindowSeconds: number, isActive: boolean, deliveryCount: number, secretRotatedAt: string | null, createdAt: string, fieldMapping: Array<{ path: string, field: string | null, extraKey: string | null }> }> };

export type CreateLeadWebhookSourceMutationVariables = Exact<{
  input: CreateLeadWebhookSourceInput;
}>;


export type CreateLeadWebhookSourceMutation = { createLeadWebhookSource: { secret: string | null, source: { id: string, name: string, endpointUrl: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type UpdateLeadWebhookSourceMutationVariables = Exact<{
  input: UpdateLeadWebhookSourceInput;
}>;


export type UpdateLeadWebhookSourceMutation = { updateLeadWebhookSource: { source: { id: string, isActive: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: LeadCaptureIdInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string | null, source: { id: string, secretRotatedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type DeleteLeadWebhookSourceMutationVariables = Exact<{
  input: LeadCaptureIdInput;
}>;


export type DeleteLeadWebhookSourceMutation = { deleteLeadWebhookSource: { deletedId: string | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type WechatAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type WechatAccountsQuery = { wechatAccounts: Array<{ id: string, name: string, appId: string, callbackUrl: string, isActive: boolean, createdAt: string, scenes: Array<{ scene: string, label: string, campaign: string | null, event: { id: string, name: string } | null }> }> };

export type CreateWechatAccountMutationVariables = Exact<{
  input: CreateWechatAccountInput;
}>;


export type CreateWechatAccountMutation = { createWechatAccount: { account: { id: string, callbackUrl: string } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type UpdateWechatAccountMutationVariables = Exact<{
  input: UpdateWechatAccountInput;
}>;


export type UpdateWechatAccountMutation = { updateWechatAccount: { account: { id: string, isActive: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type LeadListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: LeadFilterInput | null | undefined;
  orderBy: LeadOrder;
  descending?: boolean | null | undefined;
}>;


export type LeadListQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string | null, company: string | null, phone: string | null, email: string | null, status: LeadStatus | null, source: LeadSource | null, priority: LeadPriority | null, score: number | null, tags: Array<string> | null, createdAt: string, lastFollowedUpAt: string | null, statusChangedAt: string, owner: { id: string, displayName: string } | null }> } };

export type LeadOwnersQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadOwnersQuery = { users: { nodes: Array<{ id: string, displayName: string, role: { key: string } | null }> } };

export type LeadCloseReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadCloseReasonsQuery = { leadCloseReasons: Array<{ key: string, label: string }> };

export type AssignLeadsMutationVariables = Exact<{
  input: AssignLeadsInput;
}>;


export type AssignLeadsMutation = { assignLeads: { leads: Array<{ id: string, owner: { id: string, displayName: string } | null }>, failures: Array<{ index: number, id: string, code: string, message: string }>, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type TransferLeadsMutationVariables = Exact<{
  input: TransferLeadsInput;
}>;


export type TransferLeadsMutation = { transferLeads: { leads: Array<{ id: string, owner: { id: string, displayName: string } | null }>, failures: Array<{ index: number, id: string, code: string, message: string }>, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type ChangeLeadStatusMutationVariables = Exact<{
  input: ChangeLeadStatusInput;
}>;


export type ChangeLeadStatusMutation = { changeLeadStatus: { leads: Array<{ id: string, status: LeadStatus | null }>, failures: Array<{ index: number, id: string, code: string, message: string }>, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type CloseLeadsMutationVariables = Exact<{
  input: CloseLeadsInput;
}>;


export type CloseLeadsMutation = { closeLeads: { leads: Array<{ id: string, status: LeadStatus | null }>, failures: Array<{ index: number, id: string, code: string, message: string }>, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { lead: { id: string, name: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: string, message: string }> } };

export type LeadDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadDetailQuery = { node:
    | { __typename: 'AuditEvent' }
    | { __typename: 'Communication' }
    | { __typename: 'Contact' }
    | { __typename: 'Contract' }
    | { __typename: 'Customer' }
    | { __typename: 'Device' }
    | { __typename: 'FollowUpPlanRun' }
    | { __typename: 'FollowUpPlanTemplate' }
    | { __typename: 'Lead', id: string, name: string | null, company: string | null, title: string | null, industry: string | null, province: string | null, city: string | null, district: string | null, phone: string | null, email: string | null, wechatId: string | null, source: LeadSource | null, sourceDetail: string | null, campaign: string | null, priority: LeadPriority | null, status: LeadStatus | null, statusChangedAt: string, closeReasonLabel: string | null, closeNote: string | null, score: number | null, tags: Array<string> | null, notes: string | null, createdAt: string, lastFollowedUpAt: string | null, nextFollowUpAt: string | null, owner: { id: string, displayName: string } | null, scoreBreakdown: { score: number, items: Array<{ kind: LeadScorePartKind, label: string, points: number, count: number }> } | null, scoreHistory: { nodes: Array<{ occurredAt: string, cause: LeadScoreCause, delta: number, scoreBefore: number, scoreAfter: number, ruleName: string | null, reason: string | null, actor: { displayName: string } | null }> }, timeline: { nodes: Array<{ id: string, kind: string, occurredAt: string, summary: string, actorName: string | null }> }, tasks: { nodes: Array<{ id: string, title: string | null, dueAt: string | null, status: TaskStatus, isOverdue: boolean, assignee: { displayName: string } | null }> }, communications: { nodes: Array<{ id: string, channel: CommunicationChannel, occurredAt: string, content: string | null, author: { displayName: string } | null }> }, assignments: Array<{ id: string, kind: LeadAssignmentKind, reason: string, assignedAt: string, fromOwner: { displayName: string } | null, toOwner: { displayName: string } | null, actor: { displayName: string } | null }> }
    | { __typename: 'LeadForm' }
    | { __typename: 'LeadFormSubmission' }
    | { __typename: 'LeadImport' }
    | { __typename: 'LeadScoreRule' }
    | { __typename: 'LeadWebhookSource' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationDelivery' }
    | { __typename: 'OfflineEvent' }
    | { __typename: 'Opportunity' }
    | { __typename: 'Order' }
    | { __typename: 'Organization' }
    | { __typename: 'Pipeline' }
    | { __typename: 'PipelineStage' }
    | { __typename: 'PriceList' }
    | { __typename: 'Product' }
    | { __typename: 'Quote' }
    | { __typename: 'Role' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'SalesReason' }
    | { __typename: 'Task' }
    | { __typename: 'TaskType' }
    | { __typename: 'Team' }
    | { __typename: 'User' }
    | { __typename: 'WechatAccount' }
   | null };

export type WorkbenchTeamDayQueryVariables = Exact<{
  teamId: string | number;
}>;


export type WorkbenchTeamDayQuery = { teamDay: { date: string, members: Array<{ rep: { id: string, displayName: string }, counts: { overdue: number, dueToday: number, doneToday: number, open: number } }> } };

export type WorkbenchMyDayQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkbenchMyDayQuery = { myDay: { date: string, counts: { overdue: number, dueToday: number, doneToday: number, open: number } } };

export type WorkbenchNewLeadsQueryVariables = Exact<{
  today: LeadFilterInput;
  week: LeadFilterInput;
}>;


export type WorkbenchNewLeadsQuery = { today: { totalCount: number }, week: { totalCount: number } };

export type WorkbenchPipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkbenchPipelineQuery = { pipeline: { pipeline: { id: string, name: string }, columns: Array<{ count: number, totalAmount: string, weightedAmount: string, stage: { id: string, name: string, kind: StageKind, probability: number } }> } };

export type WorkbenchLeadAnalyticsQueryVariables = Exact<{
  filter: LeadAnalyticsFilter;
}>;


export type WorkbenchLeadAnalyticsQuery = { leadAnalytics: { total: { leads: number, converted: number, funnel: Array<{ status: LeadStatus, count: number }> }, groups: Array<{ periodStart: string | null, leads: number, converted: number }> } };

export type WorkbenchTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkbenchTeamsQuery = { teams: { nodes: Array<{ id: string, name: string }> } };

export type RecentNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentNotificationsQuery = { unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, kind: string, title: string, body: string, createdAt: string, readAt: string | null }> } };

export type LiveNotificationsSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type LiveNotificationsSubscription = { notifications: { id: string, kind: string, title: string, body: string, createdAt: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markNotificationsRead: { userErrors: Array<{ code: string, message: string }> } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"appearance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"borderRadius"}},{"kind":"Field","name":{"kind":"Name","value":"compact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"rowScope"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RevealPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealPersonalDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevealPersonalDataMutation, RevealPersonalDataMutationVariables>;
export const RoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubTeams"}},{"kind":"Field","name":{"kind":"Name","value":"memberCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"followUpHours"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"cities"}},{"kind":"Field","name":{"kind":"Name","value":"productInterests"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const RoutingPickersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingPickers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingPickersQuery, RoutingPickersQueryVariables>;
export const CreateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>;
export const UpdateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>;
export const DeleteRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const ReorderRoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderRoutingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderRoutingRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderRoutingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderRoutingRulesMutation, ReorderRoutingRulesMutationVariables>;
export const RoutingPreviewLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingPreviewLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingPreviewLeadsQuery, RoutingPreviewLeadsQueryVariables>;
export const PreviewLeadRoutingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewLeadRouting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewLeadRouting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmetConditions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewLeadRoutingQuery, PreviewLeadRoutingQueryVariables>;
export const RepAbsencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepAbsences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repAbsences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RepAbsencesQuery, RepAbsencesQueryVariables>;
export const SetRepAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRepAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRepAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRepAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetRepAbsenceMutation, SetRepAbsenceMutationVariables>;
export const DeleteRepAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRepAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRepAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRepAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteRepAbsenceMutation, DeleteRepAbsenceMutationVariables>;
export const LeadScoreRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadScoreRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadScoreRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"eventKey"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadScoreSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"decayEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"decayAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"decayPoints"}},{"kind":"Field","name":{"kind":"Name","value":"decayEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rescoredVersion"}}]}}]}}]} as unknown as DocumentNode<LeadScoreRulesQuery, LeadScoreRulesQueryVariables>;
export const CreateLeadScoreRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadScoreRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadScoreRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeadScoreRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadScoreRuleMutation, CreateLeadScoreRuleMutationVariables>;
export const UpdateLeadScoreRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLeadScoreRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadScoreRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadScoreRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLeadScoreRuleMutation, UpdateLeadScoreRuleMutationVariables>;
export const DeleteLeadScoreRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLeadScoreRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLeadScoreRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadScoreRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLeadScoreRuleMutation, DeleteLeadScoreRuleMutationVariables>;
export const UpdateLeadScoreSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLeadScoreSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadScoreSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadScoreSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"decayEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"decayAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"decayPoints"}},{"kind":"Field","name":{"kind":"Name","value":"decayEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rescoredVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLeadScoreSettingsMutation, UpdateLeadScoreSettingsMutationVariables>;
export const LeadFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadForms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"spamCount"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}}]}}]}}]}}]} as unknown as DocumentNode<LeadFormsQuery, LeadFormsQueryVariables>;
export const LeadFormDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadFormDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenUrl"}},{"kind":"Field","name":{"kind":"Name","value":"embedSnippet"}},{"kind":"Field","name":{"kind":"Name","value":"consentText"}},{"kind":"Field","name":{"kind":"Name","value":"thankYouMessage"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTags"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProductInterests"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"spamCount"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"mapsTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadFormDetailQuery, LeadFormDetailQueryVariables>;
export const CreateLeadFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeadForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadFormMutation, CreateLeadFormMutationVariables>;
export const UpdateLeadFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLeadForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLeadFormMutation, UpdateLeadFormMutationVariables>;
export const DeleteLeadFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLeadForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadCaptureIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLeadFormMutation, DeleteLeadFormMutationVariables>;
export const LeadFormSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadFormSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadFormSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"formId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadFormSubmissionsQuery, LeadFormSubmissionsQueryVariables>;
export const OfflineEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfflineEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offlineEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"leadCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signUpForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfflineEventsQuery, OfflineEventsQueryVariables>;
export const CreateOfflineEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfflineEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflineEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfflineEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOfflineEventMutation, CreateOfflineEventMutationVariables>;
export const UpdateOfflineEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfflineEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfflineEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfflineEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOfflineEventMutation, UpdateOfflineEventMutationVariables>;
export const DeleteOfflineEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOfflineEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadCaptureIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOfflineEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteOfflineEventMutation, DeleteOfflineEventMutationVariables>;
export const AddEventLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEventLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEventLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEventLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddEventLeadsMutation, AddEventLeadsMutationVariables>;
export const CreateEventSignUpFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventSignUpForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfflineEventIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventSignUpForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventSignUpFormMutation, CreateEventSignUpFormMutationVariables>;
export const LeadWebhookSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadWebhookSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadWebhookSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"endpointUrl"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"replayWindowSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"extraKey"}}]}}]}}]}}]} as unknown as DocumentNode<LeadWebhookSourcesQuery, LeadWebhookSourcesQueryVariables>;
export const CreateLeadWebhookSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadWebhookSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadWebhookSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeadWebhookSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endpointUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadWebhookSourceMutation, CreateLeadWebhookSourceMutationVariables>;
export const UpdateLeadWebhookSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLeadWebhookSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadWebhookSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadWebhookSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLeadWebhookSourceMutation, UpdateLeadWebhookSourceMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadCaptureIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteLeadWebhookSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLeadWebhookSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadCaptureIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadWebhookSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLeadWebhookSourceMutation, DeleteLeadWebhookSourceMutationVariables>;
export const WechatAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WechatAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wechatAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"scenes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scene"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WechatAccountsQuery, WechatAccountsQueryVariables>;
export const CreateWechatAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWechatAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWechatAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWechatAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWechatAccountMutation, CreateWechatAccountMutationVariables>;
export const UpdateWechatAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWechatAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWechatAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWechatAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWechatAccountMutation, UpdateWechatAccountMutationVariables>;
export const LeadListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadListQuery, LeadListQueryVariables>;
export const LeadOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadOwners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadOwnersQuery, LeadOwnersQueryVariables>;
export const LeadCloseReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadCloseReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadCloseReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<LeadCloseReasonsQuery, LeadCloseReasonsQueryVariables>;
export const AssignLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignLeadsMutation, AssignLeadsMutationVariables>;
export const TransferLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TransferLeadsMutation, TransferLeadsMutationVariables>;
export const ChangeLeadStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLeadStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLeadStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLeadStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeLeadStatusMutation, ChangeLeadStatusMutationVariables>;
export const CloseLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseLeadsMutation, CloseLeadsMutationVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const LeadDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFollowedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBefore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreAfter"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadDetailQuery, LeadDetailQueryVariables>;
export const WorkbenchTeamDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchTeamDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"doneToday"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchTeamDayQuery, WorkbenchTeamDayQueryVariables>;
export const WorkbenchMyDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchMyDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"doneToday"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchMyDayQuery, WorkbenchMyDayQueryVariables>;
export const WorkbenchNewLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchNewLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"today"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"week"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WorkbenchNewLeadsQuery, WorkbenchNewLeadsQueryVariables>;
export const WorkbenchPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAmount"}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchPipelineQuery, WorkbenchPipelineQueryVariables>;
export const WorkbenchLeadAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchLeadAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadAnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchLeadAnalyticsQuery, WorkbenchLeadAnalyticsQueryVariables>;
export const WorkbenchTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchTeamsQuery, WorkbenchTeamsQueryVariables>;
export const RecentNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<RecentNotificationsQuery, RecentNotificationsQueryVariables>;
export const LiveNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<LiveNotificationsSubscription, LiveNotificationsSubscriptionVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;