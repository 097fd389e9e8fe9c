//! A strict fake account with objects behind every list of the plan: plain lists, lists under
//! a parent path, lists that need a parent parameter, and what lists hide by default (a
//! canceled subscription, inactive prices, a test clock's customers). Objects are the
//! release's fixtures with their own ids.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};
use stripe_sync::api::lists::{ListSource, LIST_SOURCES};

use crate::fake_stripe::FakeStripe;
use crate::{fixtures_path, load_fixtures};

/// What the account holds: per table, the ids a complete backfill must store.
#[derive(Debug, Default)]
pub struct Account {
    pub expected: BTreeMap<&'static str, BTreeSet<String>>,
    /// The canceled subscription (hidden from `GET /v1/subscriptions` without `status=all`).
    pub canceled_subscription: String,
    /// The invoice with 12 lines (its embedded list carries 10 and `has_more`).
    pub long_invoice: String,
}

fn resource_of(table: &str) -> &'static str {
    stripe_model::RESOURCES.iter().find(|r| !r.is_deleted && r.table == Some(table)).map(|r| r.resource_id).unwrap()
}

/// Sets `name` (`status`, `scope[type]`) of `o` to `value` as a list filter would read it.
fn set_param(o: &mut Value, name: &str, value: &str) {
    let v = match value {
        "true" => json!(true),
        "false" => json!(false),
        _ => json!(value),
    };
    match name.split_once('[') {
        Some((base, rest)) => {
            let sub = rest.trim_end_matches(']');
            if !o[base].is_object() {
                o[base] = json!({});
            }
            o[base][sub] = v;
        }
        None => o[name] = v,
    }
}

/// `n` objects behind each plain list, 2 children for each of the first 2 parents of each walk.
pub async fn start(n: usize) -> (FakeStripe, Account) {
    let fixtures: BTreeMap<String, Value> = load_fixtures(&fixtures_path("2024-04-10")).into_iter().collect();
    let fake = FakeStripe::start(&[]).await;
    let mut account = Account::default();
    let base_time =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 - 86_400;
    // Objects served at each plain list path, for walks to take their parents from.
    let mut served: BTreeMap<&'static str, Vec<Value>> = BTreeMap::new();
    let plain: Vec<&ListSource> = LIST_SOURCES.iter().filter(|s| s.parent.is_none()).collect();
    let walks: Vec<&ListSource> = LIST_SOURCES.iter().filter(|s| s.parent.is_some()).collect();
    let mut make = |source: &ListSource, tag: usize, i: usize| -> Option<Value> {
        let fixture = fixtures.get(resource_of(source.table))?;
        let mut o = fixture.clone();
        let prefix = fixture["id"].as_str().and_then(|id| id.split('_').next()).unwrap_or("obj");
        o["id"] = json!(format!("{prefix}_l{tag}x{i:04}"));
        for time in ["created", "date"] {
            if o.get(time).is_some_and(Value::is_i64) {
                o[time] = json!(base_time + i as i64);
            }
        }
        for (k, v) in source.fixed {
            if *v != "all" {
                set_param(&mut o, k, v);
            }
        }
        account.expected.entry(source.table).or_default().insert(o["id"].as_str().unwrap().to_string());
        Some(o)
    };
    for (tag, source) in plain.iter().enumerate() {
        if source.path == "/v1/events" {
            continue; // served from the fake's own event log
        }
        let objects: Vec<Value> = (0..n).filter_map(|i| make(source, tag, i)).collect();
        if objects.is_empty() {
            continue;
        }
        served.entry(source.table).or_default().extend(objects.iter().cloned());
        fake.add_list(source.path, objects);
    }
    for (tag, source) in walks.iter().enumerate() {
        let parent = source.parent.unwrap();
        let parents: Vec<Value> =
            served.get(parent.table).map(|p| p.iter().take(2).cloned().collect()).unwrap_or_default();
        for (pi, p) in parents.iter().enumerate() {
            let values: Option<Vec<(&str, String)>> = parent
                .query
                .iter()
                .map(|(param, field)| Some((*param, p.get(*field)?.as_str()?.to_string())))
                .collect();
            let Some(values) = values else { continue };
            let children: Vec<Value> = (0..2)
                .filter_map(|i| {
                    let mut o = make(source, 100 + tag, pi * 10 + i)?;
                    for (param, v) in &values {
                        set_param(&mut o, param, v);
                    }
                    Some(o)
                })
                .collect();
            let id = p["id"].as_str().unwrap();
            fake.add_list(&source.path_for(Some(id)), children.clone());
            served.entry(source.table).or_default().extend(children);
        }
    }
    // A canceled subscription, and an invoice with 12 lines.
    if let Some(sub) = served.get("subscriptions").and_then(|s| s.first()).cloned() {
        let mut canceled = sub.clone();
        canceled["id"] = json!("sub_canceled");
        canceled["status"] = json!("canceled");
        fake.add_list("/v1/subscriptions", vec![canceled]);
        account.expected.entry("subscriptions").or_default().insert("sub_canceled".into());
        account.canceled_subscription = "sub_canceled".into();
    }
    if let Some(inv) = served.get("invoices").and_then(|s| s.first()).cloned() {
        let mut long = inv.clone();
        long["id"] = json!("in_twelve_lines");
        let line = inv["lines"]["data"][0].clone();
        let lines: Vec<Value> = (0..12)
            .map(|i| {
                let mut l = line.clone();
                l["id"] = json!(format!("il_twelve{i:02}"));
                l["invoice"] = json!("in_twelve_lines");
                l
            })
            .collect();
        long["lines"] = json!({"object": "list", "data": lines, "has_more": false, "url": "/v1/invoices/in_twelve_lines/lines", "total_count": 12});
        fake.add_list("/v1/invoices", vec![long]);
        account.expected.entry("invoices").or_default().insert("in_twelve_lines".into());
        account.long_invoice = "in_twelve_lines".into();
    }
    // Embedded items: every id an object of a served list carries.
    for e in stripe_sync::api::lists::EMBEDDED {
        let parents = fake
            .objects(LIST_SOURCES.iter().find(|s| s.table == e.parent && s.parent.is_none()).map_or("", |s| s.path));
        for p in parents {
            for item in p[e.field]["data"].as_array().into_iter().flatten() {
                if let Some(id) = item["id"].as_str() {
                    account.expected.entry(e.table).or_default().insert(id.to_string());
                }
            }
        }
    }
    (fake, account)
}
