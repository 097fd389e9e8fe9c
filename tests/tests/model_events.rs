//! Typed events, as an app handling webhooks uses them: `webhook::construct_event` verifies a
//! delivery and returns an `Event` whose `type_` is an `EventType` and whose `data.object` is
//! the right `AnyObject` variant, round-tripping exactly; what these types do not know (an
//! event type or object type Stripe adds later) round-trips unchanged; a payload of another
//! API version these types cannot read is an error naming the type, the field and both versions.

use serde_json::{json, Value};
use stripe_model::webhook::{construct_event, construct_event_at, header, Secrets, SignatureError, WebhookError};
use stripe_model::{AnyObject, Customer, EventType, ToJson};
use stripe_schema_tests::{first_difference, fixtures_path, load_api, load_fixtures};

const SECRET: &str = "whsec_model_events";
const NOW: i64 = 1_750_000_000;

fn event(event_type: &str, object: &Value, api_version: &str) -> Value {
    json!({
        "id": "evt_1Typed", "object": "event", "api_version": api_version, "created": NOW - 5,
        "data": {"object": object}, "livemode": false, "pending_webhooks": 1,
        "request": {"id": null, "idempotency_key": null}, "type": event_type,
    })
}

fn deliver(ev: &Value) -> Result<stripe_model::Event, WebhookError> {
    let body = serde_json::to_vec(ev).unwrap();
    construct_event_at(&body, Some(&header(SECRET, NOW, &body)), &Secrets::from_list(SECRET), NOW, 300)
}

/// The object an event type carries, as Stripe names them: `invoice.paid` an `invoice`,
/// `customer.subscription.updated` a `subscription`, `checkout.session.completed` a
/// `checkout.session`. `None` where the fixtures hold no object of that name.
fn object_of<'a>(event_type: &str, fixtures: &'a [(String, Value)]) -> Option<&'a Value> {
    let (subject, _) = event_type.rsplit_once('.')?;
    let candidates = [subject, subject.rsplit_once('.').map_or(subject, |(_, last)| last)];
    candidates
        .iter()
        .find_map(|c| fixtures.iter().map(|(_, v)| v).find(|v| v["object"] == *c && v.get("deleted").is_none()))
}

/// Every event type of 2024-04-10 whose object the fixtures hold: parsed, typed, round-tripped.
#[test]
fn an_event_of_every_type_parses_into_its_typed_object_and_round_trips() {
    let api = load_api("2024-04-10.spec3.json");
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    assert!(api.event_types.len() > 200, "the spec names {} event types", api.event_types.len());
    let (mut checked, mut failures) = (0, Vec::new());
    for t in &api.event_types {
        let typed: EventType = t.parse().unwrap();
        assert!(!matches!(typed, EventType::Unknown(_)), "{t} is a variant");
        assert_eq!((typed.as_str(), typed.to_string()), (t.as_str(), t.clone()));
        let Some(object) = object_of(t, &fixtures) else { continue };
        let ev = event(t, object, "2024-04-10");
        match deliver(&ev) {
            Ok(parsed) => {
                let expected =
                    stripe_model::resource_for_object(object["object"].as_str().unwrap()).map(|r| r.rust_type);
                if parsed.type_ != typed {
                    failures.push(format!("{t}: type_ {:?}", parsed.type_));
                } else if expected.is_some() && parsed.data.object.variant_type() != expected {
                    failures.push(format!("{t}: object is {:?}, not {expected:?}", parsed.data.object.variant_type()));
                } else if let Some(diff) = first_difference(&ev, &parsed.to_json()) {
                    failures.push(format!("{t}: {diff}"));
                } else {
                    checked += 1;
                }
            }
            Err(e) => failures.push(format!("{t}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{} event types failed:\n{}", failures.len(), failures.join("\n"));
    // Today's count: a change in the fixtures or the type rule shows here.
    assert!(checked >= 207, "only {checked} event types had a fixture object (207 on 2026-12-03)");
    println!("{checked} of {} event types parsed and round-tripped", api.event_types.len());
}

/// Basil payloads against these (2024-04-10) types, as an endpoint set to Basil delivers them:
/// each either parses into its typed object and round-trips (fields Basil added are kept in
/// `extra`), or is refused with an error naming the type, the field and both versions, the
/// whole payload returned with it.
#[test]
fn basil_events_parse_or_say_which_field_and_versions_differ() {
    let api = load_api("2024-04-10.spec3.json");
    let fixtures = load_fixtures(&fixtures_path("2025-03-31.basil"));
    let (mut parsed, mut refused) = (0, 0);
    for t in &api.event_types {
        let Some(object) = object_of(t, &fixtures) else { continue };
        let ev = event(t, object, "2025-03-31.basil");
        match deliver(&ev) {
            Ok(e) => {
                assert_eq!(first_difference(&ev, &e.to_json()), None, "{t}");
                parsed += 1;
            }
            Err(WebhookError::Shape { ref error, object_type, ref event_version, types_version, ref event }) => {
                let message = deliver(&ev).unwrap_err().to_string();
                assert!(error.path().starts_with("$.data.object."), "{t}: {message}");
                assert!(object_type.is_some(), "{t}: names the type: {message}");
                assert_eq!((event_version.as_deref(), types_version), (Some("2025-03-31.basil"), "2024-04-10"));
                for needed in [object_type.unwrap(), error.path().as_str(), "2025-03-31.basil", "2024-04-10"] {
                    assert!(message.contains(needed), "{t}: `{message}` lacks {needed}");
                }
                assert_eq!(**event, ev, "the whole payload comes back");
                println!("refused {t}: {message}");
                refused += 1;
            }
            Err(e) => panic!("{t}: {e}"),
        }
    }
    // 2026-12-03: 184 parsed, 24 refused (Basil moved invoice fields these types require).
    assert!(parsed >= 184 && refused > 0, "{parsed} Basil events parsed, {refused} refused");
    println!("Basil events: {parsed} parsed, {refused} refused with the field and versions named");
    // A version that drops a field these types require (Basil's fixtures happen to drop none
    // that is non-nullable): refused, saying which.
    let mut charge = object_of("charge.succeeded", &fixtures).unwrap().clone();
    charge.as_object_mut().unwrap().remove("amount");
    let ev = event("charge.succeeded", &charge, "2025-03-31.basil");
    let Err(WebhookError::Shape { error, object_type, event, .. }) = deliver(&ev) else { panic!("refused") };
    assert_eq!((error.path().as_str(), object_type), ("$.data.object.amount", Some("Charge")));
    assert_eq!(*event, ev, "the whole payload comes back");
    let message = deliver(&ev).unwrap_err().to_string();
    for needed in ["$.data.object.amount", "missing required field", "Charge", "2025-03-31.basil", "2024-04-10"] {
        assert!(message.contains(needed), "`{message}` lacks {needed}");
    }
}

#[test]
fn an_unknown_event_type_and_object_type_round_trip_unchanged() {
    let object = json!({"id": "thing_1", "object": "brand_new_thing", "size": 3, "nested": {"a": [1, null]}});
    let ev = event("brand_new_thing.happened", &object, "2024-04-10");
    let parsed = deliver(&ev).unwrap();
    assert_eq!(parsed.type_, EventType::Unknown("brand_new_thing.happened".into()));
    assert!(matches!(parsed.data.object, AnyObject::Unknown(_)));
    assert_eq!(parsed.to_json(), ev);
}

#[test]
fn object_as_reads_the_object_as_the_type_the_caller_names() {
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    let customer = object_of("customer.updated", &fixtures).unwrap();
    let parsed = deliver(&event("customer.updated", customer, "2024-04-10")).unwrap();
    let c: Customer = parsed.object_as().unwrap();
    assert_eq!(c.id, customer["id"].as_str().unwrap());
    // The `object` tag is the type's identity, checked, not a field to fill.
    let not_invoice = parsed.object_as::<stripe_model::Invoice>().unwrap_err();
    assert_eq!(not_invoice.path(), "$.object");
    assert!(not_invoice.message().contains("expected `invoice` (Invoice)"), "{not_invoice}");
    assert_eq!(c.to_json()["object"], "customer", "written back");
}

#[test]
fn a_bad_signature_is_refused_before_the_body_is_read() {
    let ev = serde_json::to_vec(&event("customer.created", &json!({}), "2024-04-10")).unwrap();
    let wrong = header("whsec_other", NOW, &ev);
    let refused = construct_event(&ev, Some(&wrong), &Secrets::from_list(SECRET)).unwrap_err();
    assert!(matches!(
        refused,
        WebhookError::Signature(SignatureError::NoMatch | SignatureError::OutsideTolerance { .. })
    ));
    let not_json =
        construct_event_at(b"nope", Some(&header(SECRET, NOW, b"nope")), &Secrets::from_list(SECRET), NOW, 300);
    assert!(matches!(not_json, Err(WebhookError::NotJson(_))));
}

/// The README's handler, compiled and run.
fn handle(body: &[u8], signature: Option<&str>, secrets: &Secrets) -> Result<String, WebhookError> {
    let event = construct_event_at(body, signature, secrets, NOW, 300)?;
    Ok(match (&event.type_, &event.data.object) {
        (EventType::CheckoutSessionCompleted, AnyObject::CheckoutSession(session)) => {
            format!("fulfil {} for {:?}", session.id, session.customer)
        }
        (EventType::ChargeRefunded, AnyObject::Charge(charge)) => {
            format!("refunded {} of {}", charge.amount_refunded, charge.id)
        }
        (other, _) => format!("ignored {other}"),
    })
}

#[test]
fn the_readme_handler_handles_checkout_and_refunds() {
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    let secrets = Secrets::from_list(SECRET);
    let mut answers = Vec::new();
    for t in ["checkout.session.completed", "charge.refunded", "invoice.paid"] {
        let body = serde_json::to_vec(&event(t, object_of(t, &fixtures).unwrap(), "2024-04-10")).unwrap();
        answers.push(handle(&body, Some(&header(SECRET, NOW, &body)), &secrets).unwrap());
    }
    assert!(answers[0].starts_with("fulfil cs_"), "{answers:?}");
    assert!(answers[1].starts_with("refunded "), "{answers:?}");
    assert_eq!(answers[2], "ignored invoice.paid");
}

/// An expandable field reads the same whether Stripe sent the id or the expanded object: its id
/// is certain (no `Option` to unwrap), the object there when expanded.
#[test]
fn an_expandable_gives_its_id_whether_or_not_expanded() {
    use stripe_model::{CustomerOrDeletedCustomer, FromJson, Invoice};
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    let invoice = object_of("invoice.paid", &fixtures).unwrap().clone();
    let customer = object_of("customer.updated", &fixtures).unwrap().clone();
    let mut expanded = invoice.clone();
    expanded["customer"] = customer.clone();

    let by_id = Invoice::from_json(invoice.clone()).unwrap().customer.unwrap();
    assert!(!by_id.is_expanded() && by_id.object().is_none());
    assert_eq!(by_id.id(), invoice["customer"].as_str().unwrap());

    let whole = Invoice::from_json(expanded).unwrap().customer.unwrap();
    assert!(whole.is_expanded());
    assert_eq!(whole.id(), customer["id"].as_str().unwrap());
    let Some(CustomerOrDeletedCustomer::Customer(c)) = whole.into_object() else { panic!("a customer") };
    assert_eq!(c.id, customer["id"].as_str().unwrap());
}
