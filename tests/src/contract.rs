//! Stripe's request contract for `GET`, read straight from the spec's JSON (not through the
//! IR the runtime is generated from, so a mistake there cannot hide here): which paths exist,
//! which query parameters each operation accepts and which it requires. The fake API refuses
//! what Stripe refuses, with Stripe's error codes and messages.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::Value;

/// One `GET` operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The path template, `/v1/customers/{customer}/tax_ids`.
    pub template: String,
    segments: Vec<String>,
    pub accepts: BTreeSet<String>,
    pub requires: BTreeSet<String>,
    /// It answers a list (`object: list`, with `data`).
    pub is_list: bool,
}

/// A request Stripe would refuse: HTTP status, `error.type`, `error.code`, message, `param`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub kind: &'static str,
    pub code: Option<&'static str>,
    pub message: String,
    pub param: Option<String>,
}

impl Refusal {
    /// A 400 `invalid_request_error` about one parameter.
    fn bad_param(code: &'static str, message: String, param: &str) -> Refusal {
        Refusal {
            status: 400,
            kind: "invalid_request_error",
            code: Some(code),
            message,
            param: Some(param.to_string()),
        }
    }
}

/// A query parameter's name before any `[`: `created[gte]` → `created`, `types[]` → `types`.
pub fn base_name(name: &str) -> &str {
    name.split('[').next().unwrap_or(name)
}

#[derive(Debug)]
pub struct Contract {
    operations: Vec<Operation>,
}

impl Contract {
    /// The contract of the 2024-04-10 spec in the shared directory, read once per process.
    pub fn v2024_04_10() -> &'static Contract {
        static C: OnceLock<Contract> = OnceLock::new();
        C.get_or_init(|| {
            let path = crate::openapi_dir().join("specs").join("2024-04-10.spec3.json");
            let bytes =
                std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}; set STRIPE_OPENAPI_DIR", path.display()));
            Contract::from_spec(&serde_json::from_slice(&bytes).expect("the spec is JSON"))
        })
    }

    pub fn from_spec(spec: &Value) -> Contract {
        let mut operations = Vec::new();
        for (template, item) in spec["paths"].as_object().into_iter().flatten() {
            let Some(get) = item.get("get") else { continue };
            let mut accepts = BTreeSet::new();
            let mut requires = BTreeSet::new();
            for p in get["parameters"].as_array().into_iter().flatten().filter(|p| p["in"] == "query") {
                let name = p["name"].as_str().unwrap_or_default().to_string();
                if p["required"] == true {
                    requires.insert(name.clone());
                }
                accepts.insert(name);
            }
            let schema = &get["responses"]["200"]["content"]["application/json"]["schema"];
            let is_list =
                schema["properties"]["object"]["enum"][0] == "list" && schema["properties"].get("data").is_some();
            let segments = template.split('/').map(String::from).collect();
            operations.push(Operation { template: template.clone(), segments, accepts, requires, is_list });
        }
        Contract { operations }
    }

    /// The operation a concrete path is, preferring literal segments over parameters
    /// (`/v1/invoices/upcoming` over `/v1/invoices/{invoice}`).
    pub fn operation(&self, path: &str) -> Option<&Operation> {
        let parts: Vec<&str> = path.split('/').collect();
        self.operations
            .iter()
            .filter(|o| {
                o.segments.len() == parts.len()
                    && o.segments.iter().zip(&parts).all(|(s, p)| s.starts_with('{') || s == p)
            })
            .max_by_key(|o| o.segments.iter().filter(|s| !s.starts_with('{')).count())
    }

    /// Checks a `GET` as Stripe does: the path exists, every query parameter is one the
    /// operation takes (by its name before any `[`), every required one is there.
    pub fn check(&self, path: &str, params: &[(String, String)]) -> Result<&Operation, Refusal> {
        let Some(op) = self.operation(path) else {
            return Err(Refusal {
                status: 404,
                kind: "invalid_request_error",
                code: None,
                message: format!("Unrecognized request URL (GET: {path})."),
                param: None,
            });
        };
        if let Some(unknown) = params.iter().map(|(name, _)| base_name(name)).find(|base| !op.accepts.contains(*base)) {
            return Err(Refusal::bad_param(
                "parameter_unknown",
                format!("Received unknown parameter: {unknown}"),
                unknown,
            ));
        }
        if let Some(missing) = op.requires.iter().find(|r| !params.iter().any(|(n, _)| base_name(n) == r.as_str())) {
            return Err(Refusal::bad_param(
                "parameter_missing",
                format!("Missing required param: {missing}."),
                missing,
            ));
        }
        Ok(op)
    }

    /// Every list operation's path template.
    pub fn list_templates(&self) -> impl Iterator<Item = &str> {
        self.operations.iter().filter(|o| o.is_list).map(|o| o.template.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn refuses_what_stripe_refuses() {
        let c = Contract::v2024_04_10();
        let e = c.check("/v1/payment_methods", &q(&[("created[gte]", "1")])).unwrap_err();
        assert_eq!(
            (e.status, e.code, e.message.as_str()),
            (400, Some("parameter_unknown"), "Received unknown parameter: created")
        );
        let e = c.check("/v1/apps/secrets", &q(&[("limit", "100")])).unwrap_err();
        assert_eq!((e.status, e.code, e.param.as_deref()), (400, Some("parameter_missing"), Some("scope")));
        assert!(c.check("/v1/apps/secrets", &q(&[("scope[type]", "account"), ("limit", "100")])).is_ok());
        assert!(c.check("/v1/reporting/report_types", &q(&[("limit", "100")])).is_err(), "report types take no limit");
        assert_eq!(c.check("/v1/invoices/upcoming/lines", &[]).unwrap().template, "/v1/invoices/upcoming/lines");
        assert_eq!(
            c.check("/v1/customers/cus_1/tax_ids", &q(&[("limit", "10")])).unwrap().template,
            "/v1/customers/{customer}/tax_ids"
        );
        assert_eq!(c.check("/v1/nothing", &[]).unwrap_err().status, 404);
    }
}
