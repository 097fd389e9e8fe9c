//! `stripe-sync backfill` with no object list, against a fake as strict as Stripe that serves
//! every list of the plan: every request valid, every table filled, nothing wrongly
//! tombstoned, unavailable products skipped by name.

use stripe_schema_tests::every_list::{self, Account};
use stripe_schema_tests::fake_stripe::{FakeStripe, Knobs, API_KEY};
use stripe_schema_tests::pg::TestDb;
use stripe_sync::api::ApiClient;
use stripe_sync::backfill::{backfill, BackfillOptions, Outcome};
use stripe_sync::verify::verify;

fn client(fake: &FakeStripe) -> ApiClient {
    ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 10_000)
}

fn opts(since: Option<i64>) -> BackfillOptions {
    BackfillOptions { schema: "stripe".into(), objects: None, since, concurrency: 6, progress: false }
}

/// Every table holds exactly the ids the account has (not deleted).
async fn assert_filled(db: &TestDb, account: &Account) {
    for (table, ids) in &account.expected {
        let rows: Vec<String> =
            sqlx::query_scalar(&format!("SELECT id FROM stripe.\"{table}\" WHERE NOT _deleted ORDER BY id"))
                .fetch_all(&db.pool)
                .await
                .unwrap();
        let missing: Vec<&String> = ids.iter().filter(|id| !rows.contains(id)).collect();
        assert!(missing.is_empty(), "{table}: {} of {} missing, e.g. {:?}", missing.len(), ids.len(), missing.first());
    }
}

#[tokio::test]
async fn a_backfill_of_everything_fills_every_listed_table_with_only_valid_requests() {
    let db = TestDb::migrated().await;
    let (fake, account) = every_list::start(3).await;
    let summary = backfill(&db.pool, &client(&fake), &opts(None)).await.unwrap();
    let refused: Vec<_> = fake.requests().into_iter().filter(|r| r.status != 200).collect();
    assert!(refused.is_empty(), "requests Stripe would refuse: {refused:?}");
    assert!(
        summary.lists.iter().all(|r| r.outcome == Outcome::Done),
        "{:?}",
        summary.lists.iter().filter(|r| r.outcome != Outcome::Done).collect::<Vec<_>>()
    );
    // Ninety-odd tables, walks and embedded lists included.
    assert!(account.expected.len() >= 90, "{} tables", account.expected.len());
    assert_filled(&db, &account).await;
    for walked in [
        "tax_ids",
        "setup_attempts",
        "persons",
        "items",
        "customer_balance_transactions",
        "treasury_transactions",
        "financial_connections_transactions",
    ] {
        assert!(account.expected.contains_key(walked), "{walked} is filled by a walk");
    }
    // The canceled subscription and the test clock's customers, hidden by default, landed.
    let canceled: String = sqlx::query_scalar("SELECT status FROM stripe.subscriptions WHERE id = $1")
        .bind(&account.canceled_subscription)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(canceled, "canceled");
    // The invoice with 12 lines (10 embedded, `has_more`) has all 12.
    let lines: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.line_items WHERE invoice = $1")
        .bind(&account.long_invoice)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(lines, 12);
    let raw_lines: i64 = sqlx::query_scalar(
        "SELECT jsonb_array_length(_raw -> 'lines' -> 'data')::bigint FROM stripe.invoices WHERE id = $1",
    )
    .bind(&account.long_invoice)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(raw_lines, 12);
    // Nothing left to resume.
    let cursors: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe._sync_state WHERE key NOT LIKE '%:finished'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(cursors, 0);

    // verify agrees, through the same requests, and tombstones nothing: the canceled
    // subscription is listed with `status=all`.
    let before = fake.requests().len();
    let report = verify(&db.pool, &client(&fake), "stripe", None, 10_000, true).await.unwrap();
    assert!(report.drift.is_empty(), "{:?}", report.drift.iter().map(|d| d.to_string()).collect::<Vec<_>>());
    assert!(fake.requests()[before..].iter().all(|r| r.status == 200), "verify sent only valid requests");
    let deleted: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.subscriptions WHERE _deleted")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(deleted, 0);
}

#[tokio::test]
async fn since_applies_where_a_list_takes_created_and_the_rest_is_paged_whole() {
    let db = TestDb::migrated().await;
    let (fake, account) = every_list::start(2).await;
    let since =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 - 2 * 86_400;
    let summary = backfill(&db.pool, &client(&fake), &opts(Some(since))).await.unwrap();
    assert!(fake.requests().iter().all(|r| r.status == 200), "no request refused");
    assert_filled(&db, &account).await;
    let whole: Vec<&str> = summary.lists.iter().filter(|r| r.since_ignored).map(|r| r.source.as_str()).collect();
    assert!(whole.contains(&"/v1/payment_methods") && whole.contains(&"/v1/customers/{customer}/tax_ids"), "{whole:?}");
    assert!(!whole.contains(&"/v1/customers"), "customers take `created`");
    // `created` was sent only to lists that take it.
    assert!(fake.requests().iter().any(|r| r.path == "/v1/customers" && r.query.contains("created")));
}

#[tokio::test]
async fn a_restricted_key_and_a_product_not_enabled_are_skipped_by_name() {
    let db = TestDb::migrated().await;
    let (fake, account) = every_list::start(2).await;
    fake.set_knobs(Knobs {
        forbidden: vec!["/v1/issuing".into()],
        not_enabled: vec!["/v1/treasury".into()],
        ..Default::default()
    });
    let summary = backfill(&db.pool, &client(&fake), &opts(None)).await.unwrap();
    let skipped: Vec<(&str, &Outcome)> = summary.skipped().map(|r| (r.table, &r.outcome)).collect();
    assert!(
        skipped
            .iter()
            .any(|(t, o)| *t == "issuing_cards" && o.to_string().contains("does not have the required permissions")),
        "{skipped:?}"
    );
    assert!(
        skipped
            .iter()
            .any(|(t, o)| *t == "treasury_financial_accounts" && o.to_string().contains("not set up to use treasury")),
        "{skipped:?}"
    );
    assert!(summary
        .lists
        .iter()
        .filter(|r| !r.table.starts_with("issuing") && !r.table.starts_with("treasury"))
        .all(|r| r.outcome == Outcome::Done));
    let customers: i64 = sqlx::query_scalar("SELECT count(*) FROM stripe.customers").fetch_one(&db.pool).await.unwrap();
    assert_eq!(customers as usize, account.expected["customers"].len(), "the other lists finished");
}

#[tokio::test]
async fn another_failure_is_reported_and_the_run_finishes_the_other_lists() {
    let db = TestDb::migrated().await;
    let (fake, account) = every_list::start(2).await;
    // A damaged cursor fails its list only.
    sqlx::query("INSERT INTO stripe._sync_state (key, value) VALUES ('backfill:platform:coupon:0', '\"garbage\"')")
        .execute(&db.pool)
        .await
        .unwrap();
    let err = backfill(&db.pool, &client(&fake), &opts(None)).await.unwrap_err();
    let stripe_sync::backfill::BackfillError::Incomplete(summary) = &err else { panic!("{err}") };
    assert_eq!(summary.failed().map(|r| r.table).collect::<Vec<_>>(), ["coupons"]);
    assert!(err.to_string().contains("coupons") && err.to_string().contains("delete that row"), "{err}");
    assert_filled_except(&db, &account, "coupons").await;
}

async fn assert_filled_except(db: &TestDb, account: &Account, except: &str) {
    for (table, ids) in account.expected.iter().filter(|(t, _)| **t != except) {
        let n: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM stripe.\"{table}\" WHERE id = ANY($1)"))
            .bind(ids.iter().cloned().collect::<Vec<_>>())
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(n as usize, ids.len(), "{table}");
    }
}
