//! `stripe-sync backfill --connected-accounts`: the platform's lists, then every connected
//! account's, read with its `Stripe-Account` header. Each account's cursors are its own
//! (their keys carry the account), so a run resumes per account; every account shares the
//! client's one rate limiter, as Stripe's budget is the platform's. An account the platform may
//! no longer read (403 `account_invalid`) is reported and skipped; another account's failure
//! never stops the rest. Accounts are listed from the API at each run, so a new one is picked
//! up by the next.
//!
//! Several processes share the accounts: each is claimed whole ([`Run`]'s claims) by one
//! process, which pages its lists; the others go on to accounts nobody holds, and come back to
//! a held one only to see it finished (or take it over if its holder died). Within a process,
//! as many accounts are under way at once as requests may be in flight, sharing that bound.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use sqlx::PgPool;

use super::claims::Run;
use super::{backfill_in, leave, selected, BackfillError, BackfillOptions, BackfillSummary};
use crate::api::ApiClient;

/// How one connected account's backfill ended.
#[derive(Debug)]
pub enum AccountOutcome {
    Done(BackfillSummary),
    /// The platform may not read it: Stripe's message.
    Skipped(String),
    /// Some of its lists failed, or the run did (with why).
    Failed(String),
    /// Another process of the same run backfilled it.
    ByAnotherProcess,
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
    let tables = selected(opts.objects.as_deref())?;
    let run = Arc::new(Run::join(pool, &opts.schema).await?);
    let gate = Arc::new(tokio::sync::Semaphore::new(opts.concurrency.max(1)));
    let result = platform_and_accounts(pool, api, opts, &tables, &run, gate).await;
    leave(pool, run, result).await
}

async fn platform_and_accounts(
    pool: &PgPool,
    api: &ApiClient,
    opts: &BackfillOptions,
    tables: &[&'static str],
    run: &Arc<Run>,
    gate: Arc<tokio::sync::Semaphore>,
) -> Result<ConnectedSummary, BackfillError> {
    let platform_api = api.for_account(None);
    let platform = match backfill_in(pool, &platform_api, opts, tables, run, gate.clone()).await {
        Ok(summary) => Ok(summary),
        Err(BackfillError::Incomplete(summary)) => Err(BackfillError::Incomplete(summary).to_string()),
        Err(e) => return Err(e),
    };
    let accounts = connected_accounts(&platform_api).await?;
    // One progress display would need one owner across accounts run at once: each account
    // reports its end in the log instead.
    let account_opts = BackfillOptions { progress: false, ..opts.clone() };
    // Each process starts at its own place in the list, so processes started together do not
    // all reach for the same accounts first.
    let mut order: VecDeque<(String, bool)> = accounts.iter().map(|a| (a.clone(), false)).collect();
    order.rotate_left(start_offset(order.len()));
    let queue = Arc::new(Mutex::new(order));
    let mut lanes = tokio::task::JoinSet::new();
    for _ in 0..opts.concurrency.clamp(1, accounts.len().max(1)) {
        let lane = Lane {
            pool: pool.clone(),
            api: api.clone(),
            opts: account_opts.clone(),
            tables: tables.to_vec(),
            run: run.clone(),
            gate: gate.clone(),
            queue: queue.clone(),
        };
        lanes.spawn(lane.work());
    }
    let mut reports = Vec::with_capacity(accounts.len());
    while let Some(joined) = lanes.join_next().await {
        reports.extend(joined.expect("an account lane panicked")?);
    }
    reports.sort_by(|a, b| a.account.cmp(&b.account));
    Ok(ConnectedSummary { platform, accounts: reports })
}

/// A place in a list of `len` that differs between processes (and runs).
fn start_offset(len: usize) -> usize {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    (nanos as usize ^ std::process::id() as usize).checked_rem(len).unwrap_or(0)
}

/// Takes accounts from the queue until it is empty.
struct Lane {
    pool: PgPool,
    api: ApiClient,
    opts: BackfillOptions,
    tables: Vec<&'static str>,
    run: Arc<Run>,
    gate: Arc<tokio::sync::Semaphore>,
    /// Accounts left, each with whether another process held it when last tried.
    queue: Arc<Mutex<VecDeque<(String, bool)>>>,
}

/// How long an account another process holds waits before it is tried again.
const HELD_POLL: std::time::Duration = std::time::Duration::from_millis(200);

impl Lane {
    async fn work(self) -> Result<Vec<AccountReport>, BackfillError> {
        let mut reports = Vec::new();
        loop {
            let Some((account, held)) = self.queue.lock().expect("queue lock").pop_front() else {
                return Ok(reports);
            };
            match self.account(&account).await? {
                Some(outcome) => reports.push(AccountReport { account, outcome }),
                None => {
                    // Behind the accounts nobody holds; held twice in a row: wait a little,
                    // only that holder's work is left.
                    self.queue.lock().expect("queue lock").push_back((account, true));
                    if held {
                        tokio::time::sleep(HELD_POLL).await;
                    }
                }
            }
        }
    }

    /// Backfills `account` if this process can claim it; `None` if another holds it.
    async fn account(&self, account: &str) -> Result<Option<AccountOutcome>, BackfillError> {
        let claims = &self.run.claims;
        let key = format!("backfill:{account}:account");
        let finished = || self.run.finished(&self.pool, &key);
        if finished().await? {
            return Ok(Some(AccountOutcome::ByAnotherProcess));
        }
        if !claims.try_claim(&key).await? {
            return Ok(None);
        }
        let result = if finished().await? {
            Ok(AccountOutcome::ByAnotherProcess)
        } else {
            let api = self.api.for_account(Some(account.to_string()));
            let outcome = backfill_in(&self.pool, &api, &self.opts, &self.tables, &self.run, self.gate.clone()).await;
            match outcome {
                Ok(summary) => Ok(AccountOutcome::Done(summary)),
                Err(BackfillError::Api(e)) if e.is_account_invalid() => {
                    Ok(AccountOutcome::Skipped(e.unavailable().unwrap_or("account_invalid").to_string()))
                }
                // A key Stripe refuses fails every account alike.
                Err(e @ BackfillError::Api(crate::api::ApiError::Status { status: 401, .. })) => Err(e),
                Err(e @ BackfillError::Database(_)) => Err(e),
                Err(e) => Ok(AccountOutcome::Failed(e.to_string())),
            }
        };
        // A failed account stays unfinished: another process (or the next run) tries it again.
        if let Ok(AccountOutcome::Done(_) | AccountOutcome::Skipped(_)) = &result {
            self.run.mark_finished(&self.pool, &key).await?;
        }
        claims.release(&key).await?;
        if let Ok(outcome) = &result {
            tracing::info!(account, outcome = %outcome_line(outcome), "connected account backfilled");
        }
        result.map(Some)
    }
}

/// One line saying how an account's backfill ended.
pub fn outcome_line(outcome: &AccountOutcome) -> String {
    match outcome {
        AccountOutcome::Done(s) => format!("{} objects, {} list(s) skipped", s.total(), s.skipped().count()),
        AccountOutcome::Skipped(why) => format!("skipped: {why}"),
        AccountOutcome::Failed(why) => format!("failed: {why}"),
        AccountOutcome::ByAnotherProcess => "backfilled by another process".to_string(),
    }
}
