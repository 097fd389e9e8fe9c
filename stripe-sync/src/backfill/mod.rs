//! `stripe-sync backfill`: every list of the list plan ([`crate::api::lists`]) into its table.
//!
//! The plan says which requests a list accepts; nothing else is sent. Lists run in phases:
//! plain lists first, all at once under the client's one rate limiter; then walks over
//! parents, each after its parent table's own lists (a walk over customers sees the customers
//! this run stored). One list's failure never stops the others: a list the key may not read
//! or the account has not enabled is skipped with Stripe's message, any other error is
//! reported with it, and the run ends with every outcome in its summary.

mod claims;
pub mod connect;
pub mod list;
mod progress;
pub mod walk;
pub mod window;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use sqlx::PgPool;

use progress::Progress;

use crate::api::lists::{self, ListSource};
use crate::api::{ApiClient, ApiError};

#[derive(Debug, Clone)]
pub struct BackfillOptions {
    pub schema: String,
    /// Tables, objects or resource ids; `None` = every table the list plan fills.
    pub objects: Option<Vec<String>>,
    /// Only objects created at or after this unix time (where the list takes `created`).
    pub since: Option<i64>,
    /// List requests in flight at once: objects, and `created` windows of large ones, share
    /// them (and the rate limiter).
    pub concurrency: usize,
    /// Progress bars on a terminal, plain lines otherwise; `false` for none.
    pub progress: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BackfillError {
    #[error("unknown object `{0}`: name a table (customers), an object (checkout.session) or a resource id; stripe-sync/SOURCES.md lists every table and where its rows come from")]
    UnknownObject(String),
    #[error("`{table}` cannot be backfilled: `GET {path}` needs {needs} and no stored object supplies it; its rows arrive by webhooks and catch-up")]
    Unlisted { table: String, path: String, needs: String },
    #[error("the saved backfill cursor `{key}` in _sync_state is unreadable ({reason}); delete that row to page its range again")]
    BadCursor { key: String, reason: String },
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("backfill finished, but {} list(s) failed:\n{}", .0.failed().count(), .0.failed().map(|r| format!("  {} ({}): {}", r.table, r.source, r.outcome)).collect::<Vec<_>>().join("\n"))]
    Incomplete(Box<BackfillSummary>),
}

impl BackfillError {
    /// A write aborted by a concurrent writer ([`crate::db::is_conflict`]): run it again.
    pub fn is_conflict(&self) -> bool {
        matches!(self, BackfillError::Database(e) if crate::db::is_conflict(e))
    }
}

/// How one list of the plan ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// The key may not read it, or the account has not enabled the product: Stripe's message.
    Skipped(String),
    Failed(String),
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Done => f.write_str("done"),
            Outcome::Skipped(m) => write!(f, "skipped: {m}"),
            Outcome::Failed(m) => write!(f, "failed: {m}"),
        }
    }
}

/// One list of the plan, as this run did it.
#[derive(Debug, Clone)]
pub struct ListReport {
    pub table: &'static str,
    /// [`ListSource::name`].
    pub source: String,
    pub written: u64,
    pub outcome: Outcome,
    /// `--since` was given but this list takes no `created` filter: it was paged whole.
    pub since_ignored: bool,
}

/// What one backfill did.
#[derive(Debug, Clone, Default)]
pub struct BackfillSummary {
    pub lists: Vec<ListReport>,
    /// Partial embedded lists recorded by webhooks, read whole at the end of the run.
    pub partial_lists: crate::partial::Completion,
    pub elapsed: Duration,
}

impl BackfillSummary {
    pub fn total(&self) -> u64 {
        self.lists.iter().map(|r| r.written).sum()
    }

    /// Objects written per table, by table name.
    pub fn per_table(&self) -> Vec<(String, u64)> {
        let mut t: BTreeMap<&str, u64> = BTreeMap::new();
        for r in &self.lists {
            *t.entry(r.table).or_default() += r.written;
        }
        t.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    }

    pub fn failed(&self) -> impl Iterator<Item = &ListReport> {
        self.lists.iter().filter(|r| matches!(r.outcome, Outcome::Failed(_)))
    }

    pub fn skipped(&self) -> impl Iterator<Item = &ListReport> {
        self.lists.iter().filter(|r| matches!(r.outcome, Outcome::Skipped(_)))
    }
}

/// The table a name means: a table, an object (`checkout.session`) or a resource id.
pub fn table_named(name: &str) -> Option<&'static str> {
    stripe_model::RESOURCES
        .iter()
        .filter(|r| !r.is_deleted)
        .find(|r| r.table == Some(name) || r.object == name || r.resource_id == name)
        .and_then(|r| r.table)
}

/// The tables a backfill covers: every table the plan fills, or those named (and, for a
/// table filled from its parent's embedded list, that parent).
pub fn selected(objects: Option<&[String]>) -> Result<Vec<&'static str>, BackfillError> {
    let listed = lists::listed_tables();
    let Some(names) = objects else { return Ok(listed) };
    let mut out = Vec::new();
    for n in names {
        let table = table_named(n).ok_or_else(|| BackfillError::UnknownObject(n.clone()))?;
        if !listed.contains(&table) {
            return Err(match lists::UNLISTED.iter().find(|u| u.table == table) {
                Some(u) => {
                    BackfillError::Unlisted { table: table.into(), path: u.path.into(), needs: u.needs.join(", ") }
                }
                None => BackfillError::Unlisted {
                    table: table.into(),
                    path: "(no list operation)".into(),
                    needs: "a list operation".into(),
                },
            });
        }
        out.push(table);
        for e in lists::EMBEDDED.iter().filter(|e| e.table == table && lists::sources_for(table).next().is_none()) {
            out.push(e.parent);
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The lists of `tables` in phases: a walk runs in the phase after every list of its parent
/// table that this run makes (a parent not in the run is walked as stored, in phase 1).
pub fn phases(tables: &[&'static str]) -> Vec<Vec<&'static ListSource>> {
    let sources: Vec<&'static ListSource> = lists::LIST_SOURCES.iter().filter(|s| tables.contains(&s.table)).collect();
    let mut depth: BTreeMap<&str, usize> = BTreeMap::new();
    // Depths settle within as many rounds as there are lists (the plan has no cycles; a
    // cycle would stop at that bound).
    for _ in 0..=sources.len() {
        let mut changed = false;
        for s in &sources {
            let d = s.parent.map_or(0, |p| 1 + depth.get(p.table).copied().unwrap_or(0));
            let e = depth.entry(s.table).or_default();
            if d > *e {
                *e = d;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let source_depth = |s: &ListSource| s.parent.map_or(0, |p| 1 + depth.get(p.table).copied().unwrap_or(0));
    let max = sources.iter().map(|s| source_depth(s)).max().unwrap_or(0);
    (0..=max)
        .map(|d| sources.iter().copied().filter(|s| source_depth(s) == d).collect())
        .filter(|p: &Vec<_>| !p.is_empty())
        .collect()
}

/// A list's cursor key in `_sync_state`. A table's first list keeps the key earlier
/// versions used (`backfill:<account>:<resource id>:<since>`), so their cursors resume.
fn cursor_key(api: &ApiClient, source: &ListSource, since: Option<i64>) -> String {
    let resource = stripe_model::RESOURCES
        .iter()
        .find(|r| !r.is_deleted && r.table == Some(source.table))
        .map_or(source.table, |r| r.resource_id);
    let first = lists::sources_for(source.table).next() == Some(source);
    let name = if first { resource.to_string() } else { format!("{resource}|{}", source.name()) };
    let since = since.filter(|_| source.filters_created() && source.parent.is_none());
    format!("backfill:{}:{name}:{}", api.account().unwrap_or("platform"), since.unwrap_or(0))
}

pub async fn backfill(
    pool: &PgPool,
    api: &ApiClient,
    opts: &BackfillOptions,
) -> Result<BackfillSummary, BackfillError> {
    let tables = selected(opts.objects.as_deref())?;
    let run = Arc::new(claims::Run::join(pool, &opts.schema).await?);
    let gate = Arc::new(tokio::sync::Semaphore::new(opts.concurrency.max(1)));
    let result = backfill_in(pool, api, opts, &tables, &run, gate).await;
    leave(pool, run, result).await
}

/// Leaves `run` once this process's part of it ended with `result`. Lists stopped by an error
/// may still hold the run for a moment: then it is left as their connection closes.
async fn leave<T>(pool: &PgPool, run: Arc<claims::Run>, result: Result<T, BackfillError>) -> Result<T, BackfillError> {
    match Arc::into_inner(run) {
        Some(run) => {
            let left = run.leave(pool).await;
            let value = result?;
            left?;
            Ok(value)
        }
        None => result,
    }
}

/// [`backfill`] of `tables` as part of `run`, with `gate` bounding this process's requests.
async fn backfill_in(
    pool: &PgPool,
    api: &ApiClient,
    opts: &BackfillOptions,
    tables: &[&'static str],
    run: &Arc<claims::Run>,
    gate: Arc<tokio::sync::Semaphore>,
) -> Result<BackfillSummary, BackfillError> {
    let started = Instant::now();
    let progress = Progress::start(opts.progress);
    let mut summary = BackfillSummary::default();
    for phase in phases(tables) {
        // A JoinSet aborts its tasks when dropped: cancelling the backfill stops all of its work.
        let mut tasks = tokio::task::JoinSet::new();
        for source in phase {
            let bar = progress.list(&source.name());
            let (pool, api, opts, gate, run) = (pool.clone(), api.clone(), opts.clone(), gate.clone(), run.clone());
            tasks.spawn(async move {
                let key = cursor_key(&api, source, opts.since);
                let bar_ = bar.clone();
                let result = match source.parent {
                    None => list::page_list(&pool, &api, &opts, source, key, &bar_, gate, &run).await,
                    Some(_) => walk::claimed_walk(&pool, &api, &opts, source, key, &bar_, gate, &run).await,
                };
                Progress::finish(&bar, &result);
                (source, bar.position(), result)
            });
        }
        while let Some(joined) = tasks.join_next().await {
            let (source, position, result) = joined.expect("backfill task panicked");
            let (written, outcome) = match result {
                Ok(n) => (n, Outcome::Done),
                // A key Stripe refuses, or an account it may no longer read, fails every list
                // alike: stop at once.
                Err(BackfillError::Api(e @ ApiError::Status { status: 401, .. })) => return Err(e.into()),
                Err(BackfillError::Api(e)) if e.is_account_invalid() => return Err(e.into()),
                Err(BackfillError::Api(e)) if e.unavailable().is_some() => {
                    (position, Outcome::Skipped(e.unavailable().unwrap_or_default().to_string()))
                }
                Err(e) => (position, Outcome::Failed(e.to_string())),
            };
            let since_ignored = opts.since.is_some() && (!source.filters_created() || source.parent.is_some());
            summary.lists.push(ListReport {
                table: source.table,
                source: source.name(),
                written,
                outcome,
                since_ignored,
            });
        }
    }
    summary.partial_lists = crate::partial::complete(pool, &opts.schema, api).await?;
    drop(progress);
    summary.lists.sort_by(|a, b| (a.table, &a.source).cmp(&(b.table, &b.source)));
    summary.elapsed = started.elapsed();
    if summary.failed().next().is_some() {
        return Err(BackfillError::Incomplete(Box::new(summary)));
    }
    Ok(summary)
}

/// Replaces every embedded list that has more items (`invoice.lines`, `subscription.items`)
/// with the whole list, fetched from its `url`.
pub(crate) async fn complete_sublists(api: &ApiClient, object: &mut Value) -> Result<(), BackfillError> {
    let Some(map) = object.as_object_mut() else { return Ok(()) };
    for value in map.values_mut() {
        let is_partial = value.get("object").and_then(Value::as_str) == Some("list")
            && value.get("has_more").and_then(Value::as_bool) == Some(true);
        let Some(url) = value.get("url").and_then(Value::as_str).filter(|_| is_partial).map(String::from) else {
            continue;
        };
        let mut all: Vec<Value> = value["data"].as_array().cloned().unwrap_or_default();
        let after = all.last().and_then(|o| o["id"].as_str()).map(String::from);
        all.extend(api.list_all(&url, &[], after).await?);
        value["data"] = Value::Array(all);
        value["has_more"] = Value::Bool(false);
    }
    Ok(())
}
