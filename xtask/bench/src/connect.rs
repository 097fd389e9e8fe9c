//! Backfill of a Connect platform's many small accounts by 1, 2 and 4 `stripe-sync backfill
//! --connected-accounts` processes sharing one database: how the work scales with workers.
//! The fake answers each request after 50 ms, a stand-in for Stripe's network time: what
//! more workers buy is more requests in flight (each worker keeps its own rate limit share).

use std::time::{Duration, Instant};

use serde_json::Value;
use stripe_schema_tests::fake_stripe::{FakeStripe, Knobs, API_KEY};

use crate::report::Report;
use crate::stats::summarize;
use crate::tools::openapi_dir;

const ACCOUNTS: usize = 200;
const PER_LIST: usize = 10;
const LATENCY: Duration = Duration::from_millis(50);

pub async fn run(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    let doc: Value = serde_json::from_slice(&std::fs::read(openapi_dir().join("fixtures/2024-04-10.fixtures3.json"))?)?;
    let resource = |r: &str| doc["resources"][r].clone();
    let accounts = if quick { 20 } else { ACCOUNTS };
    let fake = FakeStripe::start(&[]).await;
    let (customer, charge) = (resource("customer"), resource("charge"));
    fake.add_connected_accounts(
        accounts,
        &resource("account"),
        &[("/v1/customers", &customer), ("/v1/charges", &charge)],
        PER_LIST,
    );
    fake.set_knobs(Knobs { latency: LATENCY, ..Knobs::default() });
    let objects = (accounts * 2 * PER_LIST) as f64;
    for workers in [1usize, 2, 4] {
        let (mut rate, mut cpu, mut fake_cpu) = (Vec::new(), Vec::new(), Vec::new());
        for run in 0..runs {
            let name = format!("stripe_bench_connect_{}_{workers}_{run}", std::process::id());
            let url = crate::tools::fresh_db(&name).await?;
            let me = std::process::id();
            let (started, busy, own) =
                (Instant::now(), crate::tools::machine_busy_secs(), crate::tools::process_cpu_secs(me));
            let children: Vec<_> = (0..workers)
                .map(|_| {
                    std::process::Command::new(crate::tools::stripe_sync_bin()?)
                        .args(["backfill", "--connected-accounts", "--objects", "customers,charges"])
                        .args(["--rate-limit", "100000", "--concurrency", "8"])
                        .env("DATABASE_URL", &url)
                        .env("STRIPE_API_KEY", API_KEY)
                        .env("STRIPE_API_BASE", &fake.base)
                        .stdout(std::process::Stdio::null())
                        .stderr(std::process::Stdio::null())
                        .spawn()
                        .map_err(anyhow::Error::from)
                })
                .collect::<anyhow::Result<_>>()?;
            for mut child in children {
                anyhow::ensure!(child.wait()?.success(), "a stripe-sync backfill worker failed");
            }
            let secs = started.elapsed().as_secs_f64();
            fake_cpu.push((crate::tools::process_cpu_secs(me) - own) * 1e6 / objects);
            let pool = sqlx::PgPool::connect(&url).await?;
            let written: i64 = sqlx::query_scalar(
                "SELECT (SELECT count(*) FROM stripe.customers) + (SELECT count(*) FROM stripe.charges)",
            )
            .fetch_one(&pool)
            .await?;
            pool.close().await;
            anyhow::ensure!(written as f64 == objects, "the workers wrote {written} of {objects} objects");
            rate.push(objects / secs);
            cpu.push((crate::tools::machine_busy_secs() - busy) * 1e6 / objects);
            crate::tools::drop_db(&name).await?;
        }
        let at = format!(
            "Connect backfill, {accounts} accounts × 2 lists × {PER_LIST} objects, {} ms per request, {workers} worker(s)",
            LATENCY.as_millis()
        );
        report.add(format!("{at}: objects/s"), "objects/s", summarize(&rate), runs, "");
        report.add(format!("{at}: CPU per object, every process"), "µs", summarize(&cpu), runs, "");
        report.add(format!("{at}: CPU per object, the fake API"), "µs", summarize(&fake_cpu), runs, "");
    }
    Ok(())
}
