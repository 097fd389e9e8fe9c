//! The real binary, killed with SIGKILL under load: every delivery it answered 2xx is in the
//! ledger, and the next `serve` applies every one of them, once. (Here rather than in `tests/`
//! because only this package's tests know where cargo built `stripe-sync`.)

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{admin_url, url_for};
use serde_json::json;
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

const SECRET: &str = "whsec_sigkill";

struct Serve(Child);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn serve(url: &str, port: u16) -> Serve {
    let child = Command::new(env!("CARGO_BIN_EXE_stripe-sync"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", url)
        .env("STRIPE_WEBHOOK_SECRET", SECRET)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let server = Serve(child);
    let started = Instant::now();
    while reqwest::get(format!("http://127.0.0.1:{port}/healthz")).await.map(|r| r.status().is_success()).ok()
        != Some(true)
    {
        assert!(started.elapsed() < Duration::from_secs(30), "serve did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server
}

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
}

#[tokio::test]
async fn serve_killed_with_sigkill_loses_nothing_it_acknowledged() {
    let name = format!("sst_sigkill_{}", std::process::id());
    let admin = PgPoolOptions::new().max_connections(1).connect(&admin_url()).await.expect("Postgres at DATABASE_URL");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
    let url = url_for(&name);
    let opts = stripe_sync::migrate::MigrateOptions { schema: "stripe".into(), reader_role: format!("{name}_reader") };
    stripe_sync::migrate::migrate(&url, &opts, &stripe_sync::migrate::embedded()).await.unwrap();
    let pool = PgPoolOptions::new().max_connections(4).connect(&url).await.unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();

    let first = serve(&url, port).await;
    // Hold the table while the load runs: the process dies with acknowledged events unapplied.
    let mut blocker = pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE stripe.customers IN EXCLUSIVE MODE").execute(&mut *blocker).await.unwrap();
    let client = reqwest::Client::new();
    let now = stripe_sync::unix_now();
    let mut tasks = Vec::new();
    for worker in 0..8 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let mut answered = Vec::new();
            for k in 0..25 {
                let i = worker * 25 + k;
                let event = json!({
                    "id": format!("evt_kill_{i}"), "object": "event", "type": "customer.updated", "created": now - 10 + (i % 3) as i64,
                    "api_version": "2024-04-10", "livemode": false,
                    "data": {"object": {"id": format!("cus_kill_{}", i % 40), "object": "customer", "name": format!("n{i}"), "created": now, "livemode": false}}
                });
                let body = serde_json::to_vec(&event).unwrap();
                let sig = stripe_sync::webhook::signature::header(SECRET, stripe_sync::unix_now(), &body);
                let reply = client
                    .post(format!("http://127.0.0.1:{port}/webhooks/stripe"))
                    .header("stripe-signature", sig)
                    .body(body)
                    .send()
                    .await;
                if reply.is_ok_and(|r| r.status().is_success()) {
                    answered.push(format!("evt_kill_{i}"));
                }
            }
            answered
        }));
    }
    let mut answered = Vec::new();
    for t in tasks {
        answered.extend(t.await.unwrap());
    }
    drop(first); // SIGKILL (Child::kill), mid-work
    blocker.rollback().await.unwrap();
    assert_eq!(answered.len(), 200, "every delivery was answered before the kill");
    let stored: Vec<String> = sqlx::query_scalar("SELECT id FROM stripe._events").fetch_all(&pool).await.unwrap();
    let missing: Vec<&String> = answered.iter().filter(|id| !stored.contains(id)).collect();
    assert!(missing.is_empty(), "acknowledged but not in the ledger: {missing:?}");
    assert!(
        count(&pool, "SELECT count(*) FROM stripe._events WHERE status = 'pending'").await > 0,
        "killed before applying"
    );

    let _second = serve(&url, port).await;
    let started = Instant::now();
    while count(&pool, "SELECT count(*) FROM stripe._events WHERE status = 'pending'").await > 0 {
        assert!(started.elapsed() < Duration::from_secs(30), "the restarted serve did not apply what was pending");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        count(&pool, "SELECT count(*) FROM stripe._events WHERE status = 'applied' AND attempts = 1").await,
        200
    );
    assert_eq!(count(&pool, "SELECT count(*) FROM stripe.customers WHERE id LIKE 'cus_kill_%'").await, 40);
    // Each customer holds its newest state: the highest event id within the newest second.
    let wrong = count(
        &pool,
        "SELECT count(*) FROM stripe.customers c WHERE c._event_id <> (SELECT e.id FROM stripe._events e \
         WHERE e.object_id = c.id ORDER BY e.created DESC, e.id DESC LIMIT 1)",
    )
    .await;
    assert_eq!(wrong, 0, "every customer holds its newest event's state");

    drop(_second);
    pool.close().await;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await.unwrap();
    sqlx::query(&format!("DROP ROLE IF EXISTS \"{name}_reader\"")).execute(&admin).await.unwrap();
}
