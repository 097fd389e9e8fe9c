//! Backfill, catch-up and verify against the fake Stripe API on 127.0.0.1, into real Postgres.

use std::time::Duration;

use serde_json::{json, Value};
use stripe_schema_tests::fake_stripe::{FakeStripe, Knobs, Recorded, API_KEY};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::{fixtures_path, load_fixtures};
use stripe_sync::api::ApiClient;
use stripe_sync::backfill::{backfill, BackfillOptions};
use stripe_sync::metrics::Metrics;
use stripe_sync::verify::{verify, DriftKind};

/// Twelve object types with top-level list endpoints.
const TYPES: &[&str] = &[
    "customer",
    "invoice",
    "charge",
    "payment_intent",
    "product",
    "price",
    "subscription",
    "refund",
    "coupon",
    "payout",
    "setup_intent",
    "dispute",
];

fn list_path(resource: &str) -> &'static str {
    stripe_model::resource(resource).unwrap().list_path.unwrap()
}

/// A fake serving `per_type` objects of each of TYPES.
async fn fake(per_type: usize) -> FakeStripe {
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    let resources: Vec<(&str, Value, usize)> = TYPES
        .iter()
        .map(|t| (list_path(t), fixtures.iter().find(|(r, _)| r == t).unwrap().1.clone(), per_type))
        .collect();
    FakeStripe::start(&resources).await
}

fn client(fake: &FakeStripe, rate: u32) -> ApiClient {
    ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, rate)
}

fn opts(objects: Option<Vec<String>>) -> BackfillOptions {
    BackfillOptions { schema: "stripe".into(), objects, since: None, concurrency: 6, progress: false }
}

fn all_types() -> Option<Vec<String>> {
    Some(TYPES.iter().map(|t| t.to_string()).collect())
}

/// `created` windows a backfill opened on `path`: the first, plus one per `created[lt]` bound.
fn windows_used(requests: &[Recorded], path: &str) -> usize {
    let bounds: std::collections::BTreeSet<&str> = requests
        .iter()
        .filter(|r| r.path == path)
        .flat_map(|r| r.query.split('&'))
        .filter(|kv| kv.starts_with("created%5Blt%5D=") || kv.starts_with("created[lt]="))
        .collect();
    1 + bounds.len()
}

/// Every object the fake serves is in its table with `_raw` equal, and nothing else.
async fn assert_mirrors(db: &TestDb, fake: &FakeStripe) {
    for t in TYPES {
        let table = stripe_model::resource(t).unwrap().table.unwrap();
        let expected = fake.objects(list_path(t));
        let rows: Vec<(String, Value)> =
            sqlx::query_as(&format!("SELECT id, _raw FROM stripe.\"{table}\" WHERE NOT _deleted ORDER BY id"))
                .fetch_all(&db.pool)
                .await
                .unwrap();
        assert_eq!(rows.len(), expected.len(), "{table}: row count");
        let mut want: Vec<(String, Value)> =
            expected.into_iter().map(|o| (o["id"].as_str().unwrap().to_string(), o)).collect();
        want.sort_by(|a, b| a.0.cmp(&b.0));
        for ((id, raw), (wid, wraw)) in rows.iter().zip(&want) {
            assert_eq!(id, wid, "{table}");
            assert_eq!(raw, wraw, "{table} {id}: _raw");
        }
    }
}

#[tokio::test]
async fn backfills_ten_thousand_objects_of_twelve_types_with_the_pinned_version() {
    let db = TestDb::migrated().await;
    let fake = fake(900).await;
    let summary = backfill(&db.pool, &client(&fake, 10_000), &opts(all_types())).await.unwrap();
    assert_eq!(summary.total(), 900 * TYPES.len() as u64);
    assert_mirrors(&db, &fake).await;
    let requests = fake.requests();
    assert!(requests.iter().all(|r| r.stripe_version.as_deref() == Some(stripe_model::API_VERSION)));
    // Full pages (9 of 100 per type), plus at most one partial page per extra window, plus
    // the one page of the prices' second pass (`active=false`: Stripe lists active prices
    // unless asked).
    let extra: usize = TYPES.iter().map(|t| windows_used(&requests, list_path(t)) - 1).sum();
    assert!(requests.len() <= 9 * TYPES.len() + extra + 1, "{} requests, {extra} extra windows", requests.len());
    assert!(
        requests.iter().all(|r| r.status == 200),
        "no request refused: {:?}",
        requests.iter().find(|r| r.status != 200)
    );
    // Nothing left to resume.
    let cursors: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe._sync_state WHERE key NOT LIKE '%:finished'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(cursors, 0);
}

/// One large object, several workers: it is split into `created` windows that are paged at
/// once, a kill with several windows open resumes them all, and every object lands once.
#[tokio::test]
async fn a_large_object_is_paged_over_created_windows_and_resumes_them_all() {
    let db = TestDb::migrated().await;
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    let customer = fixtures.iter().find(|(r, _)| r == "customer").unwrap().1.clone();
    let path = list_path("customer");
    let fake = FakeStripe::start(&[(path, customer, 3000)]).await;
    fake.set_knobs(Knobs { latency: Duration::from_millis(20), ..Default::default() });
    let customers = Some(vec!["customers".to_string()]);
    let o = BackfillOptions { concurrency: 4, ..opts(customers.clone()) };
    let run = {
        let (pool, api, o) = (db.pool.clone(), client(&fake, 10_000), o.clone());
        tokio::spawn(async move { backfill(&pool, &api, &o).await })
    };
    loop {
        tokio::time::sleep(Duration::from_millis(10)).await;
        let open: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe._sync_state WHERE key NOT LIKE '%:finished'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        if open >= 3 {
            break;
        }
        assert!(!run.is_finished(), "finished before three windows were open at once");
    }
    run.abort();
    let _ = run.await;
    let written: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
    assert!(written < 3000, "killed before the end");
    fake.set_knobs(Knobs::default());
    backfill(&db.pool, &client(&fake, 10_000), &o).await.unwrap();
    let (n, distinct): (i64, i64) =
        sqlx::query_as("SELECT count(*), count(DISTINCT id) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
    assert_eq!((n, distinct), (3000, 3000), "nothing missed, nothing twice");
    let cursors: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe._sync_state WHERE key NOT LIKE '%:finished'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(cursors, 0, "every window finished");
    // Full pages (30) plus at most one partial page per window, and the pages fetched again
    // after the kill (at most one in flight per worker).
    let requests = fake.requests();
    let windows = windows_used(&requests, path);
    assert!(windows >= 3, "{windows} windows");
    assert!(requests.len() <= 30 + windows + 4, "{} requests over {windows} windows", requests.len());
}

#[tokio::test]
async fn a_wrong_api_key_is_a_clear_error() {
    let db = TestDb::migrated().await;
    let fake = fake(5).await;
    let api = ApiClient::new(&fake.base, "sk_test_wrong", stripe_model::API_VERSION, None, 1000);
    let err = backfill(&db.pool, &api, &opts(Some(vec!["customers".into()]))).await.unwrap_err().to_string();
    assert!(err.contains("401") && err.contains("Invalid API Key"), "{err}");
    assert!(!err.contains("sk_test_wrong"), "the key is never printed: {err}");
    let unknown = backfill(&db.pool, &client(&fake, 1000), &opts(Some(vec!["not_a_thing".into()])))
        .await
        .unwrap_err()
        .to_string();
    assert!(unknown.contains("unknown object `not_a_thing`"), "{unknown}");
    // A damaged window cursor is refused by name, never silently skipped (its range would be lost).
    let key = "backfill:platform:customer:0:before:1700000000";
    sqlx::query("INSERT INTO stripe._sync_state (key, value) VALUES ($1, '\"garbage\"')")
        .bind(key)
        .execute(&db.pool)
        .await
        .unwrap();
    let damaged =
        backfill(&db.pool, &client(&fake, 1000), &opts(Some(vec!["customers".into()]))).await.unwrap_err().to_string();
    assert!(damaged.contains(key) && damaged.contains("delete that row"), "{damaged}");
}

#[tokio::test]
async fn a_killed_backfill_resumes_where_it_stopped() {
    let db = TestDb::migrated().await;
    let fake = fake(1000).await;
    fake.set_knobs(Knobs { latency: Duration::from_millis(15), ..Default::default() });
    let objects = Some(vec!["customers".to_string(), "invoices".to_string()]);
    let pool = db.process_pool("killed-backfill").await;
    let run = {
        let (api, o) = (client(&fake, 10_000), opts(objects.clone()));
        tokio::spawn(async move { backfill(&pool, &api, &o).await })
    };
    // Kill it mid-way, as kill -9 would: uncommitted work is rolled back with its connection,
    // and what it was committing is counted once its backends are gone.
    loop {
        tokio::time::sleep(Duration::from_millis(20)).await;
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
        if n >= 300 {
            break;
        }
    }
    assert!(db.backends_of("killed-backfill").await > 0, "the backfill runs on its own backends");
    run.abort();
    let _ = run.await;
    db.process_gone("killed-backfill").await;
    let before = fake.requests().len();
    let done_before: i64 =
        sqlx::query_scalar("SELECT count(*) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
    assert!(done_before < 1000, "killed before the end");
    let both_before: i64 =
        sqlx::query_scalar("SELECT (SELECT count(*) FROM stripe.customers) + (SELECT count(*) FROM stripe.invoices)")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    fake.set_knobs(Knobs::default());
    let summary = backfill(&db.pool, &client(&fake, 10_000), &opts(objects)).await.unwrap();
    // The rerun writes what was missing, and again at most the pages that were in flight.
    let rewritten = summary.total() as i64 - (2000 - both_before);
    assert!(
        (0..=6 * 100).contains(&rewritten),
        "the rerun wrote {} objects, {} were missing",
        summary.total(),
        2000 - both_before
    );
    // The rerun fetched only the remaining pages: full pages for what was missing, plus at
    // most one partial page per window it continued (not all 20 pages again).
    let rerun = &fake.requests()[before..];
    let windows: usize = ["customer", "invoice"].iter().map(|t| windows_used(rerun, list_path(t))).sum();
    let missing = (2000 - both_before) as usize;
    assert!(
        rerun.len() <= missing.div_ceil(100) + windows,
        "the rerun made {} requests for {missing} missing objects over {windows} windows",
        rerun.len()
    );
    assert!(missing < 2000, "killed after some pages were stored");
    for table in ["customers", "invoices"] {
        let (n, distinct): (i64, i64) =
            sqlx::query_as(&format!("SELECT count(*), count(DISTINCT id) FROM stripe.{table}"))
                .fetch_one(&db.pool)
                .await
                .unwrap();
        assert_eq!((n, distinct), (1000, 1000), "{table}: nothing missed, nothing twice");
    }
}

#[tokio::test]
async fn survives_a_429_storm_and_500s() {
    let db = TestDb::migrated().await;
    let fake = fake(250).await;
    fake.set_knobs(Knobs { rate_limit: Some(4), retry_after: Some(1), fail_every: Some(7), ..Default::default() });
    let objects =
        Some(vec!["customers".to_string(), "charges".to_string(), "products".to_string(), "prices".to_string()]);
    // The client asks faster than the fake allows, so 429s must be honoured.
    let summary = backfill(&db.pool, &client(&fake, 60), &opts(objects)).await.unwrap();
    assert_eq!(summary.total(), 1000);
    let statuses: Vec<u16> = fake.requests().iter().map(|r| r.status).collect();
    assert!(statuses.contains(&429) && statuses.contains(&500), "the storm happened: {statuses:?}");
}

#[tokio::test]
async fn changes_during_a_backfill_converge_with_their_webhooks_and_catch_up_covers_an_outage() {
    let db = TestDb::migrated().await;
    let fake = fake(600).await;
    fake.set_knobs(Knobs { latency: Duration::from_millis(10), ..Default::default() });
    let hooks_pool = db.pool.clone();
    let metrics = Metrics::new();
    let run = {
        let (pool, api) = (db.pool.clone(), client(&fake, 10_000));
        tokio::spawn(
            async move { backfill(&pool, &api, &opts(Some(vec!["customers".into(), "products".into()]))).await },
        )
    };
    // While it runs: updates, deletes and creates, each announced by a delivered event.
    let customers = fake.objects("/v1/customers");
    let mut events = Vec::new();
    for (i, c) in customers.iter().enumerate().step_by(37) {
        let id = c["id"].as_str().unwrap();
        events.push(match i % 3 {
            0 => fake.update("/v1/customers", id, "name", json!(format!("renamed {i}"))),
            1 => fake.delete("/v1/customers", id),
            _ => {
                let mut new = c.clone();
                new["id"] = json!(format!("cus_new{i}"));
                fake.create("/v1/customers", new)
            }
        });
        tokio::time::sleep(Duration::from_millis(15)).await;
    }
    for ev in &events {
        let parsed = stripe_sync::webhook::parse_event(ev).unwrap();
        stripe_sync::webhook::apply_event(&hooks_pool, "stripe", &parsed, ev, &metrics).await.unwrap();
    }
    run.await.unwrap().unwrap();
    let report = verify(
        &db.pool,
        &client(&fake, 10_000),
        "stripe",
        Some(&["customers".to_string(), "products".to_string()]),
        10_000,
        false,
    )
    .await
    .unwrap();
    assert!(report.drift.is_empty(), "{:?}", report.drift.iter().map(|d| d.to_string()).collect::<Vec<_>>());

    // An outage: changes happen, no webhook arrives. Catch-up applies them from /v1/events,
    // from when the outage began (its first run has no cursor of its own; later runs do).
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let outage = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    for c in fake.objects("/v1/products").iter().take(30) {
        fake.update("/v1/products", c["id"].as_str().unwrap(), "name", json!("after the outage"));
    }
    let gone = fake.objects("/v1/customers")[5]["id"].as_str().unwrap().to_string();
    fake.delete("/v1/customers", &gone);
    let summary = stripe_sync::catchup::catch_up(&db.pool, &client(&fake, 10_000), "stripe", Some(outage), &metrics)
        .await
        .unwrap();
    assert_eq!(summary.applied, 31, "{summary:?}");
    let report = verify(
        &db.pool,
        &client(&fake, 10_000),
        "stripe",
        Some(&["customers".to_string(), "products".to_string()]),
        10_000,
        false,
    )
    .await
    .unwrap();
    assert!(report.drift.is_empty(), "{:?}", report.drift.iter().map(|d| d.to_string()).collect::<Vec<_>>());
    let deleted: bool = sqlx::query_scalar("SELECT _deleted FROM stripe.customers WHERE id = $1")
        .bind(&gone)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(deleted);
    // Running it again applies nothing twice.
    let again =
        stripe_sync::catchup::catch_up(&db.pool, &client(&fake, 10_000), "stripe", None, &metrics).await.unwrap();
    assert_eq!(again.applied, 0, "{again:?}");
}

#[tokio::test]
async fn catch_up_refuses_a_gap_beyond_event_retention() {
    let db = TestDb::migrated().await;
    let fake = fake(1).await;
    let old =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 - 40 * 86_400;
    let err = stripe_sync::catchup::catch_up(&db.pool, &client(&fake, 1000), "stripe", Some(old), &Metrics::new())
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("30-day") && err.contains("backfill"), "{err}");
    let none = stripe_sync::catchup::catch_up(&db.pool, &client(&fake, 1000), "stripe", None, &Metrics::new())
        .await
        .unwrap_err()
        .to_string();
    assert!(none.contains("no starting point"), "{none}");
}

#[tokio::test]
async fn verify_finds_injected_drift_and_fix_repairs_it() {
    let db = TestDb::migrated().await;
    let fake = fake(120).await;
    let only = Some(vec!["customers".to_string()]);
    backfill(&db.pool, &client(&fake, 10_000), &opts(only.clone())).await.unwrap();
    let ids: Vec<String> =
        fake.objects("/v1/customers").iter().map(|o| o["id"].as_str().unwrap().to_string()).collect();
    sqlx::query(
        "UPDATE stripe.customers SET _raw = jsonb_set(_raw, '{email}', '\"tampered@example.com\"') WHERE id = $1",
    )
    .bind(&ids[3])
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query("DELETE FROM stripe.customers WHERE id = $1").bind(&ids[7]).execute(&db.pool).await.unwrap();
    sqlx::query("INSERT INTO stripe.customers (id, _raw) VALUES ('cus_ghost', '{\"id\": \"cus_ghost\", \"object\": \"customer\"}')").execute(&db.pool).await.unwrap();
    let objects = ["customers".to_string()];
    let report = verify(&db.pool, &client(&fake, 10_000), "stripe", Some(&objects), 1000, false).await.unwrap();
    let mut found: Vec<(String, DriftKind)> = report.drift.iter().map(|d| (d.id.clone(), d.kind.clone())).collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let mut want = vec![
        (ids[3].clone(), DriftKind::Differs("$.email".into())),
        (ids[7].clone(), DriftKind::Missing),
        ("cus_ghost".to_string(), DriftKind::Extra),
    ];
    want.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(found, want);
    let fixed = verify(&db.pool, &client(&fake, 10_000), "stripe", Some(&objects), 1000, true).await.unwrap();
    assert_eq!(fixed.fixed, 3);
    let after = verify(&db.pool, &client(&fake, 10_000), "stripe", Some(&objects), 1000, false).await.unwrap();
    assert!(after.drift.is_empty(), "{:?}", after.drift);
}

/// A page goes to Postgres in one statement, from the response body as it came (or from
/// values, after a sub-list was completed); a page holding a deleted stub takes the
/// statement-per-shape path. All must store the same rows:
/// the objects with every typed column, and each embedded item once in its own table (an
/// item shared by two objects included).
#[tokio::test]
async fn a_page_and_its_embedded_items_are_stored_alike_from_the_body_or_by_shape() {
    use stripe_schema_tests::schema::{column_mismatches, row, snapshot};
    use stripe_sync::api::list_head::ListHead;
    use stripe_sync::write::page::{write_page, Page};
    let db = TestDb::migrated().await;
    let invoice = load_fixtures(&fixtures_path("2024-04-10")).into_iter().find(|(r, _)| r == "invoice").unwrap().1;
    let line = invoice["lines"]["data"][0].clone();
    let page_of = |tag: &str| -> Vec<Value> {
        (0..3)
            .map(|i| {
                let mut o = invoice.clone();
                o["id"] = json!(format!("in_{tag}{i}"));
                let mut own = line.clone();
                own["id"] = json!(format!("il_{tag}{i}"));
                let mut shared = line.clone();
                shared["id"] = json!(format!("il_{tag}_shared"));
                o["lines"]["data"] = json!([own, shared]);
                o
            })
            .collect()
    };
    let t = 1_700_000_000;
    // From the body, in one statement.
    let body_of = |objects: &[Value]| {
        serde_json::to_vec(&json!({"object": "list", "data": objects, "has_more": false, "url": "/v1/invoices"}))
            .unwrap()
    };
    let fast = body_of(&page_of("f"));
    let heads = ListHead::parse(&fast).unwrap().objects;
    let mut conn = db.pool.acquire().await.unwrap();
    let written =
        write_page(&mut conn, "stripe", "invoices", Page::Body { body: &fast, heads: &heads }, None, "2024-04-10", t)
            .await
            .unwrap();
    assert_eq!(written, 3);
    // From values, in one statement.
    assert_eq!(
        write_page(&mut conn, "stripe", "invoices", Page::Objects(&page_of("v")), None, "2024-04-10", t).await.unwrap(),
        3
    );
    // By shape: the same objects under other ids, plus a deleted stub.
    let mut slow = page_of("s");
    slow.push(json!({"id": "in_s_gone", "object": "invoice", "deleted": true}));
    let slow = body_of(&slow);
    let heads = ListHead::parse(&slow).unwrap().objects;
    assert_eq!(
        write_page(&mut conn, "stripe", "invoices", Page::Body { body: &slow, heads: &heads }, None, "2024-04-10", t)
            .await
            .unwrap(),
        4
    );

    let tables = snapshot("2024-04-10").tables;
    let invoices = tables.iter().find(|t| t.name == "invoices").unwrap();
    let line_items = tables.iter().find(|t| t.name == "line_items").unwrap();
    for tag in ["f", "v", "s"] {
        for (i, object) in page_of(tag).iter().enumerate() {
            let stored = row(&db.pool, "stripe", "invoices", &format!("in_{tag}{i}"))
                .await
                .unwrap_or_else(|| panic!("in_{tag}{i}"));
            assert_eq!(column_mismatches(invoices, &stored, object), Vec::<String>::new(), "in_{tag}{i}");
            let item = &object["lines"]["data"][0];
            let stored =
                row(&db.pool, "stripe", "line_items", item["id"].as_str().unwrap()).await.expect("its own line");
            assert_eq!(column_mismatches(line_items, &stored, item), Vec::<String>::new());
        }
        let lines: i64 =
            sqlx::query_scalar(&format!("SELECT count(*) FROM stripe.line_items WHERE id LIKE 'il\\_{tag}%'"))
                .fetch_one(&db.pool)
                .await
                .unwrap();
        assert_eq!(lines, 4, "{tag}: three own lines and the shared one, once");
        let (ts, seq): (i64, i32) = sqlx::query_as(&format!(
            "SELECT _state_ts, _state_seq FROM stripe.line_items WHERE id = 'il_{tag}_shared'"
        ))
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert_eq!((ts, seq), (t, 0), "{tag}: items carry the snapshot's ordering key");
    }
    let gone: bool = sqlx::query_scalar("SELECT _deleted FROM stripe.invoices WHERE id = 'in_s_gone'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(gone);
    // An older snapshot of the same page changes nothing.
    let mut older = page_of("f");
    older[0]["amount_due"] = json!(1);
    assert_eq!(
        write_page(&mut conn, "stripe", "invoices", Page::Objects(&older), None, "2024-04-10", t - 10).await.unwrap(),
        0
    );
}

/// A backfill pages, splits and plans from the heads it reads off each list body without
/// building it; they must be what the objects say, for every real fixture of every version.
#[test]
fn the_heads_read_from_a_list_body_match_every_fixture() {
    use stripe_sync::api::list_head::{ListHead, ObjectHead};
    for version in ["2023-08-16", "2024-04-10", "2024-09-30.acacia", "2025-03-31.basil"] {
        let objects: Vec<Value> = load_fixtures(&fixtures_path(version)).into_iter().map(|(_, o)| o).collect();
        let body =
            serde_json::to_vec(&json!({"object": "list", "url": "/v1/x", "has_more": true, "data": objects})).unwrap();
        let head = ListHead::parse(&body).unwrap();
        assert!(head.has_more);
        assert_eq!(head.objects.len(), objects.len(), "{version}");
        for (read, object) in head.objects.iter().zip(&objects) {
            assert_eq!(read, &ObjectHead::of(object), "{version}: {}", object["object"]);
        }
        let embedded =
            head.objects.iter().flat_map(|o| &o.lists).flat_map(|l| &l.items).filter(|i| i.table().is_some()).count();
        assert!(embedded > 0, "{version}: the fixtures hold embedded items with tables of their own");
    }
}

/// Three backfill processes on one database share one large list: each takes the windows it
/// can claim (and those the others split off); one is killed mid-way (its claims go with its
/// connection) and started again. Every object lands once, and no page is fetched twice but
/// the ones the killed process had in flight.
#[tokio::test]
async fn three_workers_share_a_list_and_one_killed_leaves_nothing_undone() {
    let db = TestDb::migrated().await;
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    let customer = fixtures.iter().find(|(r, _)| r == "customer").unwrap().1.clone();
    let path = list_path("customer");
    let fake = FakeStripe::start(&[(path, customer, 3000)]).await;
    fake.set_knobs(Knobs { latency: Duration::from_millis(20), ..Default::default() });
    let o = BackfillOptions { concurrency: 3, ..opts(Some(vec!["customers".to_string()])) };
    // Each worker a process of its own: its own pool (so its own claims), its own limiter.
    let worker = |o: BackfillOptions| {
        let (url, api) = (db.url.clone(), client(&fake, 10_000));
        tokio::spawn(async move {
            let pool = sqlx::postgres::PgPoolOptions::new().max_connections(6).connect(&url).await.unwrap();
            backfill(&pool, &api, &o).await
        })
    };
    let (a, b, doomed) = (worker(o.clone()), worker(o.clone()), worker(o.clone()));
    loop {
        tokio::time::sleep(Duration::from_millis(20)).await;
        let written: i64 =
            sqlx::query_scalar("SELECT count(*) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
        if written >= 600 {
            break;
        }
    }
    doomed.abort();
    let _ = doomed.await;
    let restarted = worker(o.clone());
    for w in [a, b, restarted] {
        let summary = w.await.unwrap().unwrap();
        assert!(summary.failed().next().is_none(), "{summary:?}");
    }
    let (n, distinct): (i64, i64) =
        sqlx::query_as("SELECT count(*), count(DISTINCT id) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
    assert_eq!((n, distinct), (3000, 3000), "nothing missed, nothing twice");
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe._sync_state WHERE key NOT LIKE '%:finished'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(left, 0, "every window finished");
    // The same page (same query) fetched more than once: only what the killed worker had in
    // flight (one page per window it held, at most its concurrency).
    let mut seen = std::collections::HashMap::new();
    for r in fake.requests().iter().filter(|r| r.path == path && r.status == 200) {
        *seen.entry(r.query.clone()).or_insert(0) += 1;
    }
    let repeated: usize = seen.values().map(|n| n - 1).sum();
    assert!(
        repeated <= 3,
        "{repeated} pages fetched again: {:?}",
        seen.iter().filter(|(_, n)| **n > 1).collect::<Vec<_>>()
    );
    let windows = windows_used(&fake.requests(), path);
    assert!(windows >= 3, "the list was shared over {windows} windows");
}
