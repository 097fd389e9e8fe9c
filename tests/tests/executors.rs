//! Every executor of the write pipeline gives the same rows for the same input. The input is
//! written once per executor, each into its own schema of one database, and every object
//! table is compared whole (all columns but the write time `_synced_at`).
//!
//! Events: the group function (`write_events`), the one-statement path with its per-event
//! fallback (`apply_event`), and one by one (`store::write`, one transaction per event).
//! API pages: the page statement (`write_page`) and one by one (`store::write` per object).

use serde_json::{json, Value};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::schema::assert_same_contents;
use stripe_schema_tests::webhooks::{event, now};
use stripe_schema_tests::{fixtures_path, load_fixtures};
use stripe_sync::migrate::{self, MigrateOptions};
use stripe_sync::webhook::{apply_event, parse_event, EventEnvelope};
use stripe_sync::write::batch::{write_events, EventWrite, Pending};
use stripe_sync::write::page::{write_page, Page};
use stripe_sync::write::store::{self, ObjectState};

async fn with_schemas(names: &[&str]) -> TestDb {
    let db = TestDb::new().await;
    for name in names {
        let opts = MigrateOptions { schema: name.to_string(), reader_role: db.role("reader") };
        migrate::migrate(&db.url, &opts, &migrate::embedded()).await.unwrap();
    }
    db
}

async fn assert_same(db: &TestDb, expected: &str, actual: &str, case: &str) {
    assert_same_contents(&db.pool, expected, &db.pool, actual, case).await;
}

fn fixture(resource: &str) -> Value {
    load_fixtures(&fixtures_path("2024-04-10")).into_iter().find(|(r, _)| r == resource).unwrap().1
}

fn customer(id: &str, name: &str, balance: i64) -> Value {
    json!({"id": id, "object": "customer", "name": name, "balance": balance, "created": 1_700_000_000, "livemode": false, "metadata": {}})
}

/// A subscription holding items `items`, its list complete.
fn subscription(id: &str, status: &str, items: &[&str]) -> Value {
    let mut sub = fixture("subscription");
    let item = sub["items"]["data"][0].clone();
    sub["id"] = json!(id);
    sub["status"] = json!(status);
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

/// A day of events for a few objects: same-second updates with and without
/// previous_attributes, a delete and a late update after it, a subscription whose items come
/// and go as Stripe's do (an item removed never returns: si_1 goes at t+2, si_3 comes at t+5;
/// child rows follow their parent), an id-less object and a type without a table.
fn events(t: i64, seed: u64) -> Vec<Value> {
    let out = vec![
        event("evt_c1", "customer.created", t, &customer("cus_a", "a0", 0), None),
        event("evt_c2", "customer.updated", t, &customer("cus_a", "a1", 0), Some(json!({"name": "a0"}))),
        event(
            "evt_c3",
            "customer.updated",
            t + 1,
            &customer("cus_a", "a2", 5),
            Some(json!({"name": "a1", "balance": 0})),
        ),
        event("evt_c4", "customer.updated", t + 1, &customer("cus_a", "a3", 5), Some(json!({"name": "a2"}))),
        event("evt_c5", "customer.updated", t + 2, &customer("cus_a", "b", 5), None),
        event("evt_c6", "customer.updated", t + 2, &customer("cus_a", "c", 5), None),
        event("evt_d1", "customer.created", t, &customer("cus_d", "d0", 1), None),
        event(
            "evt_d2",
            "customer.deleted",
            t + 3,
            &json!({"id": "cus_d", "object": "customer", "deleted": true}),
            None,
        ),
        event("evt_d3", "customer.updated", t + 4, &customer("cus_d", "zombie", 1), None),
        event("evt_s1", "customer.subscription.created", t, &subscription("sub_1", "active", &["si_1", "si_2"]), None),
        event(
            "evt_s2",
            "customer.subscription.updated",
            t + 5,
            &subscription("sub_1", "active", &["si_2", "si_3"]),
            None,
        ),
        event("evt_s3", "customer.subscription.updated", t + 2, &subscription("sub_1", "past_due", &["si_2"]), None),
        event("evt_s4", "customer.subscription.deleted", t + 9, &subscription("sub_2", "canceled", &["si_9"]), None),
    ];
    let balance = json!({"object": "balance", "available": [], "livemode": false});
    let payment = json!({"id": "inpay_1", "object": "invoice_payment", "amount_paid": 5});
    let more = [
        event("evt_b1", "balance.available", t, &balance, None),
        event("evt_p1", "invoice_payment.paid", t, &payment, None),
    ];
    // Every seed its own events and objects (ids end in the seed); the balance is one row.
    let text = serde_json::to_string(&out.into_iter().chain(more).collect::<Vec<_>>()).unwrap();
    let tagged = tag_ids(&text, seed);
    serde_json::from_str(&tagged).unwrap()
}

/// Appends `_<seed>` to every event, customer, subscription, item and payment id.
fn tag_ids(text: &str, seed: u64) -> String {
    let mut out = text.to_string();
    for id in [
        "evt_c1", "evt_c2", "evt_c3", "evt_c4", "evt_c5", "evt_c6", "evt_d1", "evt_d2", "evt_d3", "evt_s1", "evt_s2",
        "evt_s3", "evt_s4", "evt_b1", "evt_p1", "cus_a", "cus_d", "sub_1", "sub_2", "si_1", "si_2", "si_3", "si_9",
        "inpay_1",
    ] {
        out = out.replace(&format!("\"{id}\""), &format!("\"{id}_{seed}\""));
    }
    out
}

/// A small deterministic shuffle (no rand dependency).
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        items.swap(i, (seed >> 33) as usize % (i + 1));
    }
}

/// The state an event writes, as the per-event path builds it.
fn state_of(e: &EventEnvelope) -> ObjectState<'_> {
    ObjectState {
        object: &e.object,
        account: e.account.as_deref(),
        api_version: e.api_version.as_deref(),
        state_ts: e.created,
        state_seq: store::state_seq(&e.event_type),
        event_id: Some(&e.id),
        previous: e.previous.as_ref(),
        deletes: e.deletes(),
    }
}

#[tokio::test]
async fn every_event_executor_writes_the_same_rows_in_any_arrival_order() {
    let db = with_schemas(&["group", "single", "one"]).await;
    let metrics = stripe_sync::metrics::Metrics::new();
    let t = now() - 1000;
    for seed in 0..4u64 {
        let mut payloads = events(t + seed as i64 * 100, seed);
        shuffle(&mut payloads, seed);
        let envelopes: Vec<EventEnvelope> = payloads.iter().map(|p| parse_event(p).unwrap()).collect();

        let bodies: Vec<Vec<u8>> = payloads.iter().map(|p| serde_json::to_vec(p).unwrap()).collect();
        let group: Vec<Pending> =
            envelopes.iter().zip(&bodies).map(|(event, payload)| Pending { event, payload }).collect();
        let mut conn = db.pool.acquire().await.unwrap();
        let outcomes = write_events(&mut conn, "group", &group).await.unwrap();
        assert!(outcomes.iter().all(|o| matches!(o, EventWrite::Applied { .. })), "seed {seed}: {outcomes:?}");
        drop(conn);

        for (e, p) in envelopes.iter().zip(&payloads) {
            apply_event(&db.pool, "single", e, p, &metrics).await.unwrap();
        }

        for e in &envelopes {
            let mut tx = db.pool.begin().await.unwrap();
            store::write(&mut tx, "one", &state_of(e)).await.unwrap();
            tx.commit().await.unwrap();
        }

        let case = format!("seed {seed}");
        assert_same(&db, "one", "group", &case).await;
        assert_same(&db, "one", "single", &case).await;
    }
    // What they agree on is the ordering rule's answer, not a shared mistake.
    let (raw, deleted): (Value, bool) =
        sqlx::query_as("SELECT _raw, _deleted FROM \"one\".customers WHERE id = 'cus_a_3'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!((raw["name"].as_str(), deleted), (Some("c"), false), "evt_c6 wins its second over evt_c5 (higher id)");
    let zombie: (bool, String) =
        sqlx::query_as("SELECT _deleted, _raw ->> 'name' FROM \"one\".customers WHERE id = 'cus_d_3'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(zombie, (true, "zombie".to_string()), "deleted stays deleted; the newer data is kept");
    let items: Vec<(String, bool)> = sqlx::query_as(
        "SELECT id, _deleted FROM \"one\".subscription_items WHERE subscription = 'sub_1_3' ORDER BY id",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(items, [("si_1_3".to_string(), true), ("si_2_3".to_string(), false), ("si_3_3".to_string(), false)]);
}

#[tokio::test]
async fn the_page_statement_writes_what_one_by_one_writes() {
    let db = with_schemas(&["page", "one"]).await;
    let t = now() - 1000;
    let mut stub = customer("cus_gone", "x", 0);
    stub["deleted"] = json!(true);
    // Pages as a backfill and verify fetch them, in the order they arrive: a newer page, then
    // an older one that must not win, items removed between two snapshots, deleted stubs.
    let pages: Vec<(&'static str, i64, Vec<Value>)> = vec![
        (
            "customers",
            t + 10,
            vec![customer("cus_a", "new", 2), customer("cus_b", "b", 0), customer("cus_gone", "y", 1)],
        ),
        ("customers", t, vec![customer("cus_a", "old", 1), customer("cus_c", "c", 0)]),
        ("customers", t + 20, vec![stub, customer("cus_b", "b2", 3)]),
        (
            "subscriptions",
            t,
            vec![subscription("sub_1", "active", &["si_1", "si_2"]), subscription("sub_2", "active", &[])],
        ),
        ("subscriptions", t + 10, vec![subscription("sub_1", "active", &["si_2", "si_3"])]),
        ("subscriptions", t + 5, vec![subscription("sub_1", "past_due", &["si_1"])]),
        // An older page brings an item the stored, newer list no longer holds: written, then
        // pruned by the stored list.
        ("subscriptions", t + 20, vec![subscription("sub_3", "active", &["si_31"])]),
        ("subscriptions", t + 1, vec![subscription("sub_3", "active", &["si_30", "si_31"])]),
    ];
    for (table, fetched_at, objects) in &pages {
        let mut tx = db.pool.begin().await.unwrap();
        write_page(&mut tx, "page", table, Page::Objects(objects), None, "2024-04-10", *fetched_at).await.unwrap();
        tx.commit().await.unwrap();
        for object in objects {
            let mut tx = db.pool.begin().await.unwrap();
            let state = ObjectState {
                object,
                account: None,
                api_version: Some("2024-04-10"),
                state_ts: *fetched_at,
                state_seq: 0,
                event_id: None,
                previous: None,
                deletes: false,
            };
            store::write(&mut tx, "one", &state).await.unwrap();
            tx.commit().await.unwrap();
        }
        assert_same(&db, "one", "page", &format!("after the {table} page at {fetched_at}")).await;
    }
    let items: Vec<(String, bool)> = sqlx::query_as("SELECT id, _deleted FROM page.subscription_items ORDER BY id")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    let expected = [("si_1", true), ("si_2", false), ("si_3", false), ("si_30", true), ("si_31", false)];
    assert_eq!(items, expected.map(|(id, d)| (id.to_string(), d)));
    let a: String = sqlx::query_scalar("SELECT _raw ->> 'name' FROM page.customers WHERE id = 'cus_a'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(a, "new", "an older page never overwrites a newer one");
}
