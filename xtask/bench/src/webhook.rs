//! Webhook ingest over HTTP against the release `stripe-sync serve`, and apply throughput
//! without HTTP. Events come from the real 2024-04-10 fixtures (new ids): half create new
//! objects, half update them, in two mixes: every object type with a table in turn, and one
//! weighted like real traffic. A run ends when every event is applied, not only acknowledged:
//! its rate counts the applier's work, and so does its CPU.

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

/// Which objects the events carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mix {
    /// Every fixture type with a table in turn: each consecutive event of another table.
    RoundRobin,
    /// Weighted like real traffic: invoices 25 %, subscriptions, payment intents and charges
    /// 15 % each, customers 10 %, every other type in turn for the last 20 %.
    Traffic,
}

impl Mix {
    fn name(self) -> &'static str {
        match self {
            Mix::RoundRobin => "round-robin mix",
            Mix::Traffic => "traffic mix",
        }
    }

    /// The fixture of the `k`th object.
    fn pick(self, fixtures: &[Value], k: usize) -> Value {
        let of = |kind: &str| fixtures.iter().find(|o| o["object"] == kind).cloned();
        let weighted = match (self, k % 20) {
            (Mix::RoundRobin, _) => None,
            (Mix::Traffic, 0..=4) => of("invoice"),
            (Mix::Traffic, 5..=7) => of("subscription"),
            (Mix::Traffic, 8..=10) => of("payment_intent"),
            (Mix::Traffic, 11..=13) => of("charge"),
            (Mix::Traffic, 14..=15) => of("customer"),
            (Mix::Traffic, _) => None,
        };
        weighted.unwrap_or_else(|| fixtures[k % fixtures.len()].clone())
    }
}

/// `n` signed (body, signature) pairs: n/2 creates, then n/2 updates of the same objects.
fn events(fixtures: &[Value], n: usize, tag: &str, mix: Mix) -> Vec<(Vec<u8>, String)> {
    let t = stripe_sync::unix_now();
    let half = n / 2;
    let mut out = Vec::with_capacity(n);
    for phase in 0..2 {
        for k in 0..half {
            let mut obj = mix.pick(fixtures, k);
            obj["id"] = json!(format!("bench_{tag}_{k}"));
            own_items(&mut obj, &format!("{tag}_{k}"));
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

/// Gives the items of an object's embedded lists ids of their own, as real objects have:
/// the fixtures' invoices all hold the same line, which would make every invoice of a group
/// write one row in turn.
fn own_items(object: &mut Value, suffix: &str) {
    let Some(fields) = object.as_object_mut() else { return };
    for list in fields.values_mut().filter(|v| v["object"] == "list") {
        for item in list["data"].as_array_mut().into_iter().flatten() {
            if let Some(id) = item["id"].as_str() {
                item["id"] = json!(format!("{id}_{suffix}"));
            }
        }
    }
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

/// Waits until the ledger holds no pending event (the applier is done). Asks whether one
/// exists, every 5 ms, through `_events_unapplied` (the ledger has no index on `status`):
/// counting them every 2 ms cost Postgres more than some of the work it measured while the
/// applier caught up.
async fn drained(pool: &sqlx::PgPool) -> anyhow::Result<()> {
    loop {
        let source = stripe_pg_contract::ledger::unapplied_source("stripe", stripe_pg_contract::ledger::PENDING);
        let pending: bool =
            sqlx::query_scalar(&format!("SELECT EXISTS (SELECT 1 FROM {source})")).fetch_one(pool).await?;
        if !pending {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Table, TOAST and index bytes of the schema, and the WAL position, as numbers.
async fn footprint(pool: &sqlx::PgPool) -> anyhow::Result<(f64, f64)> {
    Ok(sqlx::query_as(
        "SELECT (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE n.nspname = 'stripe' AND c.relkind = 'r')::float8, \
                pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::float8",
    )
    .fetch_one(pool)
    .await?)
}

/// The apply delay's p99 in ms from the server's `/metrics` (the upper bound of its bucket).
fn apply_delay_p99(metrics: &str) -> Option<f64> {
    let buckets: Vec<(f64, f64)> = metrics
        .lines()
        .filter_map(|l| l.strip_prefix("stripe_sync_apply_delay_seconds_bucket{le=\""))
        .filter_map(|l| {
            let (le, count) = l.split_once("\"} ")?;
            Some((le.parse().unwrap_or(f64::INFINITY), count.trim().parse().ok()?))
        })
        .collect();
    let total = buckets.last()?.1;
    buckets.iter().find(|(_, c)| *c >= 0.99 * total).map(|(le, _)| le * 1e3)
}

/// Sends every event with `concurrency` callers (spread evenly over the servers at `bases`)
/// and waits until all are applied; returns (events/s applied, answer latencies in ms).
async fn drive(
    bases: &[&str],
    pool: &sqlx::PgPool,
    events: Vec<(Vec<u8>, String)>,
    concurrency: usize,
) -> anyhow::Result<(f64, Vec<f64>)> {
    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build()?;
    let events = Arc::new(events);
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for caller in 0..concurrency {
        let url = format!("{}/webhooks/stripe", bases[caller % bases.len()]);
        let (client, events, next) = (client.clone(), events.clone(), next.clone());
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
    drained(pool).await?;
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

/// What one mix's runs measured at one concurrency.
#[derive(Default)]
struct Figures {
    rate: Vec<f64>,
    p50: Vec<f64>,
    p99: Vec<f64>,
    /// CPU per event: every process, the server, the load generator.
    cpu_all: Vec<f64>,
    cpu_server: Vec<f64>,
    cpu_load: Vec<f64>,
    /// Postgres's own processes, where they can be seen ([`crate::tools::PostgresCpu`]).
    cpu_postgres: Vec<f64>,
    /// Bytes per event: table, TOAST and index growth; WAL.
    table_bytes: Vec<f64>,
    wal_bytes: Vec<f64>,
    /// The read-your-write delay's p99 (acknowledged → applied), from the server's metrics.
    delay_p99: Vec<f64>,
}

async fn measure(report: &mut Report, runs: usize, quick: bool, url: &str) -> anyhow::Result<()> {
    let fixtures = fixture_objects()?;
    let n = if quick { 400 } else { 10_000 };
    let pool = PgPoolOptions::new().max_connections(2).connect_with(stripe_sync::db::options(url)?).await?;
    let plan: [(Mix, &[usize]); 2] = [(Mix::RoundRobin, &[1, 10, 32]), (Mix::Traffic, &[10, 32])];
    let mut figures: Vec<(Mix, usize, Figures)> = Vec::new();
    for (mix, levels) in plan {
        for &c in levels {
            figures.push((mix, c, Figures::default()));
        }
    }
    let postgres = crate::tools::PostgresCpu::of(&pool).await?;
    let mut rss = Vec::new();
    for run in 0..runs {
        // One fresh server per run, for its peak RSS.
        let server = start_server(url).await?;
        for (mix, concurrency, f) in figures.iter_mut() {
            let (mix, concurrency) = (*mix, *concurrency);
            // Fewer events at concurrency 1: its rate is what matters, and it is slow.
            let count = if concurrency == 1 { n / 5 } else { n };
            let tag = format!("{}c{concurrency}r{run}", if mix == Mix::Traffic { "t" } else { "" });
            let evs = events(&fixtures, count, &tag, mix);
            let me = std::process::id();
            let cpu = |pid: u32| crate::tools::process_cpu_secs(pid);
            let bytes = footprint(&pool).await?;
            let postgres_before = postgres.as_ref().map(|p| p.secs());
            let before = (crate::tools::machine_busy_secs(), cpu(server.child.id()), cpu(me));
            let (rate, lat) = drive(&[&server.base], &pool, evs, concurrency).await?;
            let per_event = |x: f64| x / count as f64;
            if let (Some(p), Some(b)) = (&postgres, postgres_before) {
                f.cpu_postgres.push(per_event((p.secs() - b) * 1e6));
            }
            f.cpu_all.push(per_event((crate::tools::machine_busy_secs() - before.0) * 1e6));
            f.cpu_server.push(per_event((cpu(server.child.id()) - before.1) * 1e6));
            f.cpu_load.push(per_event((cpu(me) - before.2) * 1e6));
            let after = footprint(&pool).await?;
            f.table_bytes.push(per_event(after.0 - bytes.0));
            f.wal_bytes.push(per_event(after.1 - bytes.1));
            f.rate.push(rate);
            f.p50.push(quantile(&lat, 0.5));
            f.p99.push(quantile(&lat, 0.99));
            let metrics = reqwest::get(format!("{}/metrics", server.base)).await?.text().await?;
            if let Some(p99) = apply_delay_p99(&metrics) {
                f.delay_p99.push(p99);
            }
            eprintln!("{} c={concurrency}: {rate:.0} events/s applied, {}", mix.name(), group_sizes(&metrics));
        }
        rss.push(server.peak_rss_mib());
    }
    for (mix, concurrency, f) in &figures {
        let at = format!("webhook over HTTP, {}, concurrency {concurrency}", mix.name());
        report.add(format!("{at}: events/s, all applied"), "events/s", summarize(&f.rate), runs, "");
        report.add(format!("{at}: answer p50"), "ms", summarize(&f.p50), runs, "");
        report.add(
            format!("{at}: answer p99"),
            "ms",
            summarize(&f.p99),
            runs,
            if *concurrency == 32 { "< 20 ms" } else { "" },
        );
        if *concurrency == 1 {
            continue;
        }
        if !f.delay_p99.is_empty() {
            report.add(
                format!("{at}: read-your-write delay p99 (answer → rows)"),
                "ms",
                summarize(&f.delay_p99),
                runs,
                "",
            );
        }
        report.add(format!("{at}: CPU per event, every process"), "µs", summarize(&f.cpu_all), runs, "");
        report.add(format!("{at}: CPU per event, stripe-sync serve"), "µs", summarize(&f.cpu_server), runs, "");
        report.add(format!("{at}: CPU per event, load generator"), "µs", summarize(&f.cpu_load), runs, "");
        let rest: Vec<f64> =
            f.cpu_all.iter().zip(&f.cpu_server).zip(&f.cpu_load).map(|((a, s), l)| a - s - l).collect();
        report.add(format!("{at}: CPU per event, Postgres (and the kernel's share)"), "µs", summarize(&rest), runs, "");
        if !f.cpu_postgres.is_empty() {
            let own = summarize(&f.cpu_postgres);
            report.add(format!("{at}: CPU per event, Postgres's own processes"), "µs", own, runs, "");
        }
        report.add(
            format!("{at}: table + TOAST + index growth per event"),
            "bytes",
            summarize(&f.table_bytes),
            runs,
            "",
        );
        report.add(format!("{at}: WAL per event"), "bytes", summarize(&f.wal_bytes), runs, "");
    }
    report.add("peak RSS of stripe-sync serve (after every level)", "MiB", summarize(&rss), runs, "");

    // The same work without HTTP: the library entry point, 32 callers.
    let lib_pool = PgPoolOptions::new().max_connections(32).connect_with(stripe_sync::db::options(url)?).await?;
    let hooks = stripe_sync::webhook::Webhooks::new(
        lib_pool,
        stripe_sync::webhook::WebhookConfig::new(stripe_sync::webhook::signature::Secrets::from_list(SECRET), "stripe"),
        stripe_sync::metrics::Metrics::new(),
    );
    let mut rates = Vec::new();
    for run in 0..runs {
        let evs = Arc::new(events(&fixtures, n, &format!("lib{run}"), Mix::RoundRobin));
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
        drained(&pool).await?;
        rates.push(evs.len() as f64 / started.elapsed().as_secs_f64());
    }
    report.add("apply without HTTP (library, 32 callers), all applied", "events/s", summarize(&rates), runs, "");
    Ok(())
}

/// Two `serve` replicas on one database behind an even spread, against one, back to back in
/// each run: concurrency 32, the traffic mix.
pub async fn replicas(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    crate::tools::stripe_sync_bin()?;
    let name = format!("stripe_bench_replicas_{}", std::process::id());
    let url = crate::tools::fresh_db(&name).await?;
    let result = measure_replicas(report, runs, quick, &url).await;
    crate::tools::drop_db(&name).await?;
    result
}

async fn measure_replicas(report: &mut Report, runs: usize, quick: bool, url: &str) -> anyhow::Result<()> {
    let fixtures = fixture_objects()?;
    let n = if quick { 400 } else { 10_000 };
    let pool = PgPoolOptions::new().max_connections(2).connect_with(stripe_sync::db::options(url)?).await?;
    let (mut rates, mut cpus): ([Vec<f64>; 2], [Vec<f64>; 2]) = Default::default();
    for run in 0..runs {
        for replicas in [1usize, 2] {
            let mut servers = Vec::new();
            for _ in 0..replicas {
                servers.push(start_server(url).await?);
            }
            let bases: Vec<&str> = servers.iter().map(|s| s.base.as_str()).collect();
            let evs = events(&fixtures, n, &format!("rep{replicas}r{run}"), Mix::Traffic);
            let busy = crate::tools::machine_busy_secs();
            let (rate, _) = drive(&bases, &pool, evs, 32).await?;
            cpus[replicas - 1].push((crate::tools::machine_busy_secs() - busy) * 1e6 / n as f64);
            rates[replicas - 1].push(rate);
            eprintln!("{replicas} replica(s): {rate:.0} events/s applied");
        }
    }
    for replicas in [1usize, 2] {
        let at = format!("webhook over HTTP, traffic mix, concurrency 32, {replicas} serve replica(s) on one database");
        report.add(format!("{at}: events/s, all applied"), "events/s", summarize(&rates[replicas - 1]), runs, "");
        report.add(format!("{at}: CPU per event, every process"), "µs", summarize(&cpus[replicas - 1]), runs, "");
    }
    Ok(())
}

/// What the app layer (`stripe-sync migrate`'s default) costs webhook ingest: the traffic mix
/// at concurrency 32 into a database with the mirror only and one with the app layer too (no
/// credit rules, no links: the triggers and `handle_event` on every event type it reads),
/// alternating, back to back in each run.
pub async fn app_layer(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    crate::tools::stripe_sync_bin()?;
    let fixtures = fixture_objects()?;
    let n = if quick { 400 } else { 10_000 };
    let mut dbs = Vec::new();
    for with_app in [false, true] {
        let name = format!("stripe_bench_applayer_{}_{}", std::process::id(), u8::from(with_app));
        let url = crate::tools::fresh_db(&name).await?;
        if with_app {
            let opts = stripe_sync::billing::schema::AppOptions {
                reader_role: format!("{name}_reader"),
                ..Default::default()
            };
            stripe_sync::billing::schema::migrate(&url, &opts).await?;
        }
        dbs.push((name, url));
    }
    let (mut rates, mut cpus): ([Vec<f64>; 2], [Vec<f64>; 2]) = Default::default();
    for run in 0..runs {
        for (i, (_, url)) in dbs.iter().enumerate() {
            let pool = PgPoolOptions::new().max_connections(2).connect_with(stripe_sync::db::options(url)?).await?;
            let server = start_server(url).await?;
            let evs = events(&fixtures, n, &format!("app{i}r{run}"), Mix::Traffic);
            let busy = crate::tools::machine_busy_secs();
            let (rate, _) = drive(&[&server.base], &pool, evs, 32).await?;
            cpus[i].push((crate::tools::machine_busy_secs() - busy) * 1e6 / n as f64);
            rates[i].push(rate);
            pool.close().await;
        }
    }
    for (i, what) in ["mirror only", "mirror and app layer"].iter().enumerate() {
        let at = format!("webhook over HTTP, traffic mix, concurrency 32, {what}");
        report.add(format!("{at}: events/s, all applied"), "events/s", summarize(&rates[i]), runs, "");
        report.add(format!("{at}: CPU per event, every process"), "µs", summarize(&cpus[i]), runs, "");
    }
    for (name, _) in dbs {
        crate::tools::drop_db(&name).await?;
    }
    Ok(())
}

/// The applier alone, on a backlog: `n` events stored as pending (as the intake leaves them),
/// then `serve` started, which applies them in full groups; ends when none is pending. The
/// same groups every run, without HTTP or intake in the figures: the applier's own cost per
/// event, per mix.
pub async fn backlog(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    crate::tools::stripe_sync_bin()?;
    let name = format!("stripe_bench_backlog_{}", std::process::id());
    let url = crate::tools::fresh_db(&name).await?;
    let result = measure_backlog(report, runs, quick, &url).await;
    crate::tools::drop_db(&name).await?;
    result
}

/// Stores `events` in the ledger as pending, as the intake does.
async fn store_pending(pool: &sqlx::PgPool, events: &[(Vec<u8>, String)]) -> anyhow::Result<()> {
    for chunk in events.chunks(500) {
        let envelopes: Vec<stripe_sync::webhook::EventEnvelope> = chunk
            .iter()
            .map(|(body, _)| Ok(stripe_sync::webhook::EventEnvelope::from_payload(serde_json::from_slice(body)?)?))
            .collect::<anyhow::Result<_>>()?;
        let pending: Vec<_> = envelopes.iter().zip(chunk).map(|(e, (body, _))| (e, body.as_slice())).collect();
        stripe_sync::webhook::record_pending(pool, "stripe", &pending).await?;
    }
    Ok(())
}

async fn measure_backlog(report: &mut Report, runs: usize, quick: bool, url: &str) -> anyhow::Result<()> {
    let fixtures = fixture_objects()?;
    let n = if quick { 1_000 } else { 20_000 };
    let pool = PgPoolOptions::new().max_connections(2).connect_with(stripe_sync::db::options(url)?).await?;
    let admin = PgPoolOptions::new().max_connections(1).connect(&crate::tools::admin_url()).await?;
    let meter = crate::tools::PostgresCpu::of(&pool).await?;
    for mix in [Mix::RoundRobin, Mix::Traffic] {
        let (mut rates, mut postgres, mut serve, mut own) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for run in 0..runs {
            let tag = format!("b{}r{run}", if mix == Mix::Traffic { "t" } else { "" });
            store_pending(&pool, &events(&fixtures, n, &tag, mix)).await?;
            let _ = sqlx::query("CHECKPOINT").execute(&admin).await;
            let (busy, me) = (crate::tools::machine_busy_secs(), crate::tools::process_cpu_secs(std::process::id()));
            let own_before = meter.as_ref().map(|m| m.secs());
            let started = Instant::now();
            let server = start_server(url).await?;
            drained(&pool).await?;
            let elapsed = started.elapsed().as_secs_f64();
            if let (Some(m), Some(b)) = (&meter, own_before) {
                own.push((m.secs() - b) * 1e6 / n as f64);
            }
            let server_cpu = crate::tools::process_cpu_secs(server.child.id());
            drop(server);
            let all = crate::tools::machine_busy_secs() - busy;
            let load = crate::tools::process_cpu_secs(std::process::id()) - me;
            rates.push(n as f64 / elapsed);
            postgres.push((all - server_cpu - load) * 1e6 / n as f64);
            serve.push(server_cpu * 1e6 / n as f64);
            eprintln!("backlog, {}: {:.0} events/s applied", mix.name(), n as f64 / elapsed);
        }
        let at = format!("applier alone, a backlog of {n} pending events, {}", mix.name());
        report.add(format!("{at}: events/s applied"), "events/s", summarize(&rates), runs, "");
        report.add(
            format!("{at}: CPU per event, Postgres (and the kernel's share)"),
            "µs",
            summarize(&postgres),
            runs,
            "",
        );
        if !own.is_empty() {
            report.add(format!("{at}: CPU per event, Postgres's own processes"), "µs", summarize(&own), runs, "");
        }
        report.add(format!("{at}: CPU per event, stripe-sync serve"), "µs", summarize(&serve), runs, "");
    }
    Ok(())
}
