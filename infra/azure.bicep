// Fyrtårn in Azure: one Linux web app (bot + tab + tab API, Node 22 LTS) with a user-assigned managed
// identity that is both the bot's identity (Azure Bot, UserAssignedMSI) and the app's way into Table
// Storage (Storage Table Data Contributor; shared keys are disabled, so there is no connection string).
// Application Insights and the web app's console logs go to one Log Analytics workspace.
// Deployed by teamsapp.yml (arm/deploy) with azure.parameters.json; outputs in UPPER_CASE are written to
// env/.env.<environment> by Teams Toolkit.

@description('Base of every resource name; also the web app\'s host name (<name>.azurewebsites.net), so it must be globally unique. Lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(40)
param resourceBaseName string

@description('Client (application) id of the Entra app registration the tab\'s SSO tokens are issued for (AAD_APP_CLIENT_ID).')
@minLength(36)
@maxLength(36)
param ssoClientId string

@description('Tenant whose users sign in to the tab (AAD_APP_TENANT_ID); normally the subscription\'s tenant.')
param ssoTenantId string = subscription().tenantId

@description('Region of the resources; the bot registration itself is global.')
param location string = resourceGroup().location

@description('App Service plan size. Free and shared plans are not offered: they cannot run "always on", and the reminder scheduler runs inside the server.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param webAppSku string = 'B1'

@description('Number of web app instances. More than one is safe: reminders are claimed in Table Storage, so each is sent once (docs/deploy.md).')
@minValue(1)
@maxValue(10)
param webAppInstanceCount int = 1

@description('Redundancy of the storage account that holds all tables.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Prefix of every table name (TABLE_PREFIX): letters and digits, starting with a letter.')
@minLength(1)
@maxLength(30)
param tablePrefix string = 'fyr'

@description('Name of the bot shown in the Azure portal.')
param botDisplayName string = 'Fyrtårn'

@description('Azure Bot pricing tier; F0 covers Teams (a standard channel).')
@allowed([
  'F0'
  'S1'
])
param botServiceSku string = 'F0'

@description('pino log level of the server (LOG_LEVEL).')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
])
param logLevel string = 'info'

@description('Days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Optional: object id of an Entra group (or user) that may read and write the tables, e.g. the coordinators who run "npm run import" against production. Empty: no extra assignment.')
param tableDataAdminPrincipalId string = ''

@description('Kind of principal in tableDataAdminPrincipalId.')
@allowed([
  'Group'
  'User'
  'ServicePrincipal'
])
param tableDataAdminPrincipalType string = 'Group'

var storageAccountName = take('st${uniqueString(resourceGroup().id, resourceBaseName)}', 24)
var storageTableUrl = 'https://${storageAccountName}.table.${environment().suffixes.storage}'
// Built-in role "Storage Table Data Contributor": read, write and delete tables and entities.
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${resourceBaseName}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    // Entra ID only: no account keys, no SAS signed with them.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource identityTableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource adminTableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(tableDataAdminPrincipalId)) {
  name: guid(storage.id, tableDataAdminPrincipalId, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: tableDataAdminPrincipalId
    principalType: tableDataAdminPrincipalType
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${resourceBaseName}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${resourceBaseName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${resourceBaseName}'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: webAppInstanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: every request can go to any instance (state lives in Table Storage).
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm run serve'
      // The reminder scheduler runs in the server process; without always on the app sleeps when idle.
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      remoteDebuggingEnabled: false
      healthCheckPath: '/healthz'
    }
  }
}

// Settings the server reads (bot/src/config.ts ENVIRONMENT_VARIABLES) and a few the platform reads.
// A separate resource, because SSO_APP_ID_URI needs the web app's own host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    STORAGE_ACCOUNT_URL: storageTableUrl
    AZURE_CLIENT_ID: identity.properties.clientId
    TABLE_PREFIX: tablePrefix
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: identity.properties.tenantId
    SSO_CLIENT_ID: ssoClientId
    SSO_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/${ssoClientId}'
    SSO_TENANT_ID: ssoTenantId
    SCHEDULER_ENABLED: 'true'
    LOG_LEVEL: logLevel
    // Platform: Application Insights' Node.js agent, and an npm install of production dependencies on deploy.
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  }
}

// Deployments authenticate with Entra ID (Teams Toolkit, az webapp deploy); no FTP or Kudu passwords.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// The server logs JSON lines (pino) to stdout: AppServiceConsoleLogs in the workspace.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceAppLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

// Table transactions (and throttling: ServerBusy / 503) become visible next to the app's logs.
resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: tableService
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
    // Only Entra ID tokens, no channel secrets.
    disableLocalAuth: true
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// Written to env/.env.<environment> by Teams Toolkit; the manifest and aad.manifest.json use them.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output STORAGE_ACCOUNT_URL string = storageTableUrl
output TABLE_PREFIX string = tablePrefix
