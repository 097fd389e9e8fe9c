//! `stripe-sync backfill`: page every list endpoint into its table.
//!
//! Each page is written in one statement under the same ordering rule as webhooks, in the same
//! transaction as the object's cursor in `_sync_state`, so a killed run resumes at the next
//! page with nothing duplicated or missed. Objects are fetched concurrently under the client's
//! one rate limiter; embedded lists with `has_more` are fetched whole.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use serde_json::{json, Value};
use sqlx::PgPool;

use crate::api::{ApiClient, ApiError};
use crate::db::quote_ident;

#[derive(Debug, Clone)]
pub struct BackfillOptions {
    pub schema: String,
    /// Tables, objects or resource ids; `None` = every resource with a list endpoint.
    pub objects: Option<Vec<String>>,
    /// Only objects created at or after this unix time.
    pub since: Option<i64>,
    /// Objects fetched at once (they share the rate limiter).
    pub concurrency: usize,
    /// Progress bars on a terminal, plain lines otherwise; `false` for none.
    pub progress: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BackfillError {
    #[error("unknown object `{0}`: name a table (customers), an object (checkout.session) or a resource id; `--all` lists every one with a list endpoint")]
    UnknownObject(String),
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// What one backfill did.
#[derive(Debug, Clone, Default)]
pub struct BackfillSummary {
    /// (table, objects written)
    pub per_table: Vec<(String, u64)>,
    pub elapsed: Duration,
}

impl BackfillSummary {
    pub fn total(&self) -> u64 {
        self.per_table.iter().map(|(_, n)| n).sum()
    }
}

/// The resources a backfill covers: top-level list endpoint and a table.
pub fn selected(objects: Option<&[String]>) -> Result<Vec<&'static stripe_model::ResourceInfo>, BackfillError> {
    let listable: Vec<_> = stripe_model::RESOURCES.iter().filter(|r| !r.is_deleted && r.list_path.is_some() && r.table.is_some()).collect();
    let Some(names) = objects else { return Ok(listable) };
    names
        .iter()
        .map(|n| {
            listable
                .iter()
                .find(|r| r.table == Some(n.as_str()) || r.object == n || r.resource_id == n)
                .copied()
                .ok_or_else(|| BackfillError::UnknownObject(n.clone()))
        })
        .collect()
}

pub async fn backfill(pool: &PgPool, api: &ApiClient, opts: &BackfillOptions) -> Result<BackfillSummary, BackfillError> {
    let resources = selected(opts.objects.as_deref())?;
    let started = Instant::now();
    let bars = MultiProgress::new();
    let terminal = opts.progress && std::io::stderr().is_terminal();
    if !terminal {
        bars.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let gate = Arc::new(tokio::sync::Semaphore::new(opts.concurrency.max(1)));
    // A JoinSet aborts its tasks when dropped: cancelling the backfill stops all of its work.
    let mut tasks = tokio::task::JoinSet::new();
    for r in resources {
        let bar = bars.add(ProgressBar::new_spinner());
        bar.set_style(ProgressStyle::with_template("{prefix:>32} {pos:>8} objects {per_sec:>12} {elapsed_precise} {msg}").unwrap());
        bar.set_prefix(r.table.unwrap().to_string());
        let (pool, api, opts, gate) = (pool.clone(), api.clone(), opts.clone(), gate.clone());
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.expect("semaphore open");
            let result = backfill_one(&pool, &api, &opts, r, &bar).await;
            bar.finish_with_message(match &result {
                Ok(_) => "done".to_string(),
                Err(e) => format!("failed: {e}"),
            });
            result.map(|n| (r.table.unwrap().to_string(), n))
        });
    }
    let ticker = (opts.progress && !terminal).then(|| {
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(5));
            every.tick().await;
            loop {
                every.tick().await;
                eprintln!("backfill: still running ({:.0?} elapsed)", started.elapsed());
            }
        })
    });
    let mut summary = BackfillSummary::default();
    let mut first_error = None;
    while let Some(joined) = tasks.join_next().await {
        match joined.expect("backfill task panicked") {
            Ok(done) => summary.per_table.push(done),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(t) = ticker {
        t.abort();
    }
    summary.per_table.sort();
    summary.elapsed = started.elapsed();
    match first_error {
        Some(e) => Err(e),
        None => Ok(summary),
    }
}

fn cursor_key(api: &ApiClient, resource: &str, since: Option<i64>) -> String {
    format!("backfill:{}:{resource}:{}", api.account().unwrap_or("platform"), since.unwrap_or(0))
}

/// One page as fetched: its objects (sub-lists completed), whether more follow, and when.
struct Page {
    data: Value,
    has_more: bool,
    fetched_at: i64,
}

async fn fetch_page(api: &ApiClient, path: &str, cursor: Option<String>, since: Option<i64>) -> Result<Page, BackfillError> {
    let mut query = vec![("limit".to_string(), "100".to_string())];
    if let Some(c) = cursor {
        query.push(("starting_after".into(), c));
    }
    if let Some(since) = since {
        query.push(("created[gte]".into(), since.to_string()));
    }
    // A snapshot is stamped a second before its request: it never outranks an event from
    // the second it was fetched in, or later.
    let fetched_at = crate::unix_now() - 1;
    let mut page = api.get(path, &query).await?;
    let mut data = page["data"].take();
    if let Some(items) = data.as_array_mut() {
        for item in items.iter_mut() {
            complete_sublists(api, item).await?;
        }
    }
    Ok(Page { data, has_more: page["has_more"].as_bool().unwrap_or(false), fetched_at })
}

async fn backfill_one(pool: &PgPool, api: &ApiClient, opts: &BackfillOptions, r: &stripe_model::ResourceInfo, bar: &ProgressBar) -> Result<u64, BackfillError> {
    let state_table = format!("{}._sync_state", quote_ident(&opts.schema));
    let key = cursor_key(api, r.resource_id, opts.since);
    let saved: Option<Value> = sqlx::query_scalar(&format!("SELECT value FROM {state_table} WHERE key = $1")).bind(&key).fetch_optional(pool).await?;
    let cursor = saved.as_ref().and_then(|v| v["starting_after"].as_str()).map(String::from);
    let mut written = saved.as_ref().and_then(|v| v["written"].as_u64()).unwrap_or(0);
    bar.set_position(written);
    let path = r.list_path.unwrap();
    let mut page = fetch_page(api, path, cursor, opts.since).await?;
    loop {
        let items = page.data.as_array().map_or(0, Vec::len);
        let last = page.data.as_array().and_then(|a| a.last()).and_then(|o| o["id"].as_str()).map(String::from);
        let more = page.has_more && last.is_some();
        written += items as u64;
        let write = async {
            let mut tx = pool.begin().await?;
            if items > 0 {
                crate::store::write_page(&mut tx, &opts.schema, r.table.unwrap(), &page.data, api.account(), api.api_version(), page.fetched_at).await?;
            }
            if more {
                sqlx::query(&format!(
                    "INSERT INTO {state_table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()"
                ))
                .bind(&key)
                .bind(json!({"starting_after": last, "written": written}))
                .execute(&mut *tx)
                .await?;
            } else {
                // Complete: the next backfill is a fresh pass.
                sqlx::query(&format!("DELETE FROM {state_table} WHERE key = $1")).bind(&key).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok::<(), BackfillError>(())
        };
        if !more {
            write.await?;
            bar.set_position(written);
            return Ok(written);
        }
        // Fetch the next page while this one is written: the cursor still commits with the
        // page it follows, in order.
        let (done, next) = tokio::join!(write, fetch_page(api, path, last.clone(), opts.since));
        done?;
        bar.set_position(written);
        page = next?;
    }
}

/// Replaces every embedded list that has more items (`invoice.lines`, `subscription.items`)
/// with the whole list, fetched from its `url`.
async fn complete_sublists(api: &ApiClient, object: &mut Value) -> Result<(), BackfillError> {
    let Some(map) = object.as_object_mut() else { return Ok(()) };
    for value in map.values_mut() {
        let is_partial = value.get("object").and_then(Value::as_str) == Some("list") && value.get("has_more").and_then(Value::as_bool) == Some(true);
        let Some(url) = value.get("url").and_then(Value::as_str).filter(|_| is_partial).map(String::from) else { continue };
        let mut all: Vec<Value> = value["data"].as_array().cloned().unwrap_or_default();
        let after = all.last().and_then(|o| o["id"].as_str()).map(String::from);
        all.extend(api.list_all(&url, &[], after).await?);
        value["data"] = Value::Array(all);
        value["has_more"] = Value::Bool(false);
    }
    Ok(())
}
