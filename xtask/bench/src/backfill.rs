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

fn admin_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

async fn fresh_db(name: &str) -> anyhow::Result<String> {
    let admin = PgPoolOptions::new().max_connections(1).connect(&admin_url()).await?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await?;
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await?;
    let (prefix, _) = admin_url().rsplit_once('/').map(|(a, b)| (a.to_string(), b.to_string())).unwrap();
    let url = format!("{prefix}/{name}");
    let opts = stripe_sync::migrate::MigrateOptions { schema: "stripe".into(), reader_role: format!("{name}_reader") };
    stripe_sync::migrate::migrate(&url, &opts, &stripe_sync::migrate::embedded()).await?;
    Ok(url)
}

async fn drop_db(name: &str) -> anyhow::Result<()> {
    let admin = PgPoolOptions::new().max_connections(1).connect(&admin_url()).await?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await?;
    let _ = sqlx::query(&format!("DROP ROLE IF EXISTS {name}_reader")).execute(&admin).await;
    Ok(())
}

pub async fn run(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    let doc: Value = serde_json::from_slice(&std::fs::read(openapi_dir().join("fixtures/2024-04-10.fixtures3.json"))?)?;
    let n = if quick { 2_000 } else { 20_000 };
    let fake = FakeStripe::start(&[
        ("/v1/customers", doc["resources"]["customer"].clone(), n),
        ("/v1/invoices", doc["resources"]["invoice"].clone(), n),
    ])
    .await;
    let objects = Some(vec!["customers".to_string(), "invoices".to_string()]);
    let (mut unlimited, mut limited) = (Vec::new(), Vec::new());
    for run in 0..runs {
        for (rate, out) in [(100_000u32, &mut unlimited), (100, &mut limited)] {
            let name = format!("stripe_bench_bf_{}_{run}_{rate}", std::process::id());
            let url = fresh_db(&name).await?;
            let pool = PgPoolOptions::new().max_connections(8).connect(&url).await?;
            let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, rate);
            let opts = BackfillOptions { schema: "stripe".into(), objects: objects.clone(), since: None, concurrency: 8, progress: false };
            let started = Instant::now();
            let summary = backfill(&pool, &api, &opts).await?;
            let secs = started.elapsed().as_secs_f64();
            anyhow::ensure!(summary.total() == 2 * n as u64, "backfill wrote {} of {}", summary.total(), 2 * n);
            out.push(if rate == 100 { secs } else { summary.total() as f64 / secs });
            pool.close().await;
            drop_db(&name).await?;
        }
    }
    let pages = (2 * n).div_ceil(100) as f64;
    report.add(format!("backfill {n} customers + {n} invoices, no rate limit"), "objects/s", summarize(&unlimited), runs, "≥ 20,000 objects/s");
    report.add(
        format!("backfill {n} + {n} at 100 req/s (bound: {pages} full pages = {:.1} s)", pages / 100.0),
        "s",
        summarize(&limited),
        runs,
        &format!("≤ {:.1} s (bound + 5%)", pages / 100.0 * 1.05),
    );
    Ok(())
}
