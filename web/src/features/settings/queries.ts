import { graphql } from "../../gql";

// ---- users and teams -------------------------------------------------------------------------

export const USERS = graphql(`
  query SettingsUsers($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrderField!, $descending: Boolean!) {
    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id displayName email phone isActive lastLoginAt createdAt
        team { id name }
        role { id key name }
      }
    }
  }
`);

export const TEAMS = graphql(`
  query SettingsTeams {
    teams(first: 100) {
      nodes { id name depth createdAt parent { id } manager { id displayName } }
    }
  }
`);

export const ROLE_CHOICES = graphql(`
  query SettingsRoleChoices {
    roles { id key name isBuiltin }
  }
`);

export const CREATE_USER = graphql(`
  mutation SettingsCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id displayName }
      userErrors { field code message }
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation SettingsUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user { id displayName isActive team { id name } role { id key name } }
      userErrors { field code message }
    }
  }
`);

export const CREATE_TEAM = graphql(`
  mutation SettingsCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team { id name depth parent { id } }
      userErrors { field code message }
    }
  }
`);

export const UPDATE_TEAM = graphql(`
  mutation SettingsUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team { id name depth parent { id } manager { id displayName } }
      userErrors { field code message }
    }
  }
`);

export const MANAGER_CHOICES = graphql(`
  query SettingsManagerChoices {
    users(first: 100, filter: { isActive: true }) { nodes { id displayName } }
  }
`);

// ---- roles -----------------------------------------------------------------------------------

export const ROLES = graphql(`
  query SettingsRoles {
    roles {
      id key name description isBuiltin personalData
      permissions { objectType actions rowScope }
      fieldRules { objectType field access disclosure }
    }
    objectTypes { name label actions fields { name label personalDataKind } }
  }
`);

export const CREATE_ROLE = graphql(`
  mutation SettingsCreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role { id key name }
      userErrors { field code message }
    }
  }
`);

export const DELETE_ROLE = graphql(`
  mutation SettingsDeleteRole($input: DeleteRoleInput!) {
    deleteRole(input: $input) {
      deletedRoleId
      userErrors { field code message }
    }
  }
`);

export const SET_ROLE_PERMISSIONS = graphql(`
  mutation SettingsSetRolePermissions($input: SetRolePermissionsInput!) {
    setRolePermissions(input: $input) {
      role { id permissions { objectType actions rowScope } }
      userErrors { field code message }
    }
  }
`);

export const SET_ROLE_FIELD_RULES = graphql(`
  mutation SettingsSetRoleFieldRules($input: SetRoleFieldRulesInput!) {
    setRoleFieldRules(input: $input) {
      role { id fieldRules { objectType field access disclosure } }
      userErrors { field code message }
    }
  }
`);

// ---- audit -----------------------------------------------------------------------------------

export const AUDIT_EVENTS = graphql(`
  query SettingsAuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id seq occurredAt category action severity result actorId actorName
        objectType objectId changes details ipAddress userAgent requestId
      }
    }
  }
`);

export const AUDIT_CHAIN = graphql(`
  query SettingsAuditChain {
    auditChainStatus { intact checked brokenSeq reason headSeq headHash }
  }
`);

export const AUDIT_FILTER_CHOICES = graphql(`
  query SettingsAuditChoices {
    users(first: 100, orderBy: DISPLAY_NAME) { nodes { id displayName } }
    objectTypes { name label }
  }
`);

export const EXPORT_AUDIT = graphql(`
  mutation SettingsExportAudit($input: ExportAuditEventsInput!) {
    exportAuditEvents(input: $input) {
      fileName contentType content rowCount
      userErrors { field code message }
    }
  }
`);

// ---- me --------------------------------------------------------------------------------------

export const MY_SETTINGS = graphql(`
  query MySettings {
    me { id displayName locale timezone wecomUserId }
    notificationPreferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }
    myDevices { id platform appVersion lastSeenAt registeredAt }
  }
`);

export const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMySettings($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      user {
        id displayName locale timezone wecomUserId
        appearance { mode primaryColor borderRadius compact }
      }
      userErrors { field code message }
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences { enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone }
      userErrors { field code message }
    }
  }
`);

export const UNREGISTER_DEVICE = graphql(`
  mutation UnregisterMyDevice($input: UnregisterDeviceInput!) {
    unregisterDevice(input: $input) {
      deviceId
      userErrors { field code message }
    }
  }
`);
