//! The list plan read from the real 2024-04-10 spec: the facts users rely on.

use stripe_openapi::ir::{is_preview, lists, SourceKind};
use stripe_schema_tests::contract::Contract;
use stripe_schema_tests::load_api;

#[test]
fn the_plan_follows_the_spec() {
    let api = load_api("2024-04-10.spec3.json");
    let plan = lists::plan(&api).unwrap();
    assert!(plan.defaults_not_applied.is_empty(), "{:?}", plan.defaults_not_applied);
    let of = |rid: &str| plan.sources.iter().filter(|s| s.resource_id == rid).map(|s| &s.kind).collect::<Vec<_>>();
    let paths = |rid: &str| {
        of(rid)
            .into_iter()
            .filter_map(|k| match k {
                SourceKind::List { endpoint, fixed, parent } => {
                    Some((endpoint.path.clone(), fixed.clone(), parent.as_ref().map(|p| p.resource_id.clone())))
                }
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert!(paths("subscription").contains(&("/v1/subscriptions".into(), vec![("status".into(), "all".into())], None)));
    assert!(paths("subscription").contains(&(
        "/v1/subscriptions".into(),
        vec![],
        Some("test_helpers.test_clock".into())
    )));
    assert!(paths("payment_method").contains(&(
        "/v1/customers/{customer}/payment_methods".into(),
        vec![],
        Some("customer".into())
    )));
    assert!(paths("setup_attempt").contains(&("/v1/setup_attempts".into(), vec![], Some("setup_intent".into()))));
    assert!(
        paths("financial_connections.transaction")
            .iter()
            .any(|p| p.2.as_deref() == Some("financial_connections.account")),
        "the account of its own namespace"
    );
    assert_eq!(paths("price").len(), 2, "active and inactive prices");
    // Embedded lists, with the item's field naming its parent.
    assert!(of("subscription_item").contains(&&SourceKind::Embedded {
        parent: "subscription".into(),
        field: "items".into(),
        owner_field: Some("subscription".into())
    }));
    assert!(of("line_item").contains(&&SourceKind::Embedded {
        parent: "invoice".into(),
        field: "lines".into(),
        owner_field: Some("invoice".into())
    }));
    assert!(paths("subscription_item").is_empty(), "no walk where the parent embeds the list");
    assert!(plan.unlisted.iter().any(|u| u.resource_id == "billing.meter_event_summary"));
    // Every request of the plan is one Stripe accepts: no preview, fixed parameters accepted,
    // every required parameter supplied.
    let contract = Contract::v2024_04_10();
    for s in &plan.sources {
        let SourceKind::List { endpoint, fixed, parent } = &s.kind else { continue };
        assert!(!is_preview(&endpoint.path), "{}", endpoint.path);
        let mut q: Vec<(String, String)> = fixed.clone();
        if let Some(p) = parent {
            q.extend(p.query.iter().map(|(k, _)| (k.clone(), "x".to_string())));
        }
        let concrete = endpoint
            .path
            .split('/')
            .map(|seg| if seg.starts_with('{') { "x_1" } else { seg })
            .collect::<Vec<_>>()
            .join("/");
        if let Err(r) = contract.check(&concrete, &q) {
            panic!("{} {q:?}: {r:?}", endpoint.path);
        }
    }
}
