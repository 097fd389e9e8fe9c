//! The webhook path end to end: real HTTP on 127.0.0.1, real Postgres.

use serde_json::{json, Value};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::schema::{column_mismatches, row, snapshot};
use stripe_schema_tests::webhooks::{event, now, post, serve, signed, SECRET};
use stripe_schema_tests::{fixtures_path, load_fixtures};
use stripe_sync::webhook::signature;

async fn stored(db: &TestDb, table: &str, id: &str) -> Option<(Value, bool, i64)> {
    sqlx::query_as(&format!("SELECT _raw, _deleted, _state_ts FROM stripe.\"{table}\" WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .unwrap()
}

fn customer(id: &str, name: &str, balance: i64) -> Value {
    json!({"id": id, "object": "customer", "name": name, "balance": balance, "created": 1_700_000_000, "livemode": false, "metadata": {}})
}

#[tokio::test]
async fn every_2024_04_10_fixture_and_the_basil_ones_land_through_signed_webhooks() {
    let db = TestDb::migrated().await;
    let (base, hooks) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let t = now();
    let mut expected = Vec::new();
    for (i, (resource_id, object)) in load_fixtures(&fixtures_path("2024-04-10")).into_iter().enumerate() {
        let event_type = format!("{}.updated", object["object"].as_str().unwrap_or(&resource_id));
        let ev = event(&format!("evt_f{i}"), &event_type, t, &object, None);
        let (body, sig) = signed(&ev);
        let (status, reply) = post(&client, &base, body, Some(&sig)).await;
        assert_eq!(status, 200, "{resource_id}: {reply}");
        assert_eq!(reply["result"], "applied", "{resource_id}: {reply}");
        expected.push((resource_id, object));
    }
    let mut problems = Vec::new();
    let tables = snapshot("2024-04-10").tables;
    let mut typed_rows = 0;
    for (resource_id, object) in &expected {
        let kind = object["object"].as_str().unwrap();
        let raw: Option<Value> = match stripe_sync::write::store::target_for(object) {
            stripe_sync::write::store::Target::Table(t) => {
                stored(&db, t, object["id"].as_str().unwrap()).await.map(|r| r.0)
            }
            stripe_sync::write::store::Target::Generic { object: o } => {
                sqlx::query_scalar("SELECT _raw FROM stripe._objects WHERE object = $1 AND id = $2")
                    .bind(o)
                    .bind(object["id"].as_str().unwrap_or("platform"))
                    .fetch_optional(&db.pool)
                    .await
                    .unwrap()
            }
        };
        // Fixture ids repeat (`obj_123`) across types; a deleted twin keeps its live row's data.
        match raw {
            None => problems.push(format!("{resource_id} ({kind}): not stored")),
            Some(raw) if raw == *object => {
                // The writer derived every typed column of the row from this payload.
                if let stripe_sync::write::store::Target::Table(t) = stripe_sync::write::store::target_for(object) {
                    let table = tables.iter().find(|table| table.name == t).unwrap();
                    let row = row(&db.pool, "stripe", t, object["id"].as_str().unwrap()).await.unwrap();
                    problems.extend(column_mismatches(table, &row, object));
                    typed_rows += 1;
                }
            }
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        hooks.metrics().group_fallbacks(),
        0,
        "every fixture is written by the group statement, not the fallback"
    );
    assert!(typed_rows > 100, "typed columns checked on only {typed_rows} rows");
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'applied'").await, expected.len() as i64);

    // Basil: an object type this schema lacks, and an invoice without `subscription`.
    let basil = load_fixtures(&fixtures_path("2025-03-31.basil"));
    let payment = basil.iter().find(|(r, _)| r == "invoice_payment").unwrap().1.clone();
    let mut ev = event("evt_basil_payment", "invoice_payment.paid", t, &payment, None);
    ev["api_version"] = json!("2025-03-31.basil");
    let (body, sig) = signed(&ev);
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    let kept: Value = sqlx::query_scalar("SELECT _raw FROM stripe._objects WHERE object = 'invoice_payment'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(kept, payment);
    let version: String = sqlx::query_scalar("SELECT api_version FROM stripe._events WHERE id = 'evt_basil_payment'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(version, "2025-03-31.basil");
    assert!(hooks
        .metrics()
        .render()
        .contains("stripe_sync_api_version_mismatch_total{api_version=\"2025-03-31.basil\"} 1"));

    let mut invoice = basil.iter().find(|(r, _)| r == "invoice").unwrap().1.clone();
    invoice["id"] = json!("in_basil_1");
    // Basil moved the subscription under `parent`; an invoice may carry no `subscription` at all.
    invoice.as_object_mut().unwrap().remove("subscription");
    let (body, sig) = signed(&event("evt_basil_invoice", "invoice.paid", t, &invoice, None));
    assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    let (raw, _, _) = stored(&db, "invoices", "in_basil_1").await.unwrap();
    assert_eq!(raw, invoice);
    let sub: Option<String> = sqlx::query_scalar("SELECT subscription FROM stripe.invoices WHERE id = 'in_basil_1'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(sub, None);
}

#[tokio::test]
async fn a_duplicate_delivery_is_acknowledged_and_applied_once() {
    let db = TestDb::migrated().await;
    let (base, _) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let ev = event("evt_dup", "customer.created", now(), &customer("cus_dup", "A", 0), None);
    let (body, sig) = signed(&ev);
    assert_eq!(post(&client, &base, body.clone(), Some(&sig)).await.1["result"], "applied");
    // Meanwhile a newer state arrived; the redelivered old event must not touch it.
    let newer =
        event("evt_dup2", "customer.updated", now() + 5, &customer("cus_dup", "B", 0), Some(json!({"name": "A"})));
    let (b2, s2) = signed(&newer);
    post(&client, &base, b2, Some(&s2)).await;
    assert_eq!(post(&client, &base, body, Some(&sig)).await.1["result"], "duplicate");
    assert_eq!(stored(&db, "customers", "cus_dup").await.unwrap().0["name"], "B");
    assert_eq!(db.scalar("SELECT attempts::bigint FROM stripe._events WHERE id = 'evt_dup'").await, 2);
}

/// A chain of states of one customer: created, then updates (some in the same second, each
/// carrying `previous_attributes`), then deleted.
fn chain(id: &str, t0: i64) -> Vec<Value> {
    let mut events = vec![event(&format!("evt_{id}_0"), "customer.created", t0, &customer(id, "n0", 0), None)];
    // Seconds: 0 (with the create), 0, 1, 1, 1, 3, 3
    let seconds = [0, 0, 1, 1, 1, 3, 3];
    for (i, s) in seconds.iter().enumerate() {
        let (prev, next) = (format!("n{i}"), format!("n{}", i + 1));
        // Alternate which field changes, so both kinds of dependency are exercised.
        let (obj, previous) = if i % 2 == 0 {
            (customer(id, &next, i as i64 / 2), json!({"name": prev}))
        } else {
            (customer(id, &next, (i as i64 + 1) / 2), json!({"name": prev, "balance": (i as i64 - 1) / 2}))
        };
        events.push(event(&format!("evt_{id}_{}", i + 1), "customer.updated", t0 + s, &obj, Some(previous)));
    }
    events
}

/// A small deterministic shuffle (no rand dependency).
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        items.swap(i, (seed >> 33) as usize % (i + 1));
    }
}

#[tokio::test]
async fn any_delivery_order_converges_to_the_newest_state_even_within_one_second() {
    let db = TestDb::migrated().await;
    let (base, _) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let t0 = now() - 100;
    for seed in 0..12u64 {
        let id = format!("cus_order{seed}");
        let mut events = chain(&id, t0);
        let newest = events.last().unwrap()["data"]["object"].clone();
        shuffle(&mut events, seed);
        for ev in &events {
            let (body, sig) = signed(ev);
            assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
        }
        let (raw, deleted, ts) = stored(&db, "customers", &id).await.unwrap();
        assert_eq!(
            raw,
            newest,
            "seed {seed}: order {:?}",
            events.iter().map(|e| e["id"].as_str().unwrap()).collect::<Vec<_>>()
        );
        assert!(!deleted);
        assert_eq!(ts, t0 + 3);
    }
}

/// A group commit writes many events in a few statements; it must decide exactly as the
/// one-by-one path. Whole chains of two objects in one group, shuffled, with same-second
/// pairs, a delete, an id-less object and a type without a table; the same events (other
/// ids) applied one by one in the same order; the rows must match, and a repeat of the group
/// is all duplicates.
#[tokio::test]
async fn a_group_of_events_converges_like_one_by_one_application() {
    use stripe_sync::webhook::{apply_event, parse_event};
    use stripe_sync::write::batch::{write_events, EventWrite, Pending};
    let db = TestDb::migrated().await;
    let metrics = stripe_sync::metrics::Metrics::new();
    let t0 = now() - 300;
    let build = |seed: u64, tag: &str| {
        let (a, b) = (format!("cus_{tag}a{seed}"), format!("cus_{tag}b{seed}"));
        let mut events = chain(&a, t0);
        events.extend(chain(&b, t0));
        events.push(event(
            &format!("evt_{tag}{seed}_del"),
            "customer.deleted",
            t0 + 2,
            &json!({"id": b, "object": "customer", "deleted": true}),
            None,
        ));
        let balance = json!({"object": "balance", "available": [], "livemode": false});
        events.push(event(&format!("evt_{tag}bal{seed}"), "balance.available", t0, &balance, None));
        let payment = json!({"id": format!("inpay_{tag}{seed}"), "object": "invoice_payment", "amount_paid": 5});
        events.push(event(&format!("evt_{tag}ip{seed}"), "invoice_payment.paid", t0, &payment, None));
        shuffle(&mut events, seed);
        events
    };
    let without_id = |mut row: (Value, bool, i64)| {
        row.0.as_object_mut().unwrap().remove("id");
        row
    };
    for seed in 0..8u64 {
        let events = build(seed, "g");
        let envelopes: Vec<_> = events.iter().map(|e| parse_event(e).unwrap()).collect();
        let bodies: Vec<Vec<u8>> = events.iter().map(|e| serde_json::to_vec(e).unwrap()).collect();
        let group: Vec<Pending> =
            envelopes.iter().zip(&bodies).map(|(event, payload)| Pending { event, payload }).collect();
        for attempt in 0..2 {
            let mut conn = db.pool.acquire().await.unwrap();
            let outcomes = write_events(&mut conn, "stripe", &group).await.unwrap();
            if attempt == 0 {
                assert!(outcomes.iter().all(|o| matches!(o, EventWrite::Applied { .. })), "seed {seed}: {outcomes:?}");
            } else {
                assert!(
                    outcomes.iter().all(|o| *o == EventWrite::Duplicate),
                    "seed {seed}: a repeated group is all duplicates"
                );
            }
        }
        for payload in build(seed, "s") {
            apply_event(&db.pool, "stripe", &parse_event(&payload).unwrap(), &payload, &metrics).await.unwrap();
        }
        for object in ["a", "b"] {
            let grouped = stored(&db, "customers", &format!("cus_g{object}{seed}")).await.unwrap();
            let single = stored(&db, "customers", &format!("cus_s{object}{seed}")).await.unwrap();
            assert_eq!(without_id(grouped), without_id(single), "seed {seed}, object {object}");
        }
        let newest_a = chain("x", t0).last().unwrap()["data"]["object"].clone();
        assert_eq!(
            without_id(stored(&db, "customers", &format!("cus_ga{seed}")).await.unwrap()),
            without_id((newest_a, false, t0 + 3))
        );
        assert!(stored(&db, "customers", &format!("cus_gb{seed}")).await.unwrap().1, "seed {seed}: the delete holds");
        let generic =
            format!("SELECT count(*) FROM stripe._objects WHERE object = 'invoice_payment' AND id = 'inpay_g{seed}'");
        assert_eq!(db.scalar(&generic).await, 1, "seed {seed}");
    }
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._objects WHERE object = 'balance' AND id = 'platform'").await, 1);
    let repeated = db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'applied' AND attempts = 2").await;
    assert_eq!(repeated, 8 * (8 + 8 + 3), "every grouped event recorded once as applied, then counted as a repeat");
}

#[tokio::test]
async fn deletes_keep_the_data_and_a_late_update_does_not_resurrect() {
    let db = TestDb::migrated().await;
    let (base, _) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let t = now() - 50;
    let send = |ev: Value| {
        let (client, base) = (client.clone(), base.clone());
        async move {
            let (body, sig) = signed(&ev);
            post(&client, &base, body, Some(&sig)).await.0
        }
    };
    assert_eq!(send(event("evt_d1", "customer.updated", t, &customer("cus_del", "kept", 7), None)).await, 200);
    let stub = json!({"id": "cus_del", "object": "customer", "deleted": true});
    assert_eq!(send(event("evt_d2", "customer.deleted", t + 10, &stub, None)).await, 200);
    let (raw, deleted, _) = stored(&db, "customers", "cus_del").await.unwrap();
    assert!(deleted);
    assert_eq!(raw["name"], "kept", "the last known data stays");
    // An older update delivered late, and even a newer non-delete payload, never un-delete.
    assert_eq!(send(event("evt_d0", "customer.updated", t - 5, &customer("cus_del", "old", 1), None)).await, 200);
    assert_eq!(send(event("evt_d3", "customer.updated", t + 20, &customer("cus_del", "zombie", 1), None)).await, 200);
    let (raw, deleted, _) = stored(&db, "customers", "cus_del").await.unwrap();
    assert!(deleted);
    assert_eq!(raw["name"], "kept");
    // A delete that arrives before anything else leaves a tombstone, and the create after it
    // (older) does not bring the object back.
    assert_eq!(
        send(event(
            "evt_t2",
            "customer.deleted",
            t + 10,
            &json!({"id": "cus_tomb", "object": "customer", "deleted": true}),
            None
        ))
        .await,
        200
    );
    assert_eq!(send(event("evt_t1", "customer.created", t, &customer("cus_tomb", "x", 0), None)).await, 200);
    assert!(stored(&db, "customers", "cus_tomb").await.unwrap().1);
}

#[tokio::test]
async fn concurrent_deliveries_for_one_object_keep_the_newest() {
    let db = TestDb::migrated().await;
    let (base, _) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let t0 = now() - 200;
    let n = 48;
    let mut handles = Vec::new();
    for i in 0..n {
        let ev =
            event(&format!("evt_c{i}"), "customer.updated", t0 + i, &customer("cus_conc", &format!("v{i}"), i), None);
        let (client, base) = (client.clone(), base.clone());
        handles.push(tokio::spawn(async move {
            let (body, sig) = signed(&ev);
            post(&client, &base, body, Some(&sig)).await.0
        }));
    }
    for h in handles {
        assert_eq!(h.await.unwrap(), 200);
    }
    let (raw, _, ts) = stored(&db, "customers", "cus_conc").await.unwrap();
    assert_eq!(raw["name"], format!("v{}", n - 1));
    assert_eq!(ts, t0 + n - 1);
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events").await, n);
}

#[tokio::test]
async fn when_the_database_goes_away_it_answers_503_and_loses_nothing_after_retries() {
    let db = TestDb::migrated().await;
    let upstream: std::net::SocketAddr = "127.0.0.1:5432".parse().unwrap();
    let proxy = stripe_schema_tests::proxy::Proxy::start(upstream).await;
    let url = db.url.replace("127.0.0.1:5432", &proxy.addr.to_string());
    assert_ne!(url, db.url, "DATABASE_URL must point at 127.0.0.1:5432 for this test");
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(4)
        .acquire_timeout(std::time::Duration::from_millis(500))
        .connect(&url)
        .await
        .unwrap();
    let (base, _) = serve(pool).await;
    let client = reqwest::Client::new();
    let t = now() - 30;
    let events: Vec<Value> = (0..30)
        .map(|i| event(&format!("evt_o{i}"), "customer.created", t, &customer(&format!("cus_o{i}"), "x", i), None))
        .collect();
    let mut pending: Vec<&Value> = Vec::new();
    for (i, ev) in events.iter().enumerate() {
        if i == 10 {
            proxy.cut();
        }
        let (body, sig) = signed(ev);
        let (status, reply) = post(&client, &base, body, Some(&sig)).await;
        match status {
            200 => {}
            503 => pending.push(ev),
            other => panic!("unexpected {other}: {reply}"),
        }
    }
    assert!(pending.len() >= 15, "the outage must be seen: only {} answered 503", pending.len());
    // Stripe retries after the database is back.
    proxy.restore().await;
    for ev in pending {
        let mut tries = 0;
        loop {
            let (body, sig) = signed(ev);
            let (status, _) = post(&client, &base, body, Some(&sig)).await;
            if status == 200 {
                break;
            }
            tries += 1;
            assert!(tries < 20, "never recovered");
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    }
    assert_eq!(db.scalar("SELECT count(*) FROM stripe.customers WHERE id LIKE 'cus_o%'").await, 30);
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events WHERE status = 'applied'").await, 30);
}

#[tokio::test]
async fn bad_input_gets_a_clear_4xx_and_nothing_is_stored() {
    let db = TestDb::migrated().await;
    let (base, _) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let ev = event("evt_bad", "customer.created", now(), &customer("cus_bad", "x", 0), None);
    let body = serde_json::to_vec(&ev).unwrap();
    // (case, body, Stripe-Signature header, expected status, expected words in the error)
    type Case = (&'static str, Vec<u8>, Option<String>, u16, &'static str);
    let cases: Vec<Case> = vec![
        ("no signature", body.clone(), None, 400, "missing Stripe-Signature"),
        (
            "wrong secret",
            body.clone(),
            Some(signature::header("whsec_other", now(), &body)),
            400,
            "no v1 signature matches",
        ),
        ("old timestamp", body.clone(), Some(signature::header(SECRET, now() - 3600, &body)), 400, "tolerance"),
        ("altered body", body.clone(), Some(signature::header(SECRET, now(), b"{}")), 400, "no v1 signature matches"),
        ("malformed header", body.clone(), Some("v1=zz".into()), 400, "malformed"),
        ("not JSON", b"not json".to_vec(), Some(signature::header(SECRET, now(), b"not json")), 400, "not JSON"),
        (
            "not an event",
            b"{\"id\":\"cus_1\",\"object\":\"customer\"}".to_vec(),
            Some(signature::header(SECRET, now(), b"{\"id\":\"cus_1\",\"object\":\"customer\"}")),
            400,
            "not a Stripe event",
        ),
    ];
    for (name, body, sig, status, needle) in cases {
        let (got, reply) = post(&client, &base, body, sig.as_deref()).await;
        assert_eq!(got, status, "{name}: {reply}");
        assert!(reply["error"].as_str().unwrap_or_default().contains(needle), "{name}: {reply}");
    }
    let mut big = customer("cus_big", "x", 0);
    big["metadata"] = json!({"blob": "x".repeat(1 << 20)});
    let (body, sig) = signed(&event("evt_big", "customer.created", now(), &big, None));
    let (got, reply) = post(&client, &base, body, Some(&sig)).await;
    assert_eq!(got, 413, "{reply}");
    assert!(reply["error"].as_str().unwrap().contains("1048576 byte limit"), "{reply}");
    assert_eq!(db.scalar("SELECT count(*) FROM stripe._events").await, 0);
    assert_eq!(db.scalar("SELECT count(*) FROM stripe.customers").await, 0);
}

#[tokio::test]
async fn an_event_that_fails_to_apply_is_a_dead_letter_and_replay_applies_it() {
    let db = TestDb::migrated().await;
    let (base, hooks) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    sqlx::query("ALTER TABLE stripe.customers ADD CONSTRAINT not_yet CHECK (id <> 'cus_dead')")
        .execute(&db.pool)
        .await
        .unwrap();
    let (body, sig) = signed(&event("evt_dead", "customer.created", now(), &customer("cus_dead", "x", 0), None));
    let (status, reply) = post(&client, &base, body, Some(&sig)).await;
    assert_eq!((status, reply["result"].as_str()), (200, Some("failed")));
    let (st, err): (String, Option<String>) =
        sqlx::query_as("SELECT status, last_error FROM stripe._events WHERE id = 'evt_dead'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(st, "failed");
    assert!(err.unwrap().contains("not_yet"));
    assert!(stored(&db, "customers", "cus_dead").await.is_none());

    sqlx::query("ALTER TABLE stripe.customers DROP CONSTRAINT not_yet").execute(&db.pool).await.unwrap();
    let summary =
        stripe_sync::replay::replay(&db.pool, "stripe", &stripe_sync::replay::Selection::Failed, hooks.metrics())
            .await
            .unwrap();
    assert_eq!((summary.applied, summary.failed), (1, 0));
    assert!(stored(&db, "customers", "cus_dead").await.is_some());
    let st: String = sqlx::query_scalar("SELECT status FROM stripe._events WHERE id = 'evt_dead'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(st, "applied");
}

#[tokio::test]
async fn healthz_and_metrics_answer() {
    let db = TestDb::migrated().await;
    let (base, _) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let (body, sig) = signed(&event("evt_m", "customer.created", now(), &customer("cus_m", "x", 0), None));
    post(&client, &base, body.clone(), Some(&sig)).await;
    post(&client, &base, body, Some(&sig)).await;
    assert_eq!(client.get(format!("{base}/healthz")).send().await.unwrap().status().as_u16(), 200);
    let text = client.get(format!("{base}/metrics")).send().await.unwrap().text().await.unwrap();
    for needle in [
        "stripe_sync_events_total{account=\"platform\",result=\"applied\",type=\"customer.created\"} 1",
        "stripe_sync_events_total{account=\"platform\",result=\"duplicate\",type=\"customer.created\"} 1",
        "stripe_sync_events_total{account=\"platform\",result=\"received\",type=\"customer.created\"} 2",
        "stripe_sync_apply_seconds_bucket",
        "stripe_sync_newest_event_age_seconds",
    ] {
        assert!(text.contains(needle), "metrics lack {needle}:\n{text}");
    }
}

#[tokio::test]
async fn embedded_subscription_items_and_invoice_lines_fill_their_own_tables() {
    let db = TestDb::migrated().await;
    let (base, hooks) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    let t = now() - 10;
    for (resource, event_type) in [("subscription", "customer.subscription.updated"), ("invoice", "invoice.finalized")]
    {
        let object = fixtures.iter().find(|(r, _)| r == resource).unwrap().1.clone();
        let (body, sig) = signed(&event(&format!("evt_embed_{resource}"), event_type, t, &object, None));
        assert_eq!(post(&client, &base, body, Some(&sig)).await.0, 200);
    }
    let sub = &fixtures.iter().find(|(r, _)| r == "subscription").unwrap().1;
    let item = &sub["items"]["data"][0];
    let (raw, _, ts) =
        stored(&db, "subscription_items", item["id"].as_str().unwrap()).await.expect("subscription item row");
    assert_eq!(raw, *item);
    assert_eq!(ts, t);
    let invoice = &fixtures.iter().find(|(r, _)| r == "invoice").unwrap().1;
    let line = &invoice["lines"]["data"][0];
    let (raw, _, _) = stored(&db, "line_items", line["id"].as_str().unwrap()).await.expect("invoice line row");
    assert_eq!(raw, *line);
    assert_eq!(hooks.metrics().group_fallbacks(), 0, "items are written by the group statement");
}

#[tokio::test]
async fn one_failing_event_in_a_group_commit_does_not_take_its_batch_down() {
    let db = TestDb::migrated().await;
    let (base, hooks) = serve(db.pool.clone()).await;
    let client = reqwest::Client::new();
    sqlx::query("ALTER TABLE stripe.customers ADD CONSTRAINT refuse_one CHECK (id <> 'cus_g13')")
        .execute(&db.pool)
        .await
        .unwrap();
    let t = now() - 20;
    let mut handles = Vec::new();
    for i in 0..40 {
        let ev = event(&format!("evt_g{i}"), "customer.created", t, &customer(&format!("cus_g{i}"), "x", i), None);
        let (client, base) = (client.clone(), base.clone());
        handles.push(tokio::spawn(async move {
            let (body, sig) = signed(&ev);
            post(&client, &base, body, Some(&sig)).await
        }));
    }
    let mut results = Vec::new();
    for h in handles {
        let (status, reply) = h.await.unwrap();
        assert_eq!(status, 200, "{reply}");
        results.push(reply["result"].as_str().unwrap().to_string());
    }
    assert_eq!(results.iter().filter(|r| *r == "applied").count(), 39);
    assert_eq!(results.iter().filter(|r| *r == "failed").count(), 1);
    assert_eq!(db.scalar("SELECT count(*) FROM stripe.customers WHERE id LIKE 'cus_g%'").await, 39);
    let failed: String =
        sqlx::query_scalar("SELECT id FROM stripe._events WHERE status = 'failed'").fetch_one(&db.pool).await.unwrap();
    assert_eq!(failed, "evt_g13");
    assert!(hooks.metrics().group_fallbacks() >= 1, "the failing group fell back to one by one");
}

/// A role that may not create temporary objects cannot have the group function: every
/// delivery must still be stored, one by one, and the fallback counted.
#[tokio::test]
async fn without_the_temporary_privilege_events_are_still_stored_one_by_one() {
    let db = TestDb::migrated().await;
    let writer = db.role("writer");
    for sql in [
        format!("REVOKE TEMPORARY ON DATABASE {} FROM PUBLIC", db.name),
        format!("CREATE ROLE \"{writer}\" LOGIN"),
        format!("GRANT USAGE ON SCHEMA stripe TO \"{writer}\""),
        format!("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA stripe TO \"{writer}\""),
    ] {
        sqlx::query(&sql).execute(&db.pool).await.unwrap();
    }
    let url = db.url.replacen("postgres@", &format!("{writer}@"), 1);
    assert_ne!(url, db.url, "DATABASE_URL must name the user postgres for this test");
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(4)
        .connect_with(stripe_sync::db::options(&url).unwrap())
        .await
        .unwrap();
    let (base, hooks) = serve(pool).await;
    let client = reqwest::Client::new();
    let t = now() - 10;
    for i in 0..5 {
        let (body, sig) = signed(&event(
            &format!("evt_nt{i}"),
            "customer.created",
            t,
            &customer(&format!("cus_nt{i}"), "x", i),
            None,
        ));
        let (status, reply) = post(&client, &base, body, Some(&sig)).await;
        assert_eq!((status, reply["result"].as_str()), (200, Some("applied")), "{reply}");
    }
    assert_eq!(db.scalar("SELECT count(*) FROM stripe.customers WHERE id LIKE 'cus_nt%'").await, 5);
    assert_eq!(
        db.scalar("SELECT count(*) FROM stripe._events WHERE id LIKE 'evt_nt%' AND status = 'applied'").await,
        5
    );
    assert_eq!(hooks.metrics().group_fallbacks(), 5, "each delivery fell back");
    assert_eq!(
        hooks.metrics().group_function_refusals(),
        1,
        "the refused function is not asked for again on every group"
    );
}
