//! `stripe-sync prune`: old applied events lose their payloads, nothing else does, and what a
//! pruned event still gives (deduplication) and no longer gives (replay) holds.

use std::time::Duration;

use serde_json::{json, Value};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::webhooks::{event, now};
use stripe_sync::metrics::Metrics;
use stripe_sync::replay::{replay, Selection};
use stripe_sync::webhook::{apply_event, parse_event, Outcome};

fn customer(id: &str) -> Value {
    json!({"id": id, "object": "customer", "name": "x", "created": 1_700_000_000, "livemode": false, "metadata": {"note": "a payload long enough to be worth pruning"}})
}

#[tokio::test]
async fn prune_stubs_old_applied_payloads_only_and_keeps_deduplication() {
    let db = TestDb::migrated().await;
    let metrics = Metrics::new();
    sqlx::query("ALTER TABLE stripe.customers ADD CONSTRAINT not_yet CHECK (id <> 'cus_p_failed')")
        .execute(&db.pool)
        .await
        .unwrap();
    let ids = ["old_1", "old_2", "failed", "pending", "new_1", "new_2"];
    for id in ids {
        let payload = event(&format!("evt_p_{id}"), "customer.created", now(), &customer(&format!("cus_p_{id}")), None);
        apply_event(&db.pool, "stripe", &parse_event(&payload).unwrap(), &payload, &metrics).await.unwrap();
    }
    sqlx::query("UPDATE stripe._events SET status = 'pending' WHERE id = 'evt_p_pending'")
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE stripe._events SET created = now() - interval '100 days' WHERE id !~ 'new'")
        .execute(&db.pool)
        .await
        .unwrap();
    // Old applied events in bulk, to cross batches.
    sqlx::query(
        "INSERT INTO stripe._events (id, type, created, status, object_type, object_id, payload) \
         SELECT 'evt_bulk_' || g, 'customer.updated', now() - interval '200 days' + g * interval '1 second', 'applied', \
                'customer', 'cus_bulk', jsonb_build_object('id', 'evt_bulk_' || g, 'data', jsonb_build_object('object', \
                jsonb_build_object('id', 'cus_bulk', 'object', 'customer', 'description', repeat('x', 300)))) \
         FROM generate_series(1, 2500) g",
    )
    .execute(&db.pool)
    .await
    .unwrap();

    let summary = stripe_sync::prune::prune(&db.pool, "stripe", Duration::from_secs(90 * 86_400)).await.unwrap();
    assert_eq!(summary.pruned, 2502, "the two old applied events and the bulk ones");
    let stubbed: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM stripe._events WHERE payload ? 'pruned' AND id NOT LIKE 'evt_bulk_%' ORDER BY id",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(stubbed, ["evt_p_old_1", "evt_p_old_2"], "never a dead letter, a pending event or a recent one");
    let stub: Value = sqlx::query_scalar("SELECT payload FROM stripe._events WHERE id = 'evt_p_old_1'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(stub, json!({"id": "evt_p_old_1", "object": "event", "type": "customer.created", "pruned": true}));
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events").await, 2506, "every row stays");
    assert_eq!(
        db.scalar("SELECT count(*) FROM stripe.customers WHERE id LIKE 'cus_p_%' AND NOT _deleted").await,
        5,
        "no object touched (the dead letter wrote none)"
    );
    let again = stripe_sync::prune::prune(&db.pool, "stripe", Duration::from_secs(90 * 86_400)).await.unwrap();
    assert_eq!(again.pruned, 0, "pruning twice prunes nothing more");

    // A redelivery of a pruned event is still a duplicate; a replay of it says it cannot.
    let payload = event("evt_p_old_1", "customer.created", now(), &customer("cus_p_old_1"), None);
    let outcome = apply_event(&db.pool, "stripe", &parse_event(&payload).unwrap(), &payload, &metrics).await.unwrap();
    assert_eq!(outcome, Outcome::Duplicate);
    let replayed = replay(&db.pool, "stripe", &Selection::Id("evt_p_old_1".into()), &metrics).await.unwrap();
    assert_eq!((replayed.applied, replayed.failed, replayed.pruned), (0, 0, 1));
}
