//! Backfill from the fake Stripe API into Postgres: objects/s with no rate limit, and the
//! time under a 100 req/s limit against the bound set by full 100-object pages.

use std::time::Instant;

use serde_json::Value;
use sqlx::postgres::PgPoolOptions;
use stripe_schema_tests::fake_stripe::{FakeStripe, API_KEY};
use stripe_sync::api::ApiClient;
use stripe_sync::backfill::{backfill, BackfillOptions};

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
    let (mut unlimited, mut cpu, mut own_cpu, mut limited, mut rss) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for run in 0..runs {
        // Without a limit: the library, in process.
        let name = format!("stripe_bench_bf_{}_{run}", std::process::id());
        let url = crate::tools::fresh_db(&name).await?;
        let pool = PgPoolOptions::new().max_connections(8).connect_with(stripe_sync::db::options(&url)?).await?;
        let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 100_000);
        let opts = BackfillOptions { schema: "stripe".into(), objects: objects.clone(), since: None, concurrency: 8, progress: false };
        let me = std::process::id();
        let (started, busy, own) = (Instant::now(), crate::tools::machine_busy_secs(), crate::tools::process_cpu_secs(me));
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
            if let Some(kib) = std::fs::read_to_string(format!("/proc/{}/status", child.id()))
                .ok()
                .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
            {
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
    report.add(format!("backfill {n} customers + {n} invoices, no rate limit (library)"), "objects/s", summarize(&unlimited), runs, "≥ 20,000 objects/s");
    report.add("the same: CPU per object, every process (fake API, client, Postgres)", "µs", summarize(&cpu), runs, "");
    report.add("the same: CPU per object, the fake API and the stripe-sync client (one process)", "µs", summarize(&own_cpu), runs, "");
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
