//! Backfill from the fake Stripe API into Postgres: objects/s with no rate limit, and the
//! time under a 100 req/s limit against the bound set by full 100-object pages.

use std::time::Instant;

use serde_json::Value;
use sqlx::postgres::PgPoolOptions;
use stripe_schema_tests::fake_stripe::{FakeStripe, API_KEY};
use stripe_sync::api::list_head::{ListHead, ObjectHead};
use stripe_sync::api::ApiClient;
use stripe_sync::backfill::{backfill, BackfillOptions};
use stripe_sync::write::page::{write_page, Page};

use crate::report::Report;
use crate::stats::summarize;
use crate::tools::openapi_dir;

pub async fn run(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    crate::tools::stripe_sync_bin()?;
    let doc: Value = serde_json::from_slice(&std::fs::read(openapi_dir().join("fixtures/2024-04-10.fixtures3.json"))?)?;
    let n = if quick { 2_000 } else { 20_000 };
    let fake = FakeStripe::start(&[
        ("/v1/customers", doc["resources"]["customer"].clone(), n),
        ("/v1/invoices", doc["resources"]["invoice"].clone(), n),
    ])
    .await;
    let objects = Some(vec!["customers".to_string(), "invoices".to_string()]);
    let (mut unlimited, mut cpu, mut own_cpu, mut limited, mut rss) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut alone, mut alone_cpu) = (Vec::new(), Vec::new());
    let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 100_000);
    // Interleaved, as a backfill of both objects writes them.
    let (customers, invoices) =
        (all_pages(&api, "/v1/customers", "customers").await?, all_pages(&api, "/v1/invoices", "invoices").await?);
    let mut pages = Vec::new();
    for (c, i) in customers.into_iter().zip(invoices) {
        pages.extend([c, i]);
    }
    for run in 0..runs {
        // Postgres alone: the same pages' statements from bodies in memory, no HTTP.
        let name = format!("stripe_bench_pg_{}_{run}", std::process::id());
        let url = crate::tools::fresh_db(&name).await?;
        let pool = PgPoolOptions::new().max_connections(8).connect_with(stripe_sync::db::options(&url)?).await?;
        let (started, busy) = (Instant::now(), crate::tools::machine_busy_secs());
        let written = write_pages(&pool, &pages, 8).await?;
        let secs = started.elapsed().as_secs_f64();
        anyhow::ensure!(written == 2 * n as u64, "the page statements wrote {written} of {}", 2 * n);
        alone.push(written as f64 / secs);
        alone_cpu.push((crate::tools::machine_busy_secs() - busy) * 1e6 / written as f64);
        pool.close().await;
        crate::tools::drop_db(&name).await?;

        // Without a limit: the library, in process.
        let name = format!("stripe_bench_bf_{}_{run}", std::process::id());
        let url = crate::tools::fresh_db(&name).await?;
        let pool = PgPoolOptions::new().max_connections(8).connect_with(stripe_sync::db::options(&url)?).await?;
        let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 100_000);
        let opts = BackfillOptions {
            schema: "stripe".into(),
            objects: objects.clone(),
            since: None,
            concurrency: 8,
            progress: false,
        };
        let me = std::process::id();
        let (started, busy, own) =
            (Instant::now(), crate::tools::machine_busy_secs(), crate::tools::process_cpu_secs(me));
        let summary = backfill(&pool, &api, &opts).await?;
        let secs = started.elapsed().as_secs_f64();
        cpu.push((crate::tools::machine_busy_secs() - busy) * 1e6 / summary.total() as f64);
        own_cpu.push((crate::tools::process_cpu_secs(me) - own) * 1e6 / summary.total() as f64);
        anyhow::ensure!(summary.total() == 2 * n as u64, "backfill wrote {} of {}", summary.total(), 2 * n);
        unlimited.push(summary.total() as f64 / secs);
        pool.close().await;
        crate::tools::drop_db(&name).await?;

        // At 100 req/s: the `stripe-sync backfill` command, as users run it, with its peak RSS.
        let name = format!("stripe_bench_bfcli_{}_{run}", std::process::id());
        let url = crate::tools::fresh_db(&name).await?;
        let started = Instant::now();
        let mut child = std::process::Command::new(crate::tools::stripe_sync_bin()?)
            .args(["backfill", "--objects", "customers,invoices", "--rate-limit", "100"])
            .env("DATABASE_URL", &url)
            .env("STRIPE_API_KEY", API_KEY)
            .env("STRIPE_API_BASE", &fake.base)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()?;
        let mut peak_kib = 0f64;
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break status;
            }
            // VmHWM is the peak so far; the last read before exit is within 50 ms of the end.
            if let Some(kib) = std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok().and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
            }) {
                peak_kib = peak_kib.max(kib);
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        };
        anyhow::ensure!(status.success(), "stripe-sync backfill failed");
        limited.push(started.elapsed().as_secs_f64());
        rss.push(peak_kib / 1024.0);
        crate::tools::drop_db(&name).await?;
    }
    let pages = (2 * n).div_ceil(100) as f64;
    report.add(
        format!("backfill {n} customers + {n} invoices, no rate limit (library)"),
        "objects/s",
        summarize(&unlimited),
        runs,
        "≥ 20,000 objects/s",
    );
    report.add("the same: CPU per object, every process (fake API, client, Postgres)", "µs", summarize(&cpu), runs, "");
    report.add(
        "the same: CPU per object, the fake API and the stripe-sync client (one process)",
        "µs",
        summarize(&own_cpu),
        runs,
        "",
    );
    report.add(
        "the same pages' statements alone (bodies in memory, no HTTP, 8 connections)",
        "objects/s",
        summarize(&alone),
        runs,
        "",
    );
    report.add("the same: CPU per object, every process (Postgres, the writer)", "µs", summarize(&alone_cpu), runs, "");
    report.add(
        format!("`stripe-sync backfill` {n} + {n} at 100 req/s (bound: {pages} full pages = {:.1} s)", pages / 100.0),
        "s",
        summarize(&limited),
        runs,
        &format!("≤ {:.1} s (bound + 5%)", pages / 100.0 * 1.05),
    );
    report.add("peak RSS of stripe-sync backfill (the command above)", "MiB", summarize(&rss), runs, "");
    Ok(())
}

/// One page as the API sent it, with its table and heads.
struct FetchedPage {
    table: &'static str,
    body: Vec<u8>,
    heads: Vec<ObjectHead>,
}

/// Every page of a list, fetched once and kept (nothing written).
async fn all_pages(api: &ApiClient, path: &str, table: &'static str) -> anyhow::Result<Vec<FetchedPage>> {
    let (mut pages, mut after) = (Vec::new(), None::<String>);
    loop {
        let mut query = vec![("limit".to_string(), "100".to_string())];
        query.extend(after.iter().map(|a| ("starting_after".to_string(), a.clone())));
        let body = api.get_bytes(path, &query).await?;
        let head = ListHead::parse(&body)?;
        after = head.objects.last().and_then(|o| o.id.clone());
        pages.push(FetchedPage { table, body, heads: head.objects });
        if !head.has_more || after.is_none() {
            return Ok(pages);
        }
    }
}

/// Writes every page as a backfill does (one statement and transaction each, not waiting for
/// the disk) from `workers` connections at once; returns the objects written.
async fn write_pages(pool: &sqlx::PgPool, pages: &[FetchedPage], workers: usize) -> anyhow::Result<u64> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let worker = || async {
        let mut written = 0;
        while let Some(page) = pages.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
            let mut tx = pool.begin().await?;
            sqlx::query("SET LOCAL synchronous_commit = off").execute(&mut *tx).await?;
            let body = Page::Body { body: &page.body, heads: &page.heads };
            written +=
                write_page(&mut tx, "stripe", page.table, body, None, stripe_model::API_VERSION, 1_700_000_000).await?;
            tx.commit().await?;
        }
        anyhow::Ok(written)
    };
    let counts = futures_util::future::try_join_all((0..workers).map(|_| worker())).await?;
    Ok(counts.iter().sum())
}
