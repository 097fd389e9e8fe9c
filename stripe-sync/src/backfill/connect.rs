//! `stripe-sync backfill --connected-accounts`: the platform's lists, then every connected
//! account's, read with its `Stripe-Account` header. Each account's cursors are its own
//! (their keys carry the account), so a run resumes per account; every account shares the
//! client's one rate limiter, as Stripe's budget is the platform's. An account the platform may
//! no longer read (403 `account_invalid`) is reported and skipped; another account's failure
//! never stops the rest. Accounts are listed from the API at each run, so a new one is picked
//! up by the next.

use sqlx::PgPool;

use super::{backfill, BackfillError, BackfillOptions, BackfillSummary};
use crate::api::ApiClient;

/// How one connected account's backfill ended.
#[derive(Debug)]
pub enum AccountOutcome {
    Done(BackfillSummary),
    /// The platform may not read it: Stripe's message.
    Skipped(String),
    /// Some of its lists failed, or the run did (with why).
    Failed(String),
}

#[derive(Debug)]
pub struct AccountReport {
    pub account: String,
    pub outcome: AccountOutcome,
}

/// What a backfill of the platform and its connected accounts did.
#[derive(Debug)]
pub struct ConnectedSummary {
    pub platform: Result<BackfillSummary, String>,
    pub accounts: Vec<AccountReport>,
}

impl ConnectedSummary {
    /// The run is complete: the platform and every account it may read were backfilled.
    pub fn ok(&self) -> bool {
        self.platform.is_ok() && self.accounts.iter().all(|a| !matches!(a.outcome, AccountOutcome::Failed(_)))
    }
}

/// The platform's connected accounts (`/v1/accounts`), by id; `platform` reads no account.
pub async fn connected_accounts(platform: &ApiClient) -> Result<Vec<String>, crate::api::ApiError> {
    Ok(platform
        .list_all("/v1/accounts", &[], None)
        .await?
        .iter()
        .filter_map(|a| a.get("id").and_then(|id| id.as_str()).map(String::from))
        .collect())
}

/// Backfills the platform (`api` without an account), then each connected account.
pub async fn backfill_connected(
    pool: &PgPool,
    api: &ApiClient,
    opts: &BackfillOptions,
) -> Result<ConnectedSummary, BackfillError> {
    let platform_api = api.for_account(None);
    let platform = match backfill(pool, &platform_api, opts).await {
        Ok(summary) => Ok(summary),
        Err(BackfillError::Incomplete(summary)) => Err(BackfillError::Incomplete(summary).to_string()),
        Err(e) => return Err(e),
    };
    let accounts = connected_accounts(&platform_api).await?;
    let mut reports = Vec::with_capacity(accounts.len());
    for account in accounts {
        let outcome = match backfill(pool, &api.for_account(Some(account.clone())), opts).await {
            Ok(summary) => AccountOutcome::Done(summary),
            Err(BackfillError::Api(e)) if e.is_account_invalid() => {
                AccountOutcome::Skipped(e.unavailable().unwrap_or("account_invalid").to_string())
            }
            // A key Stripe refuses fails every account alike.
            Err(e @ BackfillError::Api(crate::api::ApiError::Status { status: 401, .. })) => return Err(e),
            Err(e @ BackfillError::Database(_)) => return Err(e),
            Err(e) => AccountOutcome::Failed(e.to_string()),
        };
        reports.push(AccountReport { account, outcome });
    }
    Ok(ConnectedSummary { platform, accounts: reports })
}
