//! Every fixture object deserializes into its generated type and serializes back unchanged.

use stripe_model::{AnyObject, FromJson, ToJson};
use stripe_schema_tests::{first_difference, fixtures_path, load_fixtures};

/// Fixtures that cannot round-trip, with the reason.
const EXCEPTIONS: &[(&str, &str)] = &[
    (
        "account_session",
        "the fixture (stripe/openapi v952) lacks `components.balances`, which this spec marks \
     required; a missing required field is reported as an error, by design",
    ),
    (
        "financial_connections.account_ownership",
        "the fixture has `owners: null`, which this spec declares a required, non-nullable list",
    ),
];

/// The generated type of a fixture: its resource's type, else the component schema's
/// (`application`, `deleted_card`, … are schemas without `x-resourceId`).
fn type_for(resource_id: &str) -> Option<&'static str> {
    stripe_model::resource(resource_id)
        .map(|r| r.rust_type)
        .or_else(|| stripe_model::SCHEMA_TYPES.iter().find(|(s, _)| *s == resource_id).map(|(_, t)| *t))
}

#[test]
fn every_2024_04_10_fixture_round_trips_through_its_generated_type() {
    let fixtures = load_fixtures(&fixtures_path("2024-04-10"));
    assert!(fixtures.len() > 100, "expected the full fixture set, got {}", fixtures.len());
    let mut failures = Vec::new();
    let mut checked = 0;
    for (resource_id, value) in &fixtures {
        let excepted = EXCEPTIONS.iter().any(|(r, _)| r == resource_id);
        let Some(ty) = type_for(resource_id) else {
            failures.push(format!("{resource_id}: no generated type"));
            continue;
        };
        match stripe_model::round_trip_as(ty, value.clone()).expect("registry names a generated type") {
            Ok(_) if excepted => failures.push(format!("{resource_id}: round-trips now; remove it from EXCEPTIONS")),
            Ok(back) => match first_difference(value, &back) {
                Some(diff) => failures.push(format!("{resource_id} as {ty}: {diff}")),
                None => checked += 1,
            },
            Err(_) if excepted => {}
            Err(e) => failures.push(format!("{resource_id} as {ty}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{} of {} fixtures failed:\n{}", failures.len(), fixtures.len(), failures.join("\n"));
    println!("{checked} fixtures round-tripped");
}

/// Payloads of unknown type (an event's `data.object`) land in the right variant of `AnyObject`.
#[test]
fn any_object_picks_each_resource_type() {
    let mut wrong = Vec::new();
    for (resource_id, value) in load_fixtures(&fixtures_path("2024-04-10")) {
        let Some(info) = stripe_model::resource(&resource_id) else { continue };
        if !stripe_model::SCHEMA_TYPES.iter().any(|(s, t)| *s == resource_id && *t == info.rust_type)
            || EXCEPTIONS.iter().any(|(r, _)| *r == resource_id)
        {
            continue;
        }
        match AnyObject::from_json(value) {
            // Union resources (`external_account`) resolve to one of their members.
            Ok(AnyObject::Unknown(_)) | Err(_) => wrong.push(format!("{resource_id}: not recognised")),
            // A deleted union member (`deleted_external_account`) resolves to `DeletedCard` etc.
            Ok(p) if is_union(info.rust_type) && p.variant_type().is_some() => {}
            Ok(p) if p.variant_type() != Some(info.rust_type) && !is_union(info.rust_type) => {
                wrong.push(format!("{resource_id}: parsed as {:?}", p.variant_type()))
            }
            Ok(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn is_union(ty: &str) -> bool {
    ["ExternalAccount", "DeletedExternalAccount", "PaymentSource", "DeletedPaymentSource"].contains(&ty)
}

#[test]
fn unknown_enum_values_and_fields_are_kept() {
    let mut customer =
        load_fixtures(&fixtures_path("2024-04-10")).into_iter().find(|(r, _)| r == "customer").unwrap().1;
    customer["tax_exempt"] = "a_value_from_the_future".into();
    customer["brand_new_field"] = serde_json::json!({"nested": [1, 2]});
    let parsed = stripe_model::Customer::from_json(customer.clone()).unwrap();
    assert_eq!(parsed.tax_exempt.as_ref().map(|t| t.as_str()), Some("a_value_from_the_future"));
    assert_eq!(parsed.extra["brand_new_field"], serde_json::json!({"nested": [1, 2]}));
    assert_eq!(first_difference(&customer, &parsed.to_json()), None);
}

#[test]
fn unknown_object_types_in_unions_are_kept_whole() {
    let alien = serde_json::json!({"id": "xyz_1", "object": "quantum_ledger", "amount": 3});
    let parsed = AnyObject::from_json(alien.clone()).unwrap();
    assert!(matches!(parsed, AnyObject::Unknown(_)));
    assert_eq!(parsed.to_json(), alien);
}

#[test]
fn a_type_error_names_the_json_path() {
    let mut customer =
        load_fixtures(&fixtures_path("2024-04-10")).into_iter().find(|(r, _)| r == "customer").unwrap().1;
    customer["invoice_settings"]["custom_fields"] = serde_json::json!([{"name": 5, "value": "x"}]);
    let err = stripe_model::Customer::from_json(customer).unwrap_err();
    assert_eq!(err.path(), "$.invoice_settings.custom_fields[0].name", "{err}");
}

#[test]
fn deleted_twins_parse_as_their_deleted_type() {
    let deleted = serde_json::json!({"id": "cus_1", "object": "customer", "deleted": true});
    let parsed = AnyObject::from_json(deleted).unwrap();
    assert_eq!(parsed.variant_type(), Some("DeletedCustomer"));
}
