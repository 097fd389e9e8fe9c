//! `stripe-sync backfill`: page every list endpoint into its table.
//!
//! Each page is written in one statement under the same ordering rule as webhooks, in the same
//! transaction as its window's cursor in `_sync_state`, so a killed run resumes at the next
//! page with nothing duplicated or missed. Objects are fetched concurrently, and a large one
//! by several workers over `created` windows ([`window`]), all under the client's one rate
//! limiter; embedded lists with `has_more` are fetched whole.

pub mod window;

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::stream::{FuturesUnordered, StreamExt};
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use serde_json::Value;
use sqlx::PgPool;

use crate::api::{ApiClient, ApiError};
use crate::db::quote_ident;
use crate::list_head::{ListHead, ObjectHead};
use crate::page::Page;
use window::Window;

#[derive(Debug, Clone)]
pub struct BackfillOptions {
    pub schema: String,
    /// Tables, objects or resource ids; `None` = every resource with a list endpoint.
    pub objects: Option<Vec<String>>,
    /// Only objects created at or after this unix time.
    pub since: Option<i64>,
    /// List requests in flight at once: objects, and `created` windows of large ones, share
    /// them (and the rate limiter).
    pub concurrency: usize,
    /// Progress bars on a terminal, plain lines otherwise; `false` for none.
    pub progress: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BackfillError {
    #[error("unknown object `{0}`: name a table (customers), an object (checkout.session) or a resource id; `--all` lists every one with a list endpoint")]
    UnknownObject(String),
    #[error("the saved backfill cursor `{key}` in _sync_state is unreadable ({reason}); delete that row to page its range again")]
    BadCursor { key: String, reason: String },
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
            let result = backfill_one(&pool, &api, &opts, r, &bar, gate).await;
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

/// One page as fetched: its objects' heads and the objects themselves, whether more
/// follow, and when.
struct Fetched {
    heads: Vec<ObjectHead>,
    objects: Objects,
    has_more: bool,
    fetched_at: i64,
}

/// A page's objects: the response body as it came, or values when a sub-list was completed.
enum Objects {
    Body(Vec<u8>),
    Values(Vec<Value>),
}

async fn fetch_page(api: &ApiClient, path: &str, window: &Window) -> Result<Fetched, BackfillError> {
    // A snapshot is stamped a second before its request: it never outranks an event from
    // the second it was fetched in, or later.
    let fetched_at = crate::unix_now() - 1;
    let body = api.get_bytes(path, &window.query()).await?;
    let not_json = |e: serde_json::Error| ApiError::Body { path: path.into(), message: e.to_string() };
    let list = ListHead::parse(&body).map_err(not_json)?;
    let partial = list.objects.iter().flat_map(|o| &o.lists).any(|l| l.has_more && l.url.is_some());
    if !partial {
        return Ok(Fetched { heads: list.objects, objects: Objects::Body(body), has_more: list.has_more, fetched_at });
    }
    let mut page: Value = serde_json::from_slice(&body).map_err(not_json)?;
    let mut data = match page["data"].take() {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    for item in data.iter_mut() {
        complete_sublists(api, item).await?;
    }
    Ok(Fetched { heads: data.iter().map(ObjectHead::of).collect(), objects: Objects::Values(data), has_more: list.has_more, fetched_at })
}

/// What the windows of one object share.
struct ObjectRun<'a> {
    pool: &'a PgPool,
    api: &'a ApiClient,
    opts: &'a BackfillOptions,
    resource: &'static stripe_model::ResourceInfo,
    key: String,
    state_table: String,
    gate: Arc<tokio::sync::Semaphore>,
    written: AtomicU64,
    /// Windows split off so far (sizes the next one).
    splits: std::sync::atomic::AtomicU32,
    bar: &'a ProgressBar,
}

/// The object's windows left by an interrupted run, or its first window.
async fn saved_windows(run: &ObjectRun<'_>) -> Result<Vec<Window>, BackfillError> {
    let rows: Vec<(String, Value)> = sqlx::query_as(&format!("SELECT key, value FROM {} WHERE key = $1 OR starts_with(key, $1 || ':before:') ORDER BY key", run.state_table))
        .bind(&run.key)
        .fetch_all(run.pool)
        .await?;
    if rows.is_empty() {
        return Ok(vec![Window::first(run.opts.since)]);
    }
    // A row that cannot be read is refused, never skipped: skipping would drop its range.
    rows.into_iter()
        .map(|(key, value)| {
            let mut w: Window = serde_json::from_value(value).map_err(|e| BackfillError::BadCursor { key: key.clone(), reason: e.to_string() })?;
            if key == run.key {
                w.hi = None;
                w.lo = w.lo.or(run.opts.since);
            }
            Ok(w)
        })
        .collect()
}

async fn backfill_one(pool: &PgPool, api: &ApiClient, opts: &BackfillOptions, r: &'static stripe_model::ResourceInfo, bar: &ProgressBar, gate: Arc<tokio::sync::Semaphore>) -> Result<u64, BackfillError> {
    let run = ObjectRun {
        pool,
        api,
        opts,
        resource: r,
        key: cursor_key(api, r.resource_id, opts.since),
        state_table: format!("{}._sync_state", quote_ident(&opts.schema)),
        gate,
        written: AtomicU64::new(0),
        splits: Default::default(),
        bar,
    };
    let (split_tx, mut split_rx) = tokio::sync::mpsc::unbounded_channel::<Window>();
    let mut windows = FuturesUnordered::new();
    for w in saved_windows(&run).await? {
        windows.push(page_window(&run, w, split_tx.clone()));
    }
    // Windows split off while others run join the set; the object is done when none is left
    // (a window sends its split before it can finish, so none is in flight then). On an
    // error the other windows stop too: every page they wrote is committed with its cursor.
    while !windows.is_empty() || !split_rx.is_empty() {
        tokio::select! {
            Some(w) = split_rx.recv() => windows.push(page_window(&run, w, split_tx.clone())),
            Some(done) = windows.next(), if !windows.is_empty() => done?,
        }
    }
    Ok(run.written.load(Ordering::Relaxed))
}

/// Pages one window to its end, splitting off its older half whenever a worker is free.
async fn page_window(run: &ObjectRun<'_>, mut w: Window, splits: tokio::sync::mpsc::UnboundedSender<Window>) -> Result<(), BackfillError> {
    let _permit = run.gate.clone().acquire_owned().await.expect("semaphore open");
    let path = run.resource.list_path.unwrap();
    let key = w.key(&run.key);
    let upsert = format!(
        "INSERT INTO {} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()",
        run.state_table
    );
    let delete = format!("DELETE FROM {} WHERE key = $1", run.state_table);
    let mut page = fetch_page(run.api, path, &w).await?;
    // The time this window's pages have spanned, to size a split.
    let first_created = page.heads.first().and_then(|o| o.created);
    let mut pages = 0u32;
    loop {
        pages += 1;
        let count = page.heads.len() as u64;
        let last = page.heads.last().and_then(|o| o.id.clone());
        let last_created = page.heads.last().and_then(|o| o.created);
        let more = page.has_more && last.is_some();
        w.cursor = last;
        // A free worker takes everything older than the stretch this window keeps.
        let older = match (first_created, last_created) {
            (Some(first), Some(c)) if more && run.gate.available_permits() > 0 => {
                let keep = window::keep_secs(first, c, pages, run.splits.load(Ordering::Relaxed), w.lo.filter(|_| !run.api.rate_limited()));
                w.split(c, keep).inspect(|_| {
                    run.splits.fetch_add(1, Ordering::Relaxed);
                })
            }
            _ => None,
        };
        let write = async {
            let mut tx = run.pool.begin().await?;
            if more {
                // A page and its cursor commit together, and nobody is told a page is
                // stored: a commit lost to a crash loses both, and the rerun fetches that
                // page again. So the writer need not wait for the disk, except at a window's
                // last page, whose durable commit makes every earlier one durable too (the
                // WAL is flushed in order): a finished backfill is on disk.
                sqlx::query("SET LOCAL synchronous_commit = off").execute(&mut *tx).await?;
            }
            if count > 0 {
                let objects = match &page.objects {
                    Objects::Body(body) => Page::Body { body, heads: &page.heads },
                    Objects::Values(values) => Page::Objects(values),
                };
                crate::page::write_page(&mut tx, &run.opts.schema, run.resource.table.unwrap(), objects, run.api.account(), run.api.api_version(), page.fetched_at).await?;
            }
            if more {
                sqlx::query(&upsert).bind(&key).bind(serde_json::to_value(&w).expect("window")).execute(&mut *tx).await?;
                if let Some(o) = &older {
                    sqlx::query(&upsert).bind(o.key(&run.key)).bind(serde_json::to_value(o).expect("window")).execute(&mut *tx).await?;
                }
            } else {
                // This window is complete; when every window is, the next backfill is a fresh pass.
                sqlx::query(&delete).bind(&key).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok::<(), BackfillError>(())
        };
        let finished = |run: &ObjectRun<'_>| {
            let total = run.written.fetch_add(count, Ordering::Relaxed) + count;
            run.bar.set_position(total);
        };
        if !more {
            write.await?;
            finished(run);
            return Ok(());
        }
        // Fetch the next page while this one is written: the cursor still commits with the
        // page it follows, in order; a split-off window starts once its row is committed.
        let (done, next) = tokio::join!(write, fetch_page(run.api, path, &w));
        done?;
        finished(run);
        if let Some(o) = older {
            let _ = splits.send(o);
        }
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
