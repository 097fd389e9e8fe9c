//! Webhook ingest over HTTP against the release `stripe-sync serve`, and apply throughput
//! without HTTP. Events come from the real 2024-04-10 fixtures (every object type with a
//! table, new ids): half create new objects, half update them.

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use sqlx::postgres::PgPoolOptions;

use crate::report::Report;
use crate::stats::{quantile, summarize};
use crate::tools::openapi_dir;

const SECRET: &str = "whsec_bench";

/// Fixture objects that have a table (so each event really writes a typed row).
fn fixture_objects() -> anyhow::Result<Vec<Value>> {
    let doc: Value = serde_json::from_slice(&std::fs::read(openapi_dir().join("fixtures/2024-04-10.fixtures3.json"))?)?;
    Ok(doc["resources"]
        .as_object()
        .unwrap()
        .values()
        .filter(|o| {
            o.get("deleted").is_none()
                && matches!(stripe_sync::write::store::target_for(o), stripe_sync::write::store::Target::Table(_))
        })
        .cloned()
        .collect())
}

/// `n` signed (body, signature) pairs: n/2 creates, then n/2 updates of the same objects.
fn events(fixtures: &[Value], n: usize, tag: &str) -> Vec<(Vec<u8>, String)> {
    let t = stripe_sync::unix_now();
    let half = n / 2;
    let mut out = Vec::with_capacity(n);
    for phase in 0..2 {
        for k in 0..half {
            let mut obj = fixtures[k % fixtures.len()].clone();
            obj["id"] = json!(format!("bench_{tag}_{k}"));
            if phase == 1 {
                obj["metadata"] = json!({"bench": "updated"});
            }
            let kind = obj["object"].as_str().unwrap_or("object").to_string();
            let ev = json!({
                "id": format!("evt_{tag}_{phase}_{k}"), "object": "event",
                "type": format!("{kind}.{}", if phase == 0 { "created" } else { "updated" }),
                "created": t - 100 + phase, "api_version": stripe_model::API_VERSION, "livemode": false,
                "data": {"object": obj}
            });
            let body = serde_json::to_vec(&ev).unwrap();
            let sig = stripe_sync::webhook::signature::header(SECRET, t, &body);
            out.push((body, sig));
        }
    }
    out
}

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn peak_rss_mib(&self) -> f64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
            })
            .map_or(0.0, |kib| kib / 1024.0)
    }
}

async fn start_server(url: &str) -> anyhow::Result<Server> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let bin = crate::tools::stripe_sync_bin()?;
    let child = Command::new(bin)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", url)
        .env("STRIPE_WEBHOOK_SECRET", SECRET)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()?;
    let server = Server { child, base: format!("http://127.0.0.1:{port}") };
    let client = reqwest::Client::new();
    for _ in 0..100 {
        if let Ok(r) = client.get(format!("{}/healthz", server.base)).send().await {
            if r.status().is_success() {
                return Ok(server);
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("stripe-sync serve did not become healthy")
}

/// Sends every event with `concurrency` callers; returns (events/s, latencies in ms).
async fn drive(base: &str, events: Vec<(Vec<u8>, String)>, concurrency: usize) -> anyhow::Result<(f64, Vec<f64>)> {
    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build()?;
    let events = Arc::new(events);
    let next = Arc::new(AtomicUsize::new(0));
    let url = format!("{base}/webhooks/stripe");
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, events, next, url) = (client.clone(), events.clone(), next.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((body, sig)) = events.get(i) else { break };
                let t = Instant::now();
                let resp = client.post(&url).header("stripe-signature", sig).body(body.clone()).send().await?;
                anyhow::ensure!(resp.status().is_success(), "HTTP {}", resp.status());
                lat.push(t.elapsed().as_secs_f64() * 1e3);
            }
            anyhow::Ok(lat)
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await??);
    }
    let rate = events.len() as f64 / started.elapsed().as_secs_f64();
    all.sort_by(|a, b| a.partial_cmp(b).unwrap());
    Ok((rate, all))
}

/// Mean deliveries per commit so far, from the server's metrics.
fn group_sizes(metrics: &str) -> String {
    let value = |name: &str| {
        metrics
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().last()?.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let (sum, count) = (value("stripe_sync_commit_group_events_sum"), value("stripe_sync_commit_group_events_count"));
    format!("{count} commits, {:.1} events per commit (cumulative)", if count > 0.0 { sum / count } else { 0.0 })
}

pub async fn run(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    crate::tools::stripe_sync_bin()?;
    let name = format!("stripe_bench_{}", std::process::id());
    let url = crate::tools::fresh_db(&name).await?;
    let result = measure(report, runs, quick, &url).await;
    crate::tools::drop_db(&name).await?;
    result
}

async fn measure(report: &mut Report, runs: usize, quick: bool, url: &str) -> anyhow::Result<()> {
    let fixtures = fixture_objects()?;
    let n = if quick { 400 } else { 10_000 };
    let levels = [1usize, 10, 32];
    // Per concurrency level: (rates, p50s, p99s); one fresh server per run for its peak RSS.
    let mut figures: Vec<(Vec<f64>, Vec<f64>, Vec<f64>)> = vec![Default::default(); levels.len()];
    // CPU per event at concurrency 32: every process, and the server's and this load
    // generator's shares (the rest is Postgres and the kernel's own work).
    let (mut cpu_at_32, mut server_cpu, mut load_cpu) = (Vec::new(), Vec::new(), Vec::new());
    let mut rss = Vec::new();
    for run in 0..runs {
        let server = start_server(url).await?;
        for (level, &concurrency) in levels.iter().enumerate() {
            // Fewer events at concurrency 1: its rate is what matters, and it is slow.
            let count = if concurrency == 1 { n / 5 } else { n };
            let evs = events(&fixtures, count, &format!("c{concurrency}r{run}"));
            let me = std::process::id();
            let cpu = |pid: u32| crate::tools::process_cpu_secs(pid);
            let before = (crate::tools::machine_busy_secs(), cpu(server.child.id()), cpu(me));
            let (rate, lat) = drive(&server.base, evs, concurrency).await?;
            if concurrency == 32 {
                let per_event = |secs: f64| secs * 1e6 / count as f64;
                cpu_at_32.push(per_event(crate::tools::machine_busy_secs() - before.0));
                server_cpu.push(per_event(cpu(server.child.id()) - before.1));
                load_cpu.push(per_event(cpu(me) - before.2));
            }
            figures[level].0.push(rate);
            figures[level].1.push(quantile(&lat, 0.5));
            figures[level].2.push(quantile(&lat, 0.99));
            let metrics = reqwest::get(format!("{}/metrics", server.base)).await?.text().await?;
            eprintln!("c={concurrency}: {rate:.0} events/s, {}", group_sizes(&metrics));
        }
        rss.push(server.peak_rss_mib());
    }
    for (level, &concurrency) in levels.iter().enumerate() {
        let (rates, p50, p99) = &figures[level];
        let target = if concurrency == 32 { "≥ 20,000 events/s" } else { "" };
        report.add(
            format!("webhook over HTTP, concurrency {concurrency}: throughput"),
            "events/s",
            summarize(rates),
            runs,
            target,
        );
        report.add(format!("webhook over HTTP, concurrency {concurrency}: p50"), "ms", summarize(p50), runs, "");
        report.add(
            format!("webhook over HTTP, concurrency {concurrency}: p99"),
            "ms",
            summarize(p99),
            runs,
            if concurrency == 32 { "< 20 ms" } else { "" },
        );
    }
    report.add(
        "webhook over HTTP, concurrency 32: CPU per event, every process (load, server, Postgres)",
        "µs",
        summarize(&cpu_at_32),
        runs,
        "",
    );
    report.add(
        "webhook over HTTP, concurrency 32: CPU per event, stripe-sync serve",
        "µs",
        summarize(&server_cpu),
        runs,
        "",
    );
    report.add(
        "webhook over HTTP, concurrency 32: CPU per event, load generator",
        "µs",
        summarize(&load_cpu),
        runs,
        "",
    );
    report.add("peak RSS of stripe-sync serve (after all three levels)", "MiB", summarize(&rss), runs, "");

    // The same work without HTTP: the library entry point, 32 callers.
    let pool = PgPoolOptions::new().max_connections(32).connect_with(stripe_sync::db::options(url)?).await?;
    let hooks = stripe_sync::webhook::Webhooks::new(
        pool,
        stripe_sync::webhook::WebhookConfig::new(stripe_sync::webhook::signature::Secrets::from_list(SECRET), "stripe"),
        stripe_sync::metrics::Metrics::new(),
    );
    let mut rates = Vec::new();
    for run in 0..runs {
        let evs = Arc::new(events(&fixtures, n, &format!("lib{run}")));
        let next = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..32 {
            let (hooks, evs, next) = (hooks.clone(), evs.clone(), next.clone());
            tasks.push(tokio::spawn(async move {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((body, sig)) = evs.get(i) else { break };
                    hooks.process_event(body, Some(sig)).await.map_err(|e| anyhow::anyhow!("{e}"))?;
                }
                anyhow::Ok(())
            }));
        }
        for t in tasks {
            t.await??;
        }
        rates.push(evs.len() as f64 / started.elapsed().as_secs_f64());
    }
    report.add("apply without HTTP (library, 32 callers)", "events/s", summarize(&rates), runs, "");
    Ok(())
}
