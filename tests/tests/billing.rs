//! The app layer on real Postgres, fed real fixtures (2024-04-10 and Basil) made into signed
//! events through the webhook path: links, subscription status, entitlements, and credits that
//! survive duplicates, replays, refunds in either order, and concurrent use.

use serde_json::{json, Value};
use stripe_schema_tests::pg::TestDb;
use stripe_schema_tests::webhooks::{config, event, now, signed};
use stripe_schema_tests::{fixtures_path, load_fixtures};
use stripe_sync::billing::hooks::{EventHook, HookEvent, HookFuture, HookRunner};
use stripe_sync::billing::schema::AppOptions;
use stripe_sync::billing::{Billing, BillingError};
use stripe_sync::metrics::Metrics;
use stripe_sync::webhook::Webhooks;

const VERSIONS: [&str; 2] = ["2024-04-10", "2025-03-31.basil"];

struct App {
    db: TestDb,
    hooks: Webhooks,
    billing: Billing,
}

impl App {
    async fn new() -> App {
        let db = TestDb::migrated().await;
        let opts = AppOptions { reader_role: db.role("reader"), ..AppOptions::default() };
        stripe_sync::billing::schema::migrate(&db.url, &opts).await.unwrap();
        let hooks = Webhooks::new(db.pool.clone(), config(), Metrics::new());
        let billing = Billing::new(db.pool.clone(), "stripe_app");
        App { db, hooks, billing }
    }

    /// Delivers an event (applied when this returns: the tests' webhooks answer once applied).
    async fn deliver(&self, ev: &Value) {
        let (body, sig) = signed(ev);
        self.hooks.process_event(&body, Some(&sig)).await.unwrap();
    }

    async fn sql(&self, statement: &str) {
        sqlx::query(statement).execute(&self.db.pool).await.unwrap();
    }
}

/// The fixture object `name` of an API version, with `changes` merged over it.
fn fixture(version: &str, name: &str, changes: Value) -> Value {
    let mut o = load_fixtures(&fixtures_path(version))
        .into_iter()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("{version} has no {name} fixture"))
        .1;
    for (k, v) in changes.as_object().unwrap() {
        o[k] = v.clone();
    }
    o
}

fn in_version(mut ev: Value, version: &str) -> Value {
    ev["api_version"] = json!(version);
    ev
}

/// A paid Checkout Session in payment mode for `user`, paying `amount` through `payment`.
fn paid_session(version: &str, id: &str, user: &str, customer: Option<&str>, payment: &str, amount: i64) -> Value {
    fixture(
        version,
        "checkout.session",
        json!({"id": id, "mode": "payment", "status": "complete", "payment_status": "paid",
               "client_reference_id": user, "customer": customer, "payment_intent": payment,
               "amount_total": amount}),
    )
}

fn charge(version: &str, id: &str, payment: &str, amount: i64, refunded: i64) -> Value {
    fixture(
        version,
        "charge",
        json!({"id": id, "payment_intent": payment, "amount": amount, "amount_refunded": refunded,
               "refunded": refunded == amount, "customer": null}),
    )
}

async fn credits_for_price(app: &App, price: &str, key: &str, credits: i64, on: &str) {
    app.sql(&format!("INSERT INTO stripe_app.credit_rules VALUES ('{price}', '{key}', {credits}, '{on}')")).await;
}

/// Two units of `price_tokens` (50 tokens each) in session `session`.
async fn line_items(app: &App, session: &str) {
    let items = json!({"object": "list", "data": [
        {"id": format!("li_{session}"), "object": "item", "price": {"id": "price_tokens", "object": "price"}, "quantity": 2}
    ]});
    app.billing.record_checkout_line_items(session, &items).await.unwrap();
}

#[tokio::test]
async fn a_purchase_grants_once_under_duplicate_deliveries_and_a_replay() {
    let app = App::new().await;
    credits_for_price(&app, "price_tokens", "tokens", 50, "purchase").await;
    let t = now();
    for (i, version) in VERSIONS.iter().enumerate() {
        let user = format!("user_{i}");
        let session =
            paid_session(version, &format!("cs_{i}"), &user, Some(&format!("cus_{i}")), &format!("pi_{i}"), 2000);
        let ev = in_version(event(&format!("evt_cs_{i}"), "checkout.session.completed", t, &session, None), version);
        app.deliver(&ev).await;
        line_items(&app, &format!("cs_{i}")).await;
        for _ in 0..5 {
            app.deliver(&ev).await;
        }
        line_items(&app, &format!("cs_{i}")).await;
        let summary = stripe_sync::replay::replay(
            &app.db.pool,
            "stripe",
            &stripe_sync::replay::Selection::Id(format!("evt_cs_{i}")),
            &Metrics::new(),
        )
        .await
        .unwrap();
        assert_eq!(summary.applied, 1, "{version}: the replay applied the event again");
        assert_eq!(app.billing.balance(&user, "tokens").await.unwrap(), 100, "{version}: granted once");
        let history = app.billing.history(&user, "tokens").await.unwrap();
        assert_eq!(history.len(), 1, "{version}: {history:?}");
        assert_eq!((history[0].kind.as_str(), history[0].delta), ("grant", 100));
        assert_eq!(history[0].event_id.as_deref(), Some(format!("evt_cs_{i}").as_str()));
    }
    // The session named the user: its customer is linked to them.
    assert_eq!(
        app.db.scalar("SELECT count(*) FROM stripe_app.customer_links WHERE source = 'client_reference_id'").await,
        2
    );
}

#[tokio::test]
async fn refunds_take_back_their_share_in_either_order() {
    let app = App::new().await;
    credits_for_price(&app, "price_tokens", "tokens", 50, "purchase").await;
    let t = now();
    for version in VERSIONS {
        let v = &version[..4];
        // Purchase, then a partial refund (a quarter), then the rest: 100 → 75 → 0.
        let user = format!("first_{v}");
        let (cs, pi, ch) = (format!("cs_a{v}"), format!("pi_a{v}"), format!("ch_a{v}"));
        app.deliver(&event(
            &format!("evt_a1{v}"),
            "checkout.session.completed",
            t,
            &paid_session(version, &cs, &user, None, &pi, 1000),
            None,
        ))
        .await;
        line_items(&app, &cs).await;
        assert_eq!(app.billing.balance(&user, "tokens").await.unwrap(), 100);
        let partial =
            event(&format!("evt_a2{v}"), "charge.refunded", t + 1, &charge(version, &ch, &pi, 1000, 250), None);
        app.deliver(&partial).await;
        app.deliver(&partial).await;
        assert_eq!(
            app.billing.balance(&user, "tokens").await.unwrap(),
            75,
            "{version}: a quarter refunded, a quarter taken back once"
        );
        app.deliver(&event(
            &format!("evt_a3{v}"),
            "charge.refunded",
            t + 2,
            &charge(version, &ch, &pi, 1000, 1000),
            None,
        ))
        .await;
        assert_eq!(app.billing.balance(&user, "tokens").await.unwrap(), 0, "{version}: refunded whole");

        // The refund first (a refund object, partial), the purchase after: the same balance.
        let user = format!("second_{v}");
        let (cs, pi) = (format!("cs_b{v}"), format!("pi_b{v}"));
        let refund = fixture(
            version,
            "refund",
            json!({"id": format!("re_b{v}"), "payment_intent": pi, "amount": 250, "status": "succeeded", "charge": null}),
        );
        app.deliver(&event(&format!("evt_b1{v}"), "refund.created", t, &refund, None)).await;
        app.deliver(&event(
            &format!("evt_b2{v}"),
            "checkout.session.completed",
            t + 1,
            &paid_session(version, &cs, &user, None, &pi, 1000),
            None,
        ))
        .await;
        assert_eq!(
            app.billing.balance(&user, "tokens").await.unwrap(),
            0,
            "{version}: nothing granted before the line items are known"
        );
        line_items(&app, &cs).await;
        assert_eq!(
            app.billing.balance(&user, "tokens").await.unwrap(),
            75,
            "{version}: refund before purchase converges"
        );
        let kinds: Vec<String> =
            app.billing.history(&user, "tokens").await.unwrap().into_iter().map(|e| e.kind).collect();
        assert_eq!(kinds, ["grant", "take_back"]);

        // A full refund first (the charge says so), the purchase after: nothing left.
        let user = format!("third_{v}");
        let (cs, pi) = (format!("cs_c{v}"), format!("pi_c{v}"));
        app.deliver(&event(
            &format!("evt_c1{v}"),
            "charge.refunded",
            t,
            &charge(version, &format!("ch_c{v}"), &pi, 1000, 1000),
            None,
        ))
        .await;
        app.deliver(&event(
            &format!("evt_c2{v}"),
            "checkout.session.completed",
            t + 1,
            &paid_session(version, &cs, &user, None, &pi, 1000),
            None,
        ))
        .await;
        line_items(&app, &cs).await;
        assert_eq!(
            app.billing.balance(&user, "tokens").await.unwrap(),
            0,
            "{version}: full refund before purchase converges"
        );
    }
}

#[tokio::test]
async fn concurrent_consumes_never_overdraw_and_a_key_consumes_once() {
    let app = App::new().await;
    credits_for_price(&app, "price_tokens", "tokens", 50, "purchase").await;
    app.deliver(&event(
        "evt_c",
        "checkout.session.completed",
        now(),
        &paid_session("2024-04-10", "cs_c", "u", None, "pi_c", 500),
        None,
    ))
    .await;
    line_items(&app, "cs_c").await;
    assert_eq!(app.billing.balance("u", "tokens").await.unwrap(), 100);

    let mut tasks = Vec::new();
    for i in 0..32 {
        let billing = app.billing.clone();
        tasks.push(tokio::spawn(async move { billing.consume("u", "tokens", 7, &format!("job-{i}")).await }));
    }
    let mut succeeded = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(after) => {
                assert!(after >= 0);
                succeeded += 1;
            }
            Err(BillingError::InsufficientCredits { balance, requested, .. }) => {
                assert!(balance < requested, "refused with {balance} left for {requested}");
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(succeeded, 100 / 7, "as many uses as the balance allows, no more");
    assert_eq!(app.billing.balance("u", "tokens").await.unwrap(), 100 - 7 * succeeded);

    let before = app.billing.balance("u", "tokens").await.unwrap();
    assert_eq!(app.billing.consume("u", "tokens", 1, "retried").await.unwrap(), before - 1);
    assert_eq!(
        app.billing.consume("u", "tokens", 1, "retried").await.unwrap(),
        before - 1,
        "the same key twice uses once"
    );
    let err = app.billing.consume("u", "tokens", 1000, "too-much").await.unwrap_err();
    assert_eq!(err.to_string(), format!("user `u` has {} `tokens` credit(s); 1000 requested", before - 1));
    assert!(matches!(app.billing.consume("u", "tokens", 0, "zero").await, Err(BillingError::Invalid(_))));

    // Metered usage goes to the same ledger, once per key, and leaves the balance alone.
    let balance = app.billing.balance("u", "tokens").await.unwrap();
    assert!(app.billing.record_usage("u", "tokens", 12, "usage-1").await.unwrap());
    assert!(!app.billing.record_usage("u", "tokens", 12, "usage-1").await.unwrap());
    assert_eq!(app.billing.balance("u", "tokens").await.unwrap(), balance);
    let usage: Vec<_> =
        app.billing.history("u", "tokens").await.unwrap().into_iter().filter(|e| e.kind == "usage").collect();
    assert_eq!((usage.len(), usage[0].quantity, usage[0].delta), (1, Some(12), 0));
}

#[tokio::test]
async fn a_customer_belongs_to_one_user() {
    let app = App::new().await;
    app.billing.link_customer("alice", "cus_1", None).await.unwrap();
    app.billing.link_customer("alice", "cus_1", None).await.unwrap();
    match app.billing.link_customer("bob", "cus_1", None).await {
        Err(BillingError::LinkConflict { linked_user, .. }) => assert_eq!(linked_user, "alice"),
        other => panic!("a conflicting link must be refused, got {other:?}"),
    }
    // An event naming another user: the event applies, the link stays, the conflict is recorded.
    let customer = fixture("2024-04-10", "customer", json!({"id": "cus_1", "metadata": {"user_id": "mallory"}}));
    app.deliver(&event("evt_l1", "customer.updated", now(), &customer, None)).await;
    assert_eq!(app.db.scalar("SELECT count(*) FROM stripe.customers WHERE id = 'cus_1'").await, 1);
    assert_eq!(
        app.db
            .scalar("SELECT count(*) FROM stripe_app.customer_links WHERE customer_id = 'cus_1' AND user_id = 'alice'")
            .await,
        1
    );
    assert_eq!(
        app.db.scalar(
            "SELECT count(*) FROM stripe_app.link_conflicts WHERE claimed_user = 'mallory' AND linked_user = 'alice'"
        )
        .await,
        1
    );
    let metrics = stripe_sync::billing::metrics_text(&app.db.pool, "stripe_app").await;
    assert!(metrics.contains("\nstripe_sync_app_link_conflicts 1\n"), "{metrics}");
    // One user, several customers (live and test mode, say).
    app.billing.link_customer("alice", "cus_2", None).await.unwrap();
    assert_eq!(app.db.scalar("SELECT count(*) FROM stripe_app.customer_links WHERE user_id = 'alice'").await, 2);
}

fn subscription(version: &str, id: &str, customer: &str, status: &str, period_start: i64) -> Value {
    let mut s = fixture(version, "subscription", json!({"id": id, "customer": customer, "status": status}));
    let period_end = period_start + 30 * 86_400;
    let item = &mut s["items"]["data"][0];
    item["price"]["id"] = json!("price_pro");
    item["price"]["product"] = json!("prod_pro");
    item["quantity"] = json!(3);
    if version.ends_with("basil") {
        item["current_period_start"] = json!(period_start);
        item["current_period_end"] = json!(period_end);
    } else {
        s["current_period_start"] = json!(period_start);
        s["current_period_end"] = json!(period_end);
    }
    s
}

#[tokio::test]
async fn status_follows_the_subscription_through_its_life_under_both_versions() {
    let app = App::new().await;
    let t = now();
    for version in VERSIONS {
        let v = &version[..4];
        let (user, cus, sub) = (format!("u{v}"), format!("cus_s{v}"), format!("sub_{v}"));
        app.billing.link_customer(&user, &cus, None).await.unwrap();
        assert!(!app.billing.has_active_subscription(&user).await.unwrap());
        let mut n = 0;
        let mut send = |ty: &'static str, object: Value| {
            n += 1;
            in_version(event(&format!("evt_{v}_{n}"), ty, t + n, &object, None), version)
        };
        let start = t - 86_400;
        app.deliver(&send("customer.subscription.created", subscription(version, &sub, &cus, "active", start))).await;
        assert!(app.billing.has_active_subscription(&user).await.unwrap(), "{version}: active");
        let rows = app.billing.subscription_status(&user).await.unwrap();
        assert_eq!(rows.len(), 1, "{version}: {rows:?}");
        assert_eq!(rows[0].price_id.as_deref(), Some("price_pro"));
        assert_eq!(rows[0].product_id.as_deref(), Some("prod_pro"));
        assert_eq!(rows[0].quantity, Some(3));
        assert_eq!(
            rows[0].current_period_end.map(|d| d.timestamp()),
            Some(start + 30 * 86_400),
            "{version}: the period where the version puts it"
        );

        app.deliver(&send("customer.subscription.updated", subscription(version, &sub, &cus, "past_due", start))).await;
        assert!(app.billing.has_active_subscription(&user).await.unwrap(), "{version}: past_due within the grace");
        app.deliver(&send(
            "customer.subscription.updated",
            subscription(version, &sub, &cus, "past_due", t - 10 * 86_400),
        ))
        .await;
        assert!(!app.billing.has_active_subscription(&user).await.unwrap(), "{version}: past_due beyond the grace");
        let mut upgraded = subscription(version, &sub, &cus, "active", t);
        upgraded["items"]["data"][0]["price"]["id"] = json!("price_pro_plus");
        app.deliver(&send("customer.subscription.updated", upgraded)).await;
        assert!(app.billing.has_active_subscription(&user).await.unwrap(), "{version}: paid again");
        let rows = app.billing.subscription_status(&user).await.unwrap();
        assert_eq!(rows[0].price_id.as_deref(), Some("price_pro_plus"), "{version}: the upgrade shows");
        app.deliver(&send("customer.subscription.deleted", subscription(version, &sub, &cus, "canceled", t))).await;
        assert!(!app.billing.has_active_subscription(&user).await.unwrap(), "{version}: canceled");
        assert!(
            app.billing.subscription_status(&user).await.unwrap().is_empty(),
            "{version}: a deleted subscription is gone"
        );
        let other = format!("sub2_{v}");
        app.deliver(&send("customer.subscription.created", subscription(version, &other, &cus, "trialing", t))).await;
        assert!(app.billing.has_active_subscription(&user).await.unwrap(), "{version}: trialing counts");
        let customer = fixture(version, "customer", json!({"id": cus, "metadata": {}}));
        app.deliver(&send("customer.deleted", customer)).await;
        assert!(
            !app.billing.has_active_subscription(&user).await.unwrap(),
            "{version}: a deleted customer's subscriptions never count"
        );
    }
}

fn summary(customer: &str, keys: &[&str]) -> Value {
    let data: Vec<Value> = keys
        .iter()
        .map(|k| json!({"id": format!("ent_{k}"), "object": "entitlements.active_entitlement", "feature": format!("feat_{k}"), "livemode": false, "lookup_key": k}))
        .collect();
    fixture(
        "2025-03-31.basil",
        "entitlements.active_entitlement_summary",
        json!({"customer": customer, "entitlements": {"object": "list", "data": data, "has_more": false, "url": "/v1/entitlements/active_entitlements"}}),
    )
}

#[tokio::test]
async fn entitlements_follow_the_newest_summary_and_end_with_the_customer() {
    let app = App::new().await;
    let t = now();
    app.billing.link_customer("erin", "cus_e", None).await.unwrap();
    let ty = "entitlements.active_entitlement_summary.updated";
    app.deliver(&event("evt_e1", ty, t, &summary("cus_e", &["seats", "sso"]), None)).await;
    assert!(app.billing.has_entitlement("erin", "sso").await.unwrap());
    app.deliver(&event("evt_e0", ty, t - 10, &summary("cus_e", &["audit_log"]), None)).await;
    assert!(
        app.billing.has_entitlement("erin", "sso").await.unwrap(),
        "an older summary arriving late changes nothing"
    );
    assert!(!app.billing.has_entitlement("erin", "audit_log").await.unwrap());
    app.deliver(&event("evt_e2", ty, t + 10, &summary("cus_e", &["seats"]), None)).await;
    assert!(!app.billing.has_entitlement("erin", "sso").await.unwrap(), "the newest summary is the whole set");
    assert!(app.billing.has_entitlement("erin", "seats").await.unwrap());
    let customer = fixture("2024-04-10", "customer", json!({"id": "cus_e", "metadata": {}}));
    app.deliver(&event("evt_e3", "customer.deleted", t + 20, &customer, None)).await;
    assert!(
        !app.billing.has_entitlement("erin", "seats").await.unwrap(),
        "a deleted customer's entitlements never count"
    );
}

#[tokio::test]
async fn an_invoice_paid_before_its_customer_is_linked_is_granted_once_linked() {
    let app = App::new().await;
    credits_for_price(&app, "price_monthly", "tokens", 40, "invoice").await;
    let t = now();
    for version in VERSIONS {
        let v = &version[..4];
        let (user, cus) = (format!("iu{v}"), format!("cus_i{v}"));
        let mut invoice = fixture(
            version,
            "invoice",
            json!({"id": format!("in_{v}"), "customer": cus, "status": "paid", "amount_paid": 900}),
        );
        let line = &mut invoice["lines"]["data"][0];
        line["id"] = json!(format!("il_{v}"));
        line["quantity"] = json!(2);
        if version.ends_with("basil") {
            line["pricing"] = json!({"type": "price_details", "price_details": {"price": "price_monthly", "product": "prod_m"}, "unit_amount_decimal": "450"});
        } else {
            line["price"]["id"] = json!("price_monthly");
        }
        let paid = in_version(event(&format!("evt_i1{v}"), "invoice.paid", t, &invoice, None), version);
        app.deliver(&paid).await;
        app.deliver(&paid).await;
        assert_eq!(
            app.db
                .scalar(&format!(
                    "SELECT count(*) FROM stripe_app.credit_grants WHERE customer_id = '{cus}' AND user_id IS NULL"
                ))
                .await,
            1
        );
        // The subscription's Checkout Session completes after its first invoice is paid.
        let session = fixture(
            version,
            "checkout.session",
            json!({"id": format!("cs_i{v}"), "mode": "subscription", "status": "complete", "payment_status": "paid", "client_reference_id": user, "customer": cus}),
        );
        app.deliver(&in_version(
            event(&format!("evt_i2{v}"), "checkout.session.completed", t + 1, &session, None),
            version,
        ))
        .await;
        assert_eq!(app.billing.balance(&user, "tokens").await.unwrap(), 80, "{version}: 2 × 40, once");
    }
}

/// The app's fulfilment: a row per handled session, written through the hook's transaction;
/// fails once (after writing) when told to, to show its writes go with the failure.
struct Fulfil {
    fail_once: std::sync::atomic::AtomicBool,
}

impl EventHook for Fulfil {
    fn name(&self) -> &str {
        "fulfil"
    }
    fn event_types(&self) -> Vec<String> {
        vec!["checkout.session.completed".into()]
    }
    fn handle<'a>(&'a self, tx: &'a mut sqlx::PgConnection, event: &'a HookEvent) -> HookFuture<'a> {
        Box::pin(async move {
            let session = event.typed().map_err(|e| e.to_string())?;
            let id = match &session.data.object {
                stripe_model::AnyObject::CheckoutSession(s) => s.id.clone(),
                other => return Err(format!("not a session: {other:?}")),
            };
            sqlx::query("INSERT INTO fulfilled (event_id, session) VALUES ($1, $2)")
                .bind(&event.id)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(|e| e.to_string())?;
            if self.fail_once.swap(false, std::sync::atomic::Ordering::SeqCst) {
                return Err("the warehouse is closed".into());
            }
            Ok(())
        })
    }
}

#[tokio::test]
async fn a_hook_handles_each_event_once_with_its_own_writes() {
    let app = App::new().await;
    app.sql("CREATE TABLE fulfilled (event_id text, session text)").await;
    let hook = Fulfil { fail_once: std::sync::atomic::AtomicBool::new(true) };
    let mut runner = HookRunner::register(app.db.pool.clone(), "stripe_app", "stripe", hook).await.unwrap();
    runner.retry_after = std::time::Duration::ZERO;
    let mut listener = sqlx::postgres::PgListener::connect_with(&app.db.pool).await.unwrap();
    listener.listen("stripe_app_hooks").await.unwrap();

    let t = now();
    let session = paid_session("2024-04-10", "cs_h", "hu", None, "pi_h", 100);
    let ev = event("evt_h", "checkout.session.completed", t, &session, None);
    for _ in 0..3 {
        app.deliver(&ev).await;
    }
    let other = fixture("2024-04-10", "customer", json!({"id": "cus_h"}));
    app.deliver(&event("evt_h_other", "customer.updated", t, &other, None)).await;
    let note = tokio::time::timeout(std::time::Duration::from_secs(5), listener.recv()).await.unwrap().unwrap();
    assert_eq!(note.payload(), "evt_h", "NOTIFY after commit, for the subscribed type only");
    assert_eq!(app.db.scalar("SELECT count(*) FROM stripe_app.hook_outbox").await, 1);
    let metrics = stripe_sync::billing::metrics_text(&app.db.pool, "stripe_app").await;
    assert!(metrics.contains("stripe_sync_app_hook_backlog{hook=\"fulfil\"} 1\n"), "{metrics}");

    assert_eq!(runner.run_once().await.unwrap(), 0, "the first try fails");
    assert_eq!(app.db.scalar("SELECT count(*) FROM fulfilled").await, 0, "a failed hook's writes are rolled back");
    let error: String =
        sqlx::query_scalar("SELECT last_error FROM stripe_app.hook_outbox").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(error, "the warehouse is closed");
    assert_eq!(runner.run_once().await.unwrap(), 1, "tried again");
    assert_eq!(runner.run_once().await.unwrap(), 0);

    // A replay, and more deliveries: nothing is handled twice.
    stripe_sync::replay::replay(
        &app.db.pool,
        "stripe",
        &stripe_sync::replay::Selection::Id("evt_h".into()),
        &Metrics::new(),
    )
    .await
    .unwrap();
    app.deliver(&ev).await;
    assert_eq!(runner.run_once().await.unwrap(), 0);
    assert_eq!(app.db.scalar("SELECT count(*) FROM fulfilled WHERE session = 'cs_h'").await, 1);

    // Two runners (two processes, say) over many events: each handled once.
    for i in 0..40 {
        let s = paid_session("2024-04-10", &format!("cs_m{i}"), "hu", None, &format!("pi_m{i}"), 100);
        app.deliver(&event(&format!("evt_m{i}"), "checkout.session.completed", t + i, &s, None)).await;
    }
    let second = HookRunner::register(app.db.pool.clone(), "stripe_app", "stripe", Fulfil { fail_once: false.into() })
        .await
        .unwrap();
    let (a, b) = tokio::join!(runner.run_once(), second.run_once());
    assert_eq!(a.unwrap() + b.unwrap(), 40);
    assert_eq!(app.db.scalar("SELECT count(DISTINCT event_id) FROM fulfilled").await, 41);
    assert_eq!(app.db.scalar("SELECT count(*) FROM fulfilled").await, 41);
}

#[tokio::test]
async fn serve_with_an_api_key_reads_a_paid_sessions_line_items_and_grants() {
    use stripe_schema_tests::fake_stripe::{FakeStripe, API_KEY};
    use stripe_sync::api::ApiClient;
    let app = App::new().await;
    credits_for_price(&app, "price_tokens", "tokens", 50, "purchase").await;
    let fake = FakeStripe::start(&[]).await;
    let mut item = fixture("2024-04-10", "item", json!({"id": "li_api", "quantity": 3}));
    item["price"]["id"] = json!("price_tokens");
    fake.add_list("/v1/checkout/sessions/cs_api/line_items", vec![item]);
    let mut with_api = config();
    with_api.api = Some(ApiClient::new(&fake.base, API_KEY, stripe_model::API_VERSION, None, 1000));
    let hooks = Webhooks::new(app.db.pool.clone(), with_api, Metrics::new());

    let session = paid_session("2024-04-10", "cs_api", "ann", None, "pi_api", 3000);
    let (body, sig) = signed(&event("evt_api", "checkout.session.completed", now(), &session, None));
    hooks.process_event(&body, Some(&sig)).await.unwrap();
    let started = std::time::Instant::now();
    while app.billing.balance("ann", "tokens").await.unwrap() != 150 {
        assert!(started.elapsed() < std::time::Duration::from_secs(15), "the line items were never read");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    hooks.process_event(&body, Some(&sig)).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.billing.balance("ann", "tokens").await.unwrap(), 150, "3 × 50, once");
    let reads = fake.requests().iter().filter(|r| r.path == "/v1/checkout/sessions/cs_api/line_items").count();
    assert_eq!(reads, 1, "a session's line items are read once");
}
