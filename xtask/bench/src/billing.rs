//! The app layer's costs: `consume` calls per second (each a durable commit) at concurrency 1
//! and 32, on 32 users' balances and on one balance everyone shares (its row lock is the bound),
//! and what handling an event adds: the same `invoice.paid` events (each granting credits to a
//! linked customer) applied with and without the app layer, in process, one after another.

use std::time::Instant;

use serde_json::{json, Value};
use stripe_schema_tests::webhooks::{event, signed, SECRET};
use stripe_sync::billing::schema::AppOptions;
use stripe_sync::billing::Billing;
use stripe_sync::metrics::Metrics;
use stripe_sync::webhook::signature::Secrets;
use stripe_sync::webhook::{Ack, WebhookConfig, Webhooks};

use crate::report::Report;
use crate::stats::summarize;
use crate::tools::{drop_db, fresh_db, machine_busy_secs, openapi_dir};

pub async fn run(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    let calls = if quick { 200 } else { 4_000 };
    for (label, workers, shared) in [
        ("concurrency 1", 1usize, false),
        ("concurrency 32, 32 users", 32, false),
        ("concurrency 32, one balance", 32, true),
    ] {
        let (mut rate, mut cpu) = (Vec::new(), Vec::new());
        for run in 0..runs {
            let name = format!("stripe_bench_billing_{}_{workers}_{run}", std::process::id());
            let (pool, billing) = app_db(&name, workers as u32).await?;
            for w in 0..workers {
                sqlx::query("INSERT INTO stripe_app.credit_balances VALUES ($1, 'tokens', 1000000000)")
                    .bind(format!("user_{w}"))
                    .execute(&pool)
                    .await?;
            }
            let (started, busy) = (Instant::now(), machine_busy_secs());
            let mut tasks = Vec::new();
            for w in 0..workers {
                let billing = billing.clone();
                let user = if shared { "user_0".to_string() } else { format!("user_{w}") };
                tasks.push(tokio::spawn(async move {
                    for i in (w..calls).step_by(workers) {
                        billing.consume(&user, "tokens", 1, &format!("call-{i}")).await?;
                    }
                    anyhow::Ok(())
                }));
            }
            for t in tasks {
                t.await??;
            }
            let secs = started.elapsed().as_secs_f64();
            rate.push(calls as f64 / secs);
            cpu.push((machine_busy_secs() - busy) / calls as f64 * 1e6);
            pool.close().await;
            drop_db(&name).await?;
        }
        report.add(format!("consume, {label}: calls/s (durable)"), "calls/s", summarize(&rate), runs, "");
        report.add(format!("consume, {label}: machine CPU per call"), "µs", summarize(&cpu), runs, "");
    }
    grant_cost(report, runs, quick).await
}

/// The same events with and without the app layer: wall and machine CPU per event.
async fn grant_cost(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    let n = if quick { 100 } else { 2_000 };
    let doc: Value = serde_json::from_slice(&std::fs::read(openapi_dir().join("fixtures/2024-04-10.fixtures3.json"))?)?;
    let invoice = doc["resources"]["invoice"].clone();
    let now = stripe_sync::unix_now();
    let events: Vec<(Vec<u8>, String)> = (0..n)
        .map(|i| {
            let mut o = invoice.clone();
            o["id"] = json!(format!("in_bench_{i}"));
            o["customer"] = json!(format!("cus_bench_{}", i % 100));
            o["status"] = json!("paid");
            o["amount_paid"] = json!(1000);
            o["lines"]["data"][0]["id"] = json!(format!("il_bench_{i}"));
            o["lines"]["data"][0]["price"]["id"] = json!("price_bench");
            o["lines"]["data"][0]["quantity"] = json!(1);
            signed(&event(&format!("evt_bench_{i}"), "invoice.paid", now, &o, None))
        })
        .collect();
    for with_app in [false, true] {
        let (mut per_event, mut cpu) = (Vec::new(), Vec::new());
        for run in 0..runs {
            let name = format!("stripe_bench_grant_{}_{}_{run}", std::process::id(), u8::from(with_app));
            let (pool, billing) = if with_app {
                let (pool, billing) = app_db(&name, 4).await?;
                sqlx::query("INSERT INTO stripe_app.credit_rules VALUES ('price_bench', 'tokens', 10, 'invoice')")
                    .execute(&pool)
                    .await?;
                for c in 0..100 {
                    billing.link_customer(&format!("user_{c}"), &format!("cus_bench_{c}"), None).await?;
                }
                (pool, Some(billing))
            } else {
                let url = fresh_db(&name).await?;
                (sqlx::postgres::PgPoolOptions::new().max_connections(4).connect(&url).await?, None)
            };
            let config =
                WebhookConfig { ack: Ack::Applied, ..WebhookConfig::new(Secrets::from_list(SECRET), "stripe") };
            let hooks = Webhooks::new(pool.clone(), config, Metrics::new());
            let (started, busy) = (Instant::now(), machine_busy_secs());
            for (body, header) in &events {
                hooks.process_event(body, Some(header)).await?;
            }
            per_event.push(started.elapsed().as_secs_f64() / n as f64 * 1e6);
            cpu.push((machine_busy_secs() - busy) / n as f64 * 1e6);
            if let Some(billing) = billing {
                let granted = billing.balance("user_0", "tokens").await?;
                anyhow::ensure!(granted == 10 * (n as i64 / 100), "the bench's grants are wrong: {granted}");
            }
            drop(hooks);
            pool.close().await;
            drop_db(&name).await?;
        }
        let label = if with_app { "with the app layer (a grant each)" } else { "mirror only" };
        report.add(
            format!("invoice.paid applied one by one, {label}: wall per event"),
            "µs",
            summarize(&per_event),
            runs,
            "",
        );
        report.add(
            format!("invoice.paid applied one by one, {label}: machine CPU per event"),
            "µs",
            summarize(&cpu),
            runs,
            "",
        );
    }
    Ok(())
}

/// A fresh database with the mirror and the app layer.
async fn app_db(name: &str, connections: u32) -> anyhow::Result<(sqlx::PgPool, Billing)> {
    let url = fresh_db(name).await?;
    let opts = AppOptions { reader_role: format!("{name}_reader"), ..AppOptions::default() };
    stripe_sync::billing::schema::migrate(&url, &opts).await?;
    let pool = sqlx::postgres::PgPoolOptions::new().max_connections(connections.max(1)).connect(&url).await?;
    let billing = Billing::new(pool.clone(), "stripe_app");
    Ok((pool, billing))
}
