//! A Basil-shaped test spec. The real 2025-03-31.basil spec cannot be downloaded here, so this
//! applies Basil's changes (as ../shared/openapi/README.md lists them, from the acacia and
//! basil fixtures) to the real 2024-04-10 spec.

use serde_json::{json, Value};

pub const BASIL: &str = "2025-03-31.basil";

fn schemas(spec: &mut Value) -> &mut serde_json::Map<String, Value> {
    spec["components"]["schemas"].as_object_mut().unwrap()
}

fn remove_fields(spec: &mut Value, schema: &str, fields: &[&str]) {
    let s = &mut schemas(spec)[schema];
    for f in fields {
        s["properties"].as_object_mut().unwrap().remove(*f);
    }
    if let Some(req) = s.get_mut("required").and_then(Value::as_array_mut) {
        req.retain(|r| !fields.contains(&r.as_str().unwrap_or_default()));
    }
    if let Some(exp) = s.get_mut("x-expandableFields").and_then(Value::as_array_mut) {
        exp.retain(|r| !fields.contains(&r.as_str().unwrap_or_default()));
    }
}

fn add_fields(spec: &mut Value, schema: &str, fields: &[(&str, Value)]) {
    let s = &mut schemas(spec)[schema];
    for (name, def) in fields {
        s["properties"][*name] = def.clone();
        s["required"].as_array_mut().unwrap().push(json!(name));
    }
}

fn expandable(target: &str) -> Value {
    json!({"anyOf": [{"type": "string", "maxLength": 5000}, {"$ref": format!("#/components/schemas/{target}")}],
           "x-expansionResources": {"oneOf": [{"$ref": format!("#/components/schemas/{target}")}]}})
}

fn object(props: Value) -> Value {
    json!({"type": "object", "nullable": true, "properties": props})
}

fn unix_time() -> Value {
    json!({"type": "integer", "format": "unix-time", "description": "Moved here from the subscription in Basil."})
}

/// The 2024-04-10 spec with Basil's changes applied.
pub fn basil_like_spec(mut spec: Value) -> Value {
    spec["info"]["version"] = json!(BASIL);
    remove_fields(
        &mut spec,
        "invoice",
        &[
            "application_fee_amount",
            "charge",
            "discount",
            "paid",
            "paid_out_of_band",
            "payment_intent",
            "quote",
            "subscription_details",
            "tax",
            "total_tax_amounts",
            "transfer_data",
        ],
    );
    add_fields(
        &mut spec,
        "invoice",
        &[
            ("amount_overpaid", json!({"type": "integer"})),
            ("parent", object(json!({"type": {"type": "string"}}))),
            (
                "total_pretax_credit_amounts",
                json!({"type": "array", "nullable": true, "items": {"type": "object", "properties": {"amount": {"type": "integer"}}}}),
            ),
            (
                "total_taxes",
                json!({"type": "array", "nullable": true, "items": {"type": "object", "properties": {"amount": {"type": "integer"}}}}),
            ),
        ],
    );
    remove_fields(&mut spec, "charge", &["invoice"]);
    remove_fields(&mut spec, "payment_intent", &["invoice"]);
    remove_fields(
        &mut spec,
        "subscription",
        &["billing_thresholds", "current_period_end", "current_period_start", "discount"],
    );
    remove_fields(&mut spec, "subscription_item", &["billing_thresholds"]);
    add_fields(
        &mut spec,
        "subscription_item",
        &[("current_period_end", unix_time()), ("current_period_start", unix_time())],
    );
    remove_fields(&mut spec, "credit_note", &["refund", "tax_amounts"]);
    add_fields(
        &mut spec,
        "credit_note",
        &[
            (
                "pretax_credit_amounts",
                json!({"type": "array", "items": {"type": "object", "properties": {"amount": {"type": "integer"}}}}),
            ),
            (
                "refunds",
                json!({"type": "array", "items": {"type": "object", "properties": {"amount_refunded": {"type": "integer"}}}}),
            ),
            (
                "total_taxes",
                json!({"type": "array", "nullable": true, "items": {"type": "object", "properties": {"amount": {"type": "integer"}}}}),
            ),
        ],
    );
    remove_fields(&mut spec, "invoiceitem", &["plan", "price", "subscription", "unit_amount", "unit_amount_decimal"]);
    add_fields(
        &mut spec,
        "invoiceitem",
        &[
            ("parent", object(json!({"type": {"type": "string"}}))),
            ("pricing", object(json!({"type": {"type": "string"}}))),
        ],
    );
    remove_fields(
        &mut spec,
        "line_item",
        &[
            "amount_excluding_tax",
            "invoice_item",
            "plan",
            "price",
            "proration",
            "proration_details",
            "tax_amounts",
            "tax_rates",
            "type",
            "unit_amount_excluding_tax",
        ],
    );
    add_fields(
        &mut spec,
        "line_item",
        &[
            ("parent", object(json!({"type": {"type": "string"}}))),
            (
                "pretax_credit_amounts",
                json!({"type": "array", "nullable": true, "items": {"type": "object", "properties": {"amount": {"type": "integer"}}}}),
            ),
            ("pricing", object(json!({"type": {"type": "string"}}))),
            (
                "taxes",
                json!({"type": "array", "nullable": true, "items": {"type": "object", "properties": {"amount": {"type": "integer"}}}}),
            ),
        ],
    );
    for gone in ["margin", "usage_record", "usage_record_summary"] {
        schemas(&mut spec).remove(gone);
    }
    // Paths returning the removed objects go too, so no reference dangles.
    spec["paths"].as_object_mut().unwrap().retain(|path, _| !path.contains("usage_record"));
    let invoice_payment = json!({
        "description": "Invoice Payments represent payments made against invoices.",
        "type": "object", "title": "InvoicesInvoicePayment", "x-resourceId": "invoice_payment",
        "x-expandableFields": ["invoice", "payment"],
        "required": ["amount_paid", "amount_requested", "created", "currency", "id", "invoice", "is_default", "livemode", "object", "payment", "status", "status_transitions"],
        "properties": {
            "amount_paid": {"type": "integer", "nullable": true},
            "amount_requested": {"type": "integer"},
            "created": {"type": "integer", "format": "unix-time"},
            "currency": {"type": "string"},
            "id": {"type": "string"},
            "invoice": expandable("invoice"),
            "is_default": {"type": "boolean", "nullable": true},
            "livemode": {"type": "boolean"},
            "object": {"type": "string", "enum": ["invoice_payment"]},
            "payment": {"type": "object", "properties": {
                "charge": expandable("charge"), "payment_intent": expandable("payment_intent"),
                "type": {"type": "string", "enum": ["charge", "payment_intent"]}}, "required": ["type"]},
            "status": {"type": "string"},
            "status_transitions": {"type": "object", "properties": {
                "canceled_at": {"type": "integer", "format": "unix-time", "nullable": true},
                "paid_at": {"type": "integer", "format": "unix-time", "nullable": true}}}
        }
    });
    schemas(&mut spec).insert("invoice_payment".into(), invoice_payment);
    spec["paths"]["/v1/invoice_payments"] = json!({"get": {
        "parameters": [
            {"in": "query", "name": "invoice", "required": false, "schema": {"type": "string"}},
            {"in": "query", "name": "payment", "required": false, "schema": {"type": "object"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "object", "required": ["data", "has_more", "object", "url"],
            "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/invoice_payment"}},
                "has_more": {"type": "boolean"}, "object": {"type": "string", "enum": ["list"]}, "url": {"type": "string"}}}}}}}}});
    spec
}

/// The Basil-shaped spec as IR.
pub fn basil_api() -> stripe_openapi::ir::Api {
    let path = crate::openapi_dir().join("specs/2024-04-10.spec3.json");
    let spec: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let bytes = serde_json::to_vec(&basil_like_spec(spec)).unwrap();
    let parsed = stripe_openapi::parse::parse_spec(std::path::Path::new("basil-like.json"), &bytes).unwrap();
    stripe_openapi::ir::build(&parsed)
}
