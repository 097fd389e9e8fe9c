//! Child tables follow their parent: an item gone from a complete embedded list is marked
//! deleted, through every write path; a partial list (`has_more: true`, more than 10 items)
//! is read whole from the API, by `serve` when it has a key, else by `backfill`/`verify --fix`.

use std::time::Duration;

use serde_json::{json, Value};
use stripe_schema_tests::fake_stripe::{as_sent, FakeStripe, API_KEY};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::webhooks::{config, event, now, post, serve, serve_with, signed};
use stripe_schema_tests::{fixtures_path, load_fixtures};
use stripe_sync::api::ApiClient;
use stripe_sync::backfill::{backfill, BackfillOptions};
use stripe_sync::metrics::Metrics;
use stripe_sync::verify::{verify, DriftKind};
use stripe_sync::webhook::{apply_event, parse_event};

fn fixture(resource: &str) -> Value {
    load_fixtures(&fixtures_path("2024-04-10")).into_iter().find(|(r, _)| r == resource).unwrap().1
}

/// A subscription holding items `items` (ids), its list complete.
fn subscription(id: &str, items: &[&str]) -> Value {
    let mut sub = fixture("subscription");
    let item = sub["items"]["data"][0].clone();
    sub["id"] = json!(id);
    sub["status"] = json!("active");
    sub["test_clock"] = Value::Null;
    let data: Vec<Value> = items
        .iter()
        .map(|i| {
            let mut it = item.clone();
            it["id"] = json!(i);
            it["subscription"] = json!(id);
            it
        })
        .collect();
    sub["items"] = json!({"object": "list", "data": data, "has_more": false, "total_count": items.len(), "url": format!("/v1/subscription_items?subscription={id}")});
    sub
}

/// An invoice with `n` lines (ids `il_<tag>_<i>`), as the API holds it (not cut at 10).
fn invoice(id: &str, lines: impl IntoIterator<Item = usize>) -> Value {
    let mut inv = fixture("invoice");
    let line = inv["lines"]["data"][0].clone();
    inv["id"] = json!(id);
    let data: Vec<Value> = lines
        .into_iter()
        .map(|i| {
            let mut l = line.clone();
            l["id"] = json!(format!("il_{id}_{i:02}"));
            l["invoice"] = json!(id);
            l
        })
        .collect();
    inv["lines"] = json!({"object": "list", "data": data, "has_more": false, "total_count": data.len(), "url": format!("/v1/invoices/{id}/lines")});
    inv
}

/// (id, deleted) of the rows of `table` whose `owner` is `parent`, by id.
async fn children(db: &TestDb, table: &str, owner: &str, parent: &str) -> Vec<(String, bool)> {
    sqlx::query_as(&format!("SELECT id, _deleted FROM stripe.{table} WHERE {owner} = $1 ORDER BY id"))
        .bind(parent)
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

fn rows(items: &[(&str, bool)]) -> Vec<(String, bool)> {
    items.iter().map(|(id, d)| (id.to_string(), *d)).collect()
}

/// The events of one subscription's life: items [A, B] → [A] → [A, C], and a late event from
/// between them that still shows [A] (older than the last: it must neither prune C nor bring
/// B back).
fn subscription_story(sub: &str, t: i64) -> Vec<Value> {
    let (a, b, c) = (format!("si_{sub}_a"), format!("si_{sub}_b"), format!("si_{sub}_c"));
    vec![
        event(&format!("evt_{sub}_1"), "customer.subscription.created", t, &subscription(sub, &[&a, &b]), None),
        event(&format!("evt_{sub}_2"), "customer.subscription.updated", t + 1, &subscription(sub, &[&a]), None),
        event(&format!("evt_{sub}_4"), "customer.subscription.updated", t + 3, &subscription(sub, &[&a, &c]), None),
        event(&format!("evt_{sub}_3"), "customer.subscription.updated", t + 2, &subscription(sub, &[&a]), None),
    ]
}

fn story_end(sub: &str) -> Vec<(String, bool)> {
    rows(&[(&format!("si_{sub}_a"), false), (&format!("si_{sub}_b"), true), (&format!("si_{sub}_c"), false)])
}

#[tokio::test]
async fn an_item_removed_from_a_subscription_is_marked_deleted_by_its_webhook_on_every_path() {
    let db = TestDb::migrated().await;
    let (base, hooks) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let t = now() - 100;

    // Signed webhooks, one at a time (each its own group statement).
    let story = subscription_story("sub_http", t);
    let (first, second) = (&story[0], &story[1]);
    for e in [first, second] {
        let (body, sig) = signed(e);
        assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    }
    assert_eq!(
        children(&db, "subscription_items", "subscription", "sub_http").await,
        rows(&[("si_sub_http_a", false), ("si_sub_http_b", true)]),
        "B removed by customer.subscription.updated"
    );
    for e in &story[2..] {
        let (body, sig) = signed(e);
        assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    }
    assert_eq!(children(&db, "subscription_items", "subscription", "sub_http").await, story_end("sub_http"));
    assert_eq!(hooks.metrics().group_fallbacks(), 0);
    // The removed item keeps its data.
    let kept: Value = sqlx::query_scalar("SELECT _raw FROM stripe.subscription_items WHERE id = 'si_sub_http_b'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(kept["subscription"], "sub_http");

    // One by one (the path of catch-up, replay and a failed group).
    let metrics = Metrics::new();
    for e in subscription_story("sub_one", t) {
        apply_event(&db.pool, "stripe", &parse_event(&e).unwrap(), &e, &metrics).await.unwrap();
    }
    assert_eq!(children(&db, "subscription_items", "subscription", "sub_one").await, story_end("sub_one"));

    // All four in one group statement, in every arrival order of the last two.
    for (n, order) in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]].iter().enumerate() {
        use stripe_sync::write::batch::{write_events, Pending};
        let sub = format!("sub_group{n}");
        let story = subscription_story(&sub, t);
        let events: Vec<_> = order.iter().map(|&i| parse_event(&story[i]).unwrap()).collect();
        let bodies: Vec<Vec<u8>> = order.iter().map(|&i| serde_json::to_vec(&story[i]).unwrap()).collect();
        let group: Vec<Pending> =
            events.iter().zip(&bodies).map(|(event, payload)| Pending { event, payload }).collect();
        let mut conn = db.pool.acquire().await.unwrap();
        write_events(&mut conn, "stripe", &group).await.unwrap();
        assert_eq!(children(&db, "subscription_items", "subscription", &sub).await, story_end(&sub), "order {order:?}");
    }

    // A canceled subscription (`customer.subscription.deleted`) keeps its items as they were.
    let canceled =
        event("evt_sub_http_5", "customer.subscription.deleted", t + 4, &subscription("sub_http", &[]), None);
    let (body, sig) = signed(&canceled);
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    assert_eq!(children(&db, "subscription_items", "subscription", "sub_http").await, story_end("sub_http"));
}

#[tokio::test]
async fn a_backfill_marks_deleted_the_items_its_parents_no_longer_hold() {
    let db = TestDb::migrated().await;
    let fake = FakeStripe::start(&[]).await;
    fake.add_list("/v1/subscriptions", vec![subscription("sub_bf", &["si_bf_a", "si_bf_b"])]);
    // An invoice whose lines the list page carries partially (12): completed from its url.
    fake.add_list("/v1/invoices", vec![invoice("in_bf", 0..12)]);
    let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 1000);
    let opts = BackfillOptions {
        schema: "stripe".into(),
        objects: Some(vec!["subscriptions".into(), "invoices".into()]),
        since: None,
        concurrency: 4,
        progress: false,
    };
    backfill(&db.pool, &api, &opts).await.unwrap();
    assert_eq!(
        children(&db, "subscription_items", "subscription", "sub_bf").await,
        rows(&[("si_bf_a", false), ("si_bf_b", false)])
    );
    assert_eq!(children(&db, "line_items", "invoice", "in_bf").await.len(), 12);

    // Stripe's state moves on: an item and a line removed (no events: the next pass sees it).
    tokio::time::sleep(Duration::from_millis(1100)).await;
    fake.replace("/v1/subscriptions", subscription("sub_bf", &["si_bf_a"]));
    fake.replace("/v1/invoices", invoice("in_bf", (0..12).filter(|i| *i != 11)));
    backfill(&db.pool, &api, &opts).await.unwrap();
    assert_eq!(
        children(&db, "subscription_items", "subscription", "sub_bf").await,
        rows(&[("si_bf_a", false), ("si_bf_b", true)])
    );
    let lines = children(&db, "line_items", "invoice", "in_bf").await;
    assert_eq!(
        lines.iter().filter(|(_, d)| *d).map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
        ["il_in_bf_11"],
        "only the removed line is deleted"
    );
}

/// Waits until `f` holds, up to 10 s.
async fn eventually<F: std::future::Future<Output = bool>>(mut f: impl FnMut() -> F) -> bool {
    for _ in 0..100 {
        if f().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

async fn partial_records(db: &TestDb) -> Vec<String> {
    sqlx::query_scalar("SELECT key FROM stripe._sync_state WHERE key LIKE 'partial:%' ORDER BY key")
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_invoice_with_12_lines_lands_all_12_when_serve_has_an_api_key() {
    let db = TestDb::migrated().await;
    let fake = FakeStripe::start(&[]).await;
    let mut config = config();
    config.api = Some(ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 1000));
    let (base, _hooks) = serve_with(db.pool.clone(), config).await;
    let client = reqwest::Client::new();
    let t = now() - 100;

    let full = invoice("in_long", 0..12);
    fake.add_list("/v1/invoices", vec![full.clone()]);
    let sent = as_sent(&full);
    assert_eq!(
        (sent["lines"]["data"].as_array().unwrap().len(), &sent["lines"]["has_more"]),
        (10, &json!(true)),
        "the event carries 10 lines"
    );
    let (body, sig) = signed(&event("evt_long_1", "invoice.finalized", t, &sent, None));
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    let all_12 =
        || async { children(&db, "line_items", "invoice", "in_long").await.iter().filter(|(_, d)| !d).count() == 12 };
    assert!(
        eventually(all_12).await,
        "all 12 lines land: {:?}",
        children(&db, "line_items", "invoice", "in_long").await
    );
    assert!(
        eventually(|| async { partial_records(&db).await.is_empty() }).await,
        "the record is dropped once completed"
    );
    let lines: Value =
        sqlx::query_scalar("SELECT lines FROM stripe.invoices WHERE id = 'in_long'").fetch_one(&db.pool).await.unwrap();
    assert_eq!(
        (lines["data"].as_array().unwrap().len(), &lines["has_more"]),
        (12, &json!(false)),
        "the invoice row holds the whole list too"
    );

    // A line removed in Stripe: the next event is partial again, and its completion prunes.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let shorter = invoice("in_long", (0..12).filter(|i| *i != 3));
    fake.replace("/v1/invoices", shorter.clone());
    let (body, sig) = signed(&event("evt_long_2", "invoice.updated", now() - 1, &as_sent(&shorter), None));
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    let pruned = || async {
        children(&db, "line_items", "invoice", "in_long")
            .await
            .iter()
            .filter(|(_, d)| *d)
            .map(|(id, _)| id.clone())
            .collect::<Vec<_>>()
            == ["il_in_long_03"]
    };
    assert!(eventually(pruned).await, "{:?}", children(&db, "line_items", "invoice", "in_long").await);
}

#[tokio::test]
async fn without_an_api_key_a_partial_list_is_recorded_and_verify_and_backfill_complete_it() {
    let db = TestDb::migrated().await;
    let fake = FakeStripe::start(&[]).await;
    let (base, _hooks) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let full = invoice("in_rec", 0..12);
    fake.add_list("/v1/invoices", vec![full.clone()]);
    let (body, sig) = signed(&event("evt_rec_1", "invoice.finalized", now() - 100, &as_sent(&full), None));
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    assert_eq!(children(&db, "line_items", "invoice", "in_rec").await.len(), 10, "the event's own 10 lines");
    assert_eq!(partial_records(&db).await, ["partial:platform:invoices:in_rec:lines"], "recorded before the 200");
    // A redelivery records it again, harmlessly.
    let (body, sig) = signed(&event("evt_rec_1", "invoice.finalized", now() - 100, &as_sent(&full), None));
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    assert_eq!(partial_records(&db).await.len(), 1);

    let api = ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 1000);
    let report = verify(&db.pool, &api, "stripe", Some(&["invoices".to_string()]), 10, false).await.unwrap();
    assert!(
        report.drift.iter().any(|d| d.id == "in_rec" && d.kind == DriftKind::PartialList("lines".into())),
        "{:?}",
        report.drift
    );

    let opts = BackfillOptions {
        schema: "stripe".into(),
        objects: Some(vec!["customers".into()]),
        since: None,
        concurrency: 2,
        progress: false,
    };
    let summary = backfill(&db.pool, &api, &opts).await.unwrap();
    assert_eq!(summary.partial_lists.completed, 1, "any backfill completes what webhooks recorded");
    assert_eq!(children(&db, "line_items", "invoice", "in_rec").await.len(), 12);
    assert!(partial_records(&db).await.is_empty());
    let report = verify(&db.pool, &api, "stripe", Some(&["invoices".to_string()]), 10, false).await.unwrap();
    assert!(report.drift.is_empty(), "{:?}", report.drift);
}
