//! Acknowledge once stored, apply after (`serve`'s default): the answer comes before the rows,
//! the rows follow, nothing acknowledged is lost when the process dies, and every event is
//! applied exactly once.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::webhooks::{config, event, now, post, serve_with, signed, SECRET};
use stripe_sync::metrics::Metrics;
use stripe_sync::webhook::signature::{self, Secrets};
use stripe_sync::webhook::{Ack, Outcome, WebhookConfig, Webhooks};

async fn pool_for(url: &str) -> sqlx::PgPool {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(8)
        .connect_with(stripe_sync::db::options(url).unwrap())
        .await
        .unwrap()
}

fn stored_config() -> WebhookConfig {
    WebhookConfig { ack: Ack::Stored, ..config() }
}

fn customer(id: &str, name: &str) -> Value {
    json!({"id": id, "object": "customer", "name": name, "created": 1_700_000_000, "livemode": false, "metadata": {}})
}

/// Marking events applied rewrites no index entry of the ledger: each is a HOT update. (When an index named `status`, each wrote the whole row, payload
/// included, and an entry per index: a third of the WAL per event.)
#[tokio::test]
async fn marking_events_applied_is_a_hot_update() {
    let db = TestDb::migrated().await;
    let bodies: Vec<Vec<u8>> = (0..50)
        .map(|i| {
            let e = event(&format!("evt_h{i}"), "customer.created", now(), &customer(&format!("cus_h{i}"), "x"), None);
            serde_json::to_vec(&e).unwrap()
        })
        .collect();
    let envelopes: Vec<stripe_sync::webhook::EventEnvelope> = bodies
        .iter()
        .map(|b| stripe_sync::webhook::EventEnvelope::from_payload(serde_json::from_slice(b).unwrap()).unwrap())
        .collect();
    let pending: Vec<_> = envelopes.iter().zip(&bodies).map(|(e, b)| (e, b.as_slice())).collect();
    stripe_sync::webhook::record_pending(&db.pool, "stripe", &pending).await.unwrap();
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events_unapplied").await, 50, "the applier's queue");

    let ids: Vec<&str> = envelopes.iter().map(|e| e.id.as_str()).collect();
    let mut tx = db.pool.begin().await.unwrap();
    let marked: Vec<String> =
        sqlx::query_scalar(&stripe_pg_contract::ledger::mark_applied_sql("stripe", "$1::text[]", "led.id"))
            .bind(&ids)
            .fetch_all(&mut *tx)
            .await
            .unwrap();
    assert_eq!(marked.len(), 50);
    let (updated, hot): (i64, i64) = sqlx::query_as(
        "SELECT pg_stat_get_xact_tuples_updated(t), pg_stat_get_xact_tuples_hot_updated(t) \
         FROM (SELECT 'stripe._events'::regclass::oid) AS x(t)",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    assert_eq!((updated, hot), (50, 50), "every status update HOT");
    assert_eq!(
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM stripe._events_unapplied")
            .fetch_one(&mut *tx)
            .await
            .unwrap(),
        0,
        "applied events leave the queue with their status"
    );
    tx.commit().await.unwrap();
}

/// Waits until the ledger holds no pending event, at most `limit`.
async fn drained(db: &TestDb, limit: Duration) {
    let started = Instant::now();
    while db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'pending'").await > 0 {
        assert!(started.elapsed() < limit, "events still pending after {limit:?}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn the_answer_comes_once_stored_and_the_rows_follow() {
    let db = TestDb::migrated().await;
    let (base, hooks) = serve_with(db.pool.clone(), stored_config()).await;
    let client = reqwest::Client::new();
    // Hold the table: the applier cannot write, yet deliveries are answered.
    let mut blocker = db.pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE stripe.customers IN EXCLUSIVE MODE").execute(&mut *blocker).await.unwrap();
    for i in 0..5 {
        let (body, sig) =
            signed(&event(&format!("evt_s{i}"), "customer.created", now(), &customer(&format!("cus_s{i}"), "x"), None));
        let (status, reply) = post(&client, &base, body, Some(&sig)).await;
        assert_eq!((status, reply["result"].as_str()), (200, Some("stored")), "{reply}");
    }
    assert_eq!(
        db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'pending'").await,
        5,
        "stored, not applied"
    );
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events_unapplied").await, 5, "the applier's queue");
    blocker.rollback().await.unwrap();
    drained(&db, Duration::from_secs(10)).await;
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events_unapplied").await, 0, "nothing left unapplied");
    assert_eq!(db.scalar("SELECT count(*) FROM stripe.customers WHERE id LIKE 'cus_s%'").await, 5);
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'applied' AND attempts = 1").await, 5);
    // A redelivery of an applied event is a duplicate, and writes nothing.
    let (body, sig) = signed(&event("evt_s0", "customer.created", now(), &customer("cus_s0", "x"), None));
    assert_eq!(post(&client, &base, body, Some(&sig)).await.1["result"], "duplicate");
    assert_eq!(hooks.metrics().count("customer.created", "applied"), 5);
    let text = reqwest::get(format!("{base}/metrics")).await.unwrap().text().await.unwrap();
    for name in
        ["stripe_sync_apply_lag_seconds", "stripe_sync_apply_queue_events", "stripe_sync_apply_delay_seconds_count 5"]
    {
        assert!(text.contains(name), "/metrics lacks {name}");
    }
    assert!(hooks.metrics().apply_delay_quantile(0.99).unwrap() > 0.0);
}

/// A bad event among good ones, all answered before any is applied: it alone is a dead
/// letter; a redelivery after the cause is mended queues it again and applies it.
#[tokio::test]
async fn a_bad_event_in_an_applier_group_dead_letters_itself_alone() {
    let db = TestDb::migrated().await;
    let (base, _hooks) = serve_with(db.pool.clone(), stored_config()).await;
    let client = reqwest::Client::new();
    sqlx::query("ALTER TABLE stripe.customers ADD CONSTRAINT not_yet CHECK (id <> 'cus_bad')")
        .execute(&db.pool)
        .await
        .unwrap();
    let mut blocker = db.pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE stripe.customers IN EXCLUSIVE MODE").execute(&mut *blocker).await.unwrap();
    let ids = ["cus_g1", "cus_bad", "cus_g2", "cus_g3"];
    for (i, id) in ids.iter().enumerate() {
        let (body, sig) = signed(&event(&format!("evt_b{i}"), "customer.created", now(), &customer(id, "x"), None));
        assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    }
    blocker.rollback().await.unwrap();
    drained(&db, Duration::from_secs(10)).await;
    let failed: Vec<(String, String)> =
        sqlx::query_as("SELECT id, last_error FROM stripe._events WHERE status = 'failed'")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].0, "evt_b1");
    assert!(failed[0].1.contains("not_yet"));
    assert_eq!(db.scalar("SELECT count(*) FROM stripe.customers").await, 3);
    assert_eq!(
        db.scalar("SELECT count(*) FROM stripe._events WHERE attempts <> 1").await,
        0,
        "the applier counts no delivery"
    );

    sqlx::query("ALTER TABLE stripe.customers DROP CONSTRAINT not_yet").execute(&db.pool).await.unwrap();
    let (body, sig) = signed(&event("evt_b1", "customer.created", now(), &customer("cus_bad", "x"), None));
    let (status, reply) = post(&client, &base, body, Some(&sig)).await;
    assert_eq!(
        (status, reply["result"].as_str()),
        (200, Some("stored")),
        "a failed event's redelivery is queued again"
    );
    drained(&db, Duration::from_secs(10)).await;
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'applied'").await, 4);
    assert_eq!(db.scalar("SELECT attempts::int8 FROM stripe._events WHERE id = 'evt_b1'").await, 2);
}

/// The process dies (its runtime dropped mid-work, connections cut: what `kill -9` leaves)
/// with acknowledged events not applied yet; a new process applies every one, once.
#[test]
fn acknowledged_events_survive_the_process_dying_and_are_applied_once_after_restart() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let db = runtime.block_on(TestDb::migrated());
    let t = now();
    let deliveries: Vec<(Vec<u8>, String)> = (0..40)
        .map(|i| {
            // Twenty customers, each created then renamed: the newest state must win.
            let (k, phase) = (i % 20, i / 20);
            let ev = event(
                &format!("evt_k{i}"),
                "customer.updated",
                t + phase as i64,
                &customer(&format!("cus_k{k}"), &format!("n{phase}")),
                None,
            );
            let body = serde_json::to_vec(&ev).unwrap();
            let sig = signature::header(SECRET, now(), &body);
            (body, sig)
        })
        .collect();

    // The first process: answers every delivery while the table is held, then dies.
    let doomed = tokio::runtime::Runtime::new().unwrap();
    let url = db.url.clone();
    let blocker = runtime.block_on(async {
        let mut tx = db.pool.begin().await.unwrap();
        sqlx::query("LOCK TABLE stripe.customers IN EXCLUSIVE MODE").execute(&mut *tx).await.unwrap();
        tx
    });
    doomed.block_on(async {
        let hooks = Webhooks::new(pool_for(&url).await, stored_config(), Metrics::new());
        for (body, sig) in &deliveries {
            assert_eq!(hooks.process_event(body, Some(sig)).await.unwrap(), Outcome::Stored);
        }
    });
    doomed.shutdown_background();
    runtime.block_on(async {
        blocker.rollback().await.unwrap();
        let pending = db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'pending'").await;
        assert!(pending > 0, "the first process died with events acknowledged and not applied");
        assert_eq!(
            db.scalar("SELECT count(*) FROM stripe._events").await,
            40,
            "every acknowledged event is in the ledger"
        );

        // The second process applies what the first left pending.
        let _hooks = Webhooks::new(
            pool_for(&db.url).await,
            WebhookConfig::new(Secrets::from_list(SECRET), "stripe"),
            Metrics::new(),
        );
        drained(&db, Duration::from_secs(20)).await;
        assert_eq!(
            db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'applied' AND attempts = 1").await,
            40
        );
        let names: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT name FROM stripe.customers WHERE id LIKE 'cus_k%'")
                .fetch_all(&db.pool)
                .await
                .unwrap();
        assert_eq!(names, ["n1"], "the newest state of each customer won");
        assert_eq!(db.scalar("SELECT count(*) FROM stripe.customers WHERE id LIKE 'cus_k%'").await, 20);
    });
}

/// Postgres goes away while deliveries keep coming and events wait to be applied: `serve`
/// answers 503 while it is gone (so Stripe retries), then recovers by itself, without a
/// restart; every event it acknowledged, before or after, is applied, the newest state wins.
#[tokio::test]
async fn postgres_going_away_under_load_loses_nothing_acknowledged_and_needs_no_restart() {
    let db = TestDb::migrated().await;
    let upstream: std::net::SocketAddr = "127.0.0.1:5432".parse().unwrap();
    let proxy = stripe_schema_tests::proxy::Proxy::start(upstream).await;
    let url = db.url.replace("127.0.0.1:5432", &proxy.addr.to_string());
    assert_ne!(url, db.url, "DATABASE_URL must point at 127.0.0.1:5432 for this test");
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(6)
        .acquire_timeout(Duration::from_millis(500))
        .connect_with(stripe_sync::db::options(&url).unwrap())
        .await
        .unwrap();
    let (base, _hooks) = serve_with(pool, stored_config()).await;
    // 20 customers, 10 versions each, sent by 8 senders that retry until answered 2xx, as Stripe
    // does (sooner, to keep the test short).
    let t0 = now() - 100;
    let queue: Vec<Value> = (0..10)
        .flat_map(|v| {
            (0..20).map(move |c| {
                let name = format!("v{v}");
                event(
                    &format!("evt_pg{c}_{v}"),
                    "customer.updated",
                    t0 + v,
                    &customer(&format!("cus_pg{c}"), &name),
                    None,
                )
            })
        })
        .collect();
    let queue =
        std::sync::Arc::new(std::sync::Mutex::new(queue.into_iter().collect::<std::collections::VecDeque<_>>()));
    let (acked, refused) = (std::sync::Arc::new(AtomicUsize::new(0)), std::sync::Arc::new(AtomicUsize::new(0)));
    let mut senders = Vec::new();
    for _ in 0..8 {
        let (queue, acked, refused, base) = (queue.clone(), acked.clone(), refused.clone(), base.clone());
        senders.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            loop {
                let Some(ev) = queue.lock().unwrap().pop_front() else { return };
                loop {
                    let (body, sig) = signed(&ev);
                    match post(&client, &base, body, Some(&sig)).await.0 {
                        200 => break,
                        503 => refused.fetch_add(1, Ordering::Relaxed),
                        other => panic!("unexpected {other}"),
                    };
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                acked.fetch_add(1, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }));
    }
    while acked.load(Ordering::Relaxed) < 60 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Acknowledged and not yet applied when the database goes: hold the table until then.
    let mut blocker = db.pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE stripe.customers IN EXCLUSIVE MODE").execute(&mut *blocker).await.unwrap();
    while db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'pending'").await < 10 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    proxy.cut();
    let acked_before = acked.load(Ordering::Relaxed);
    blocker.rollback().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(refused.load(Ordering::Relaxed) > 0, "the outage was seen as 503s");
    let during = acked.load(Ordering::Relaxed) - acked_before;
    assert!(during <= 8, "{during} acknowledged while the database was gone (only those in flight may be)");
    proxy.restore().await;
    for s in senders {
        s.await.unwrap();
    }
    assert_eq!(acked.load(Ordering::Relaxed), 200);
    drained(&db, Duration::from_secs(60)).await;
    assert_eq!(
        db.scalar("SELECT count(*) FROM stripe._events WHERE id LIKE 'evt_pg%' AND status = 'applied'").await,
        200
    );
    let names: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT id, name FROM stripe.customers WHERE id LIKE 'cus_pg%' ORDER BY id")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(names.len(), 20);
    assert!(names.iter().all(|(_, n)| n.as_deref() == Some("v9")), "the newest state won: {names:?}");
}

/// With `--ack applied`, a first delivery whose event another path applied while it waited in
/// the applier's queue (a rescan, a replica, here a replay) is answered "applied", not
/// "duplicate": the caller learns what became of its event.
#[tokio::test]
async fn a_delivery_applied_meanwhile_by_another_path_is_answered_applied() {
    let db = TestDb::migrated().await;
    let hooks = Webhooks::new(pool_for(&db.url).await, config(), Metrics::new());
    let t = now();
    // Hold the applier on a first event, so the second waits in its queue.
    let mut blocker = db.pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE stripe.charges IN EXCLUSIVE MODE").execute(&mut *blocker).await.unwrap();
    let charge =
        json!({"id": "ch_held", "object": "charge", "amount": 100, "created": t, "livemode": false, "metadata": {}});
    let first = signed(&event("evt_held", "charge.updated", t, &charge, None));
    let h = hooks.clone();
    let held = tokio::spawn(async move { h.process_event(&first.0, Some(&first.1)).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let second = signed(&event("evt_taken", "customer.updated", t, &customer("cus_taken", "T"), None));
    let h = hooks.clone();
    let waiting = tokio::spawn(async move { h.process_event(&second.0, Some(&second.1)).await });
    let started = Instant::now();
    while db.scalar("SELECT count(*) FROM stripe._events WHERE id = 'evt_taken'").await == 0 {
        assert!(started.elapsed() < Duration::from_secs(10), "the second delivery was never stored");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Another path applies it first.
    let replayed = stripe_sync::replay::replay(
        &db.pool,
        "stripe",
        &stripe_sync::replay::Selection::Id("evt_taken".into()),
        &Metrics::new(),
    )
    .await
    .unwrap();
    assert_eq!(replayed.applied, 1);
    blocker.rollback().await.unwrap();
    assert_eq!(held.await.unwrap().unwrap(), Outcome::Applied);
    assert_eq!(waiting.await.unwrap().unwrap(), Outcome::Applied, "its event was applied, if not by its own group");
    assert_eq!(hooks.metrics().count("customer.updated", "duplicate"), 0);
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'applied'").await, 2);
}
