//! More than one `serve` on one database, and Connect endpoints: replicas behind a load
//! balancer converge exactly as one process does, and a connected account's events keep their
//! account through every step.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::schema::assert_same_contents;
use stripe_schema_tests::webhooks::{config, event, now, post, serve_with, signed};
use stripe_sync::webhook::signature::{self, Secrets};
use stripe_sync::webhook::{Ack, WebhookConfig};

async fn drained(db: &TestDb) {
    let started = Instant::now();
    while db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'pending'").await > 0 {
        assert!(started.elapsed() < Duration::from_secs(20), "events still pending");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn customer(id: &str, name: &str, balance: i64) -> Value {
    json!({"id": id, "object": "customer", "name": name, "balance": balance, "created": 1_700_000_000, "livemode": false, "metadata": {}})
}

/// Histories of eight customers: a create, same-second updates with and without
/// previous_attributes, later updates, and for every third one a delete.
fn histories(t: i64) -> Vec<Value> {
    let mut out = Vec::new();
    for k in 0..8 {
        let id = format!("cus_r{k}");
        out.push(event(&format!("evt_r{k}_0"), "customer.created", t, &customer(&id, "a", 0), None));
        out.push(event(
            &format!("evt_r{k}_1"),
            "customer.updated",
            t,
            &customer(&id, "b", 0),
            Some(json!({"name": "a"})),
        ));
        out.push(event(
            &format!("evt_r{k}_2"),
            "customer.updated",
            t + 1,
            &customer(&id, "c", 1),
            Some(json!({"name": "b", "balance": 0})),
        ));
        out.push(event(&format!("evt_r{k}_3"), "customer.updated", t + 2, &customer(&id, "d", 1), None));
        out.push(event(&format!("evt_r{k}_4"), "customer.updated", t + 2, &customer(&id, "e", 1), None));
        if k % 3 == 0 {
            let stub = json!({"id": id, "object": "customer", "deleted": true});
            out.push(event(&format!("evt_r{k}_5"), "customer.deleted", t + 3, &stub, None));
        }
    }
    out
}

fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        items.swap(i, (seed >> 33) as usize % (i + 1));
    }
}

/// Two replicas receive every delivery twice, interleaved and reordered, from concurrent
/// callers; one process receives the same deliveries one after another, in another order. The
/// tables and the ledger end the same, and every event is applied once. The deletes come after
/// the rest: a tombstone keeps the data it found when it arrived (by design, nothing rewrites
/// a deleted row), so only then is the data under it independent of arrival order.
#[tokio::test]
async fn two_replicas_converge_exactly_as_one_process() {
    let (pair, single) = (TestDb::migrated().await, TestDb::migrated().await);
    let stored = WebhookConfig { ack: Ack::Stored, ..config() };
    let (a, _) = serve_with(pair.pool.clone(), stored.clone()).await;
    let (b, _) = serve_with(pair.pool.clone(), stored.clone()).await;
    let (one, _) = serve_with(single.pool.clone(), stored).await;
    let (deletes, mut deliveries): (Vec<Value>, Vec<Value>) =
        histories(now() - 100).into_iter().flat_map(|e| [e.clone(), e]).partition(|e| e["type"] == "customer.deleted");
    shuffle(&mut deliveries, 7);
    let total = deliveries.len() + deletes.len();
    let client = reqwest::Client::new();
    for phase in [deliveries, deletes] {
        deliver(&client, &a, &b, &one, &phase).await;
        drained(&pair).await;
        drained(&single).await;
    }

    assert_same_contents(&single.pool, "stripe", &pair.pool, "stripe", "one process vs two replicas").await;
    let ledger = "SELECT count(*) FROM stripe._events WHERE status = 'applied' AND attempts = 2";
    let events = total as i64 / 2;
    assert_eq!(pair.scalar(ledger).await, events, "every event stored once, counted twice, applied");
    assert_eq!(single.scalar(ledger).await, events);
    let names: Vec<(String, bool)> =
        sqlx::query_as("SELECT DISTINCT _raw ->> 'name', _deleted FROM stripe.customers ORDER BY 2")
            .fetch_all(&pair.pool)
            .await
            .unwrap();
    assert_eq!(names, [("e".to_string(), false), ("e".to_string(), true)], "the newest state, deletes kept");
}

/// Sends `deliveries` to replicas `a` and `b` (alternating) from 8 concurrent callers, and to
/// `one` one after another in reverse order.
async fn deliver(client: &reqwest::Client, a: &str, b: &str, one: &str, deliveries: &[Value]) {
    let signed: Vec<(Vec<u8>, String)> = deliveries.iter().map(signed).collect();
    let mut tasks = Vec::new();
    for worker in 0..8 {
        let (client, a, b) = (client.clone(), a.to_string(), b.to_string());
        let mine: Vec<(usize, (Vec<u8>, String))> =
            signed.iter().cloned().enumerate().filter(|(i, _)| i % 8 == worker).collect();
        tasks.push(tokio::spawn(async move {
            for (i, (body, sig)) in mine {
                let base = if i % 2 == 0 { &a } else { &b };
                let (status, reply) = post(&client, base, body, Some(&sig)).await;
                assert_eq!(status, 200, "{reply}");
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    for (body, sig) in signed.iter().rev() {
        assert_eq!(post(client, one, body.clone(), Some(sig)).await.0, 200);
    }
}

/// A platform endpoint and a Connect endpoint, each with its own signing secret: a connected
/// account's event lands with `_account`, in the ledger with its account, and a replay keeps
/// it; the platform's own objects have `_account` NULL.
#[tokio::test]
async fn a_connected_accounts_events_keep_their_account_through_every_step() {
    let db = TestDb::migrated().await;
    let connect_secret = "whsec_connect";
    let secrets = Secrets::new([stripe_schema_tests::webhooks::SECRET.to_string(), connect_secret.to_string()]);
    let (base, hooks) = serve_with(db.pool.clone(), WebhookConfig { secrets, ack: Ack::Stored, ..config() }).await;
    let client = reqwest::Client::new();
    let t = now() - 10;
    let mut connected = event("evt_acct", "customer.created", t, &customer("cus_acct", "c", 0), None);
    connected["account"] = json!("acct_1Connected");
    let body = serde_json::to_vec(&connected).unwrap();
    let sig = signature::header(connect_secret, now(), &body);
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    let (body, sig) = signed(&event("evt_plat", "customer.created", t, &customer("cus_plat", "p", 0), None));
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    drained(&db).await;

    let accounts: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT id, _account FROM stripe.customers ORDER BY id").fetch_all(&db.pool).await.unwrap();
    assert_eq!(accounts, [("cus_acct".into(), Some("acct_1Connected".into())), ("cus_plat".into(), None)]);
    let ledger: Option<String> = sqlx::query_scalar("SELECT account FROM stripe._events WHERE id = 'evt_acct'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(ledger.as_deref(), Some("acct_1Connected"));

    // /metrics tells platform and connected events apart, by kind, never by account id.
    let text = hooks.metrics().render();
    let received = |kind: &str| {
        text.lines().any(|l| {
            l.starts_with("stripe_sync_events_total{")
                && l.contains(&format!("account=\"{kind}\""))
                && l.contains("result=\"received\"")
                && l.ends_with(" 1")
        })
    };
    assert!(received("connected") && received("platform"), "{text}");
    assert!(!text.contains("acct_1Connected"), "no account id in the metrics");

    // A replay applies from the ledger, account included.
    sqlx::query("DELETE FROM stripe.customers").execute(&db.pool).await.unwrap();
    let selection = stripe_sync::replay::Selection::Id("evt_acct".into());
    stripe_sync::replay::replay(&db.pool, "stripe", &selection, hooks.metrics()).await.unwrap();
    let account: Option<String> = sqlx::query_scalar("SELECT _account FROM stripe.customers WHERE id = 'cus_acct'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(account.as_deref(), Some("acct_1Connected"));
}
