//! A fake Stripe API on 127.0.0.1 (tests never reach Stripe): list, retrieve and
//! `/v1/events` with Stripe's paging and filters, Stripe-shaped errors, and knobs for latency,
//! rate limiting (429 with `Retry-After`), injected 500s, and objects that change meanwhile.
//!
//! As strict as Stripe: every request is checked against the spec's operation
//! ([`crate::contract`]): an unknown parameter or a missing required one is a 400, an unknown
//! path a 404. Every list operation of the spec answers (empty when nothing was added). Lists
//! hide what Stripe's hide by default (canceled subscriptions without `status=all`, inactive
//! prices without `active`, objects of test clocks without `test_clock`), filter by the
//! parameters given, and objects carry their embedded lists cut at 10 items with `has_more`
//! and the `url` that serves the rest.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use crate::contract::{base_name, Contract, Refusal};

pub const API_KEY: &str = "sk_test_fake_key";

/// Behaviour switches, changeable while the server runs.
#[derive(Debug, Clone, Default)]
pub struct Knobs {
    pub latency: Duration,
    /// Requests per second answered before 429s.
    pub rate_limit: Option<u32>,
    /// `Retry-After` seconds sent with 429s.
    pub retry_after: Option<u32>,
    /// Every Nth request answers 500.
    pub fail_every: Option<u64>,
    /// Paths (prefixes) a restricted key may not read: 403 `permission_error`.
    pub forbidden: Vec<String>,
    /// Paths (prefixes) of a product the account has not enabled: 400 saying so.
    pub not_enabled: Vec<String>,
    /// Connected accounts whose access the platform lost: any request for them (the
    /// `Stripe-Account` header) is a 403 `account_invalid`.
    pub revoked_accounts: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Recorded {
    pub path: String,
    pub query: String,
    pub stripe_version: Option<String>,
    pub stripe_account: Option<String>,
    pub status: u16,
}

#[derive(Default)]
struct State_ {
    /// List path → objects, newest first (created desc, then id desc), as Stripe orders them.
    lists: BTreeMap<String, Vec<Value>>,
    /// Each list encoded once, rebuilt after a change: answering a page copies bytes and
    /// never re-encodes objects (the benchmarks page 20k invoices through it).
    encoded: BTreeMap<String, Arc<Encoded>>,
    events: Vec<Value>,
    requests: Vec<Recorded>,
    knobs: Knobs,
    window: (u64, u32),
    count: u64,
    next_event: u64,
}

#[derive(Clone)]
pub struct FakeStripe {
    pub base: String,
    state: Arc<Mutex<State_>>,
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

fn error(status: StatusCode, kind: &str, message: &str) -> Response {
    (status, Json(json!({"error": {"type": kind, "message": message}}))).into_response()
}

fn refusal(r: &Refusal) -> Response {
    let mut body = json!({"type": r.kind, "message": r.message});
    if let Some(c) = r.code {
        body["code"] = json!(c);
    }
    if let Some(p) = &r.param {
        body["param"] = json!(p);
    }
    (StatusCode::from_u16(r.status).unwrap(), Json(json!({ "error": body }))).into_response()
}

/// Stripe's embedded lists carry at most this many items.
pub const EMBEDDED_LIST_ITEMS: usize = 10;

/// The object as Stripe sends it: each embedded list cut to its first 10 items, `has_more`
/// set when more follow at its `url`.
pub fn as_sent(o: &Value) -> Value {
    let mut o = o.clone();
    if let Some(map) = o.as_object_mut() {
        for v in map.values_mut() {
            if v.get("object").and_then(Value::as_str) != Some("list") {
                continue;
            }
            if let Some(items) = v.get_mut("data").and_then(Value::as_array_mut) {
                if items.len() > EMBEDDED_LIST_ITEMS {
                    items.truncate(EMBEDDED_LIST_ITEMS);
                    v["has_more"] = json!(true);
                }
            }
        }
    }
    o
}

/// The embedded lists of `o` that have a `url`, each with its items in list order.
fn sublists(o: &Value) -> Vec<(String, Vec<Value>)> {
    let mut out = Vec::new();
    for v in o.as_object().into_iter().flat_map(|m| m.values()) {
        if v.get("object").and_then(Value::as_str) != Some("list") {
            continue;
        }
        if let (Some(url), Some(items)) =
            (v.get("url").and_then(Value::as_str), v.get("data").and_then(Value::as_array))
        {
            out.push((url.to_string(), items.clone()));
        }
    }
    out
}

/// The id a field holds, expanded or not.
fn id_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(_) => v.get("id").and_then(Value::as_str).map(String::from),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Lists whose plain request leaves some objects out (the defaults in [`listed`]).
const HIDING: &[&str] = &["/v1/subscriptions", "/v1/prices", "/v1/customers", "/v1/quotes"];

/// Parameters that page, expand or bound `created` (applied by `list_response`): never
/// compared with an object's field.
const NOT_FIELDS: &[&str] = &["limit", "starting_after", "ending_before", "expand", "created", "page"];

/// Whether Stripe's list at `path` answers `o` for these parameters.
fn listed(path: &str, o: &Value, params: &[(String, String)]) -> bool {
    let get = |k: &str| params.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    // Defaults that hide objects, as the spec's descriptions say.
    if path == "/v1/subscriptions" && get("status").is_none() && o["status"] == "canceled" {
        return false;
    }
    if path == "/v1/prices" && get("active").is_none() && o["active"] == false {
        return false;
    }
    if ["/v1/customers", "/v1/subscriptions", "/v1/quotes"].contains(&path)
        && get("test_clock").is_none()
        && !o["test_clock"].is_null()
    {
        return false;
    }
    for (name, value) in params {
        let base = base_name(name);
        if NOT_FIELDS.contains(&base) || (base == "status" && value == "all") {
            continue;
        }
        // `scope[type]` compares `scope.type`; a field the object lacks does not filter.
        let field = match name.strip_prefix(base).and_then(|r| r.strip_prefix('[')).and_then(|r| r.strip_suffix(']')) {
            Some(sub) => o.get(base).and_then(|b| b.get(sub)),
            None => o.get(base),
        };
        if let Some(f) = field {
            if id_of(f).as_deref() != Some(value.as_str()) {
                return false;
            }
        }
    }
    true
}

fn sort(list: &mut [Value]) {
    list.sort_by(|a, b| (b["created"].as_i64(), b["id"].as_str()).cmp(&(a["created"].as_i64(), a["id"].as_str())));
}

impl FakeStripe {
    /// Serves `n` objects per (list path, fixture), ids `<prefix>_<tag><i>`, `created` varied.
    pub async fn start(resources: &[(&str, Value, usize)]) -> FakeStripe {
        let mut state = State_::default();
        let base_time = now() - 86_400;
        for (path, fixture, n) in resources {
            let prefix = fixture["id"].as_str().and_then(|id| id.split('_').next()).unwrap_or("obj").to_string();
            let list: &mut Vec<Value> = state.lists.entry(path.to_string()).or_default();
            for i in 0..*n {
                let mut o = fixture.clone();
                o["id"] = json!(format!("{prefix}_fake{i:07}"));
                // Several objects per second, as in real accounts.
                o["created"] = json!(base_time + (i as i64) / 3);
                list.push(o);
            }
            sort(list);
            let added = list.clone();
            register_sublists(&mut state, &added);
        }
        let state = Arc::new(Mutex::new(state));
        let app = axum::Router::new().fallback(handle).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        FakeStripe { base, state }
    }

    pub fn set_knobs(&self, knobs: Knobs) {
        self.state.lock().unwrap().knobs = knobs;
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().requests.clone()
    }

    /// Objects currently served at `path`, newest first.
    pub fn objects(&self, path: &str) -> Vec<Value> {
        self.state.lock().unwrap().lists.get(path).cloned().unwrap_or_default()
    }

    /// Serves `n` copies of `fixture` at `path` to requests for connected account `account`
    /// (the `Stripe-Account` header), ids `<prefix>_<account>_<i>`: each account its own data.
    pub fn add_connected(&self, account: &str, path: &str, fixture: &Value, n: usize) {
        let prefix = fixture["id"].as_str().and_then(|id| id.split('_').next()).unwrap_or("obj").to_string();
        let objects: Vec<Value> = (0..n)
            .map(|i| {
                let mut o = fixture.clone();
                o["id"] = json!(format!("{prefix}_{}_{i:04}", account.trim_start_matches("acct_")));
                o["created"] = json!(now() - 3600 + i as i64);
                o
            })
            .collect();
        let key = account_key(Some(account), path);
        let mut s = self.state.lock().unwrap();
        let list = s.lists.entry(key.clone()).or_default();
        list.extend(objects.iter().cloned());
        sort(list);
        s.encoded.remove(&key);
        register_sublists_of(&mut s, Some(account), &objects);
    }

    /// A platform with `n` connected accounts (`acct_1P0000`…, served at `/v1/accounts`), each
    /// serving `per_account` copies of every `(path, fixture)` as its own data; returns their ids.
    pub fn add_connected_accounts(
        &self,
        n: usize,
        account: &Value,
        lists: &[(&str, &Value)],
        per_account: usize,
    ) -> Vec<String> {
        let ids: Vec<String> = (0..n).map(|i| format!("acct_1P{i:04}")).collect();
        let accounts = ids
            .iter()
            .map(|id| {
                let mut a = account.clone();
                a["id"] = json!(id);
                a
            })
            .collect();
        self.add_list("/v1/accounts", accounts);
        for id in &ids {
            for (path, fixture) in lists {
                self.add_connected(id, path, fixture, per_account);
            }
        }
        ids
    }

    /// Adds objects to the list at `path` (a top-level list, or one under a parent:
    /// `/v1/customers/cus_1/tax_ids`).
    pub fn add_list(&self, path: &str, objects: Vec<Value>) {
        let mut s = self.state.lock().unwrap();
        let list = s.lists.entry(path.to_string()).or_default();
        list.extend(objects.iter().cloned());
        sort(list);
        s.encoded.remove(path);
        register_sublists(&mut s, &objects);
    }

    /// Replaces an object of the list at `path` (same id) with `object`, as if changed in
    /// Stripe, recording no event.
    pub fn replace(&self, path: &str, object: Value) {
        let mut s = self.state.lock().unwrap();
        let list = s.lists.get_mut(path).unwrap();
        let o = list.iter_mut().find(|o| o["id"] == object["id"]).unwrap();
        *o = object.clone();
        s.encoded.remove(path);
        register_sublists(&mut s, &[object]);
    }

    fn push_event(s: &mut State_, event_type: &str, object: &Value, previous: Option<Value>) -> Value {
        s.next_event += 1;
        let mut data = json!({"object": object});
        if let Some(p) = previous {
            data["previous_attributes"] = p;
        }
        let ev = json!({
            "id": format!("evt_fake{:08}", s.next_event), "object": "event", "type": event_type,
            "created": now(), "api_version": stripe_model::API_VERSION, "livemode": false, "data": data
        });
        s.events.insert(0, ev.clone());
        ev
    }

    /// Sets `field` of connected account `account`'s object and records its `*.updated` event
    /// (carrying `account`, as Connect events do: `/v1/events` serves it to that account's
    /// requests only); returns the event.
    pub fn update_connected(&self, account: &str, path: &str, id: &str, field: &str, value: Value) -> Value {
        let key = account_key(Some(account), path);
        let mut s = self.state.lock().unwrap();
        let o = s.lists.get_mut(&key).unwrap().iter_mut().find(|o| o["id"] == id).unwrap();
        let previous = json!({ field: o[field].clone() });
        o[field] = value;
        let object = o.clone();
        s.encoded.remove(&key);
        let kind = object["object"].as_str().unwrap().to_string();
        let mut ev = Self::push_event(&mut s, &format!("{kind}.updated"), &object, Some(previous));
        ev["account"] = json!(account);
        s.events[0] = ev.clone();
        ev
    }

    /// Sets `field` of an object and records the `*.updated` event; returns the event.
    pub fn update(&self, path: &str, id: &str, field: &str, value: Value) -> Value {
        let mut s = self.state.lock().unwrap();
        let list = s.lists.get_mut(path).unwrap();
        let o = list.iter_mut().find(|o| o["id"] == id).unwrap();
        let previous = json!({ field: o[field].clone() });
        o[field] = value;
        let object = o.clone();
        s.encoded.remove(path);
        let kind = object["object"].as_str().unwrap().to_string();
        Self::push_event(&mut s, &format!("{kind}.updated"), &object, Some(previous))
    }

    /// Adds an object (created now) and records `*.created`.
    pub fn create(&self, path: &str, mut object: Value) -> Value {
        object["created"] = json!(now());
        let mut s = self.state.lock().unwrap();
        let list = s.lists.entry(path.to_string()).or_default();
        list.push(object.clone());
        sort(list);
        s.encoded.remove(path);
        let kind = object["object"].as_str().unwrap().to_string();
        Self::push_event(&mut s, &format!("{kind}.created"), &object, None)
    }

    /// Removes an object and records `*.deleted`.
    pub fn delete(&self, path: &str, id: &str) -> Value {
        let mut s = self.state.lock().unwrap();
        let list = s.lists.get_mut(path).unwrap();
        let at = list.iter().position(|o| o["id"] == id).unwrap();
        let object = list.remove(at);
        s.encoded.remove(path);
        let kind = object["object"].as_str().unwrap().to_string();
        let stub = json!({"id": id, "object": kind, "deleted": true});
        Self::push_event(&mut s, &format!("{kind}.deleted"), &stub, None)
    }
}

/// Where a list of an account lives: its path for the platform, `<account>|<path>` for a
/// connected account.
fn account_key(account: Option<&str>, path: &str) -> String {
    match account {
        Some(a) => format!("{a}|{path}"),
        None => path.to_string(),
    }
}

/// Serves each embedded list whole at its `url`, as Stripe does.
/// A `url` with a query (`/v1/subscription_items?subscription=sub_1`) is a filter on a shared
/// list: the parent's items there are replaced by these.
fn register_sublists(s: &mut State_, objects: &[Value]) {
    register_sublists_of(s, None, objects);
}

/// [`register_sublists`] for an account's objects (`None`: the platform's).
fn register_sublists_of(s: &mut State_, account: Option<&str>, objects: &[Value]) {
    for o in objects {
        // In the embedded list's own order: its first 10 are the list endpoint's first page.
        for (url, items) in sublists(o) {
            let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
            let params: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
            let key = account_key(account, path);
            s.encoded.remove(&key);
            if params.is_empty() {
                s.lists.insert(key, items);
            } else {
                let list = s.lists.entry(key).or_default();
                // One object per id, as in Stripe: the parent's items replace any same-id copy.
                list.retain(|item| !listed(path, item, &params) && !items.iter().any(|i| i["id"] == item["id"]));
                list.extend(items);
            }
        }
    }
}

/// Decides 200/429/500 by the knobs, and records the request.
fn admit(s: &mut State_, uri: &Uri, headers: &HeaderMap) -> Option<Response> {
    s.count += 1;
    let header = |n: &str| headers.get(n).and_then(|v| v.to_str().ok()).map(String::from);
    let mut rec = Recorded {
        path: uri.path().to_string(),
        query: uri.query().unwrap_or("").to_string(),
        stripe_version: header("stripe-version"),
        stripe_account: header("stripe-account"),
        status: 200,
    };
    let refuse = if header("authorization").as_deref() != Some(&format!("Bearer {API_KEY}")) {
        Some(error(StatusCode::UNAUTHORIZED, "invalid_request_error", "Invalid API Key provided"))
    } else if s.knobs.fail_every.is_some_and(|n| s.count.is_multiple_of(n)) {
        Some(error(StatusCode::INTERNAL_SERVER_ERROR, "api_error", "Something went wrong on Stripe's end."))
    } else if let Some(limit) = s
        .knobs
        .rate_limit
        .filter(|_| {
            let sec = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
            if s.window.0 != sec {
                s.window = (sec, 0);
            }
            s.window.1 += 1;
            true
        })
        .filter(|l| s.window.1 > *l)
    {
        let _ = limit;
        let mut r =
            error(StatusCode::TOO_MANY_REQUESTS, "rate_limit_error", "Too many requests hit the API too quickly.");
        if let Some(secs) = s.knobs.retry_after {
            r.headers_mut().insert("retry-after", secs.to_string().parse().unwrap());
        }
        Some(r)
    } else {
        None
    };
    rec.status = refuse.as_ref().map_or(200, |r| r.status().as_u16());
    s.requests.push(rec);
    refuse
}

async fn handle(
    State(state): State<Arc<Mutex<State_>>>,
    uri: Uri,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let latency = state.lock().unwrap().knobs.latency;
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    // Parsed and checked before the lock: concurrent requests overlap in this work.
    let params: Vec<(String, String)> = serde_urlencoded::from_str(query.as_deref().unwrap_or("")).unwrap_or_default();
    let path = uri.path().to_string();
    let checked = Contract::v2024_04_10().check(&path, &params);
    let mut s = state.lock().unwrap();
    if let Some(refused) = admit(&mut s, &uri, &headers) {
        return refused;
    }
    let at = s.requests.len() - 1;
    let op = match checked {
        Ok(op) => op,
        Err(r) => {
            s.requests[at].status = r.status;
            return refusal(&r);
        }
    };
    let account = headers.get("stripe-account").and_then(|v| v.to_str().ok()).map(String::from);
    if let Some(a) = account.as_ref().filter(|a| s.knobs.revoked_accounts.contains(a)) {
        s.requests[at].status = 403;
        return refusal(&Refusal {
            status: 403,
            kind: "invalid_request_error",
            code: Some("account_invalid"),
            message: format!("The provided key 'sk_test_***' does not have access to account '{a}' (or that account does not exist). Application access may have been revoked."),
            param: None,
        });
    }
    let key = account_key(account.as_deref(), &path);
    if s.knobs.forbidden.iter().any(|p| path.starts_with(p.as_str())) {
        s.requests[at].status = 403;
        return refusal(&Refusal {
            status: 403,
            kind: "invalid_request_error",
            code: None,
            message: format!("The provided key 'rk_test_***' does not have the required permissions for this endpoint on account 'acct_fake'. Having the 'rak_{}_read' permission would allow this request to continue.", path.trim_start_matches("/v1/").replace('/', "_")),
            param: None,
        });
    }
    if let Some(product) = s.knobs.not_enabled.iter().find(|p| path.starts_with(p.as_str())).cloned() {
        s.requests[at].status = 400;
        let product = product.trim_start_matches("/v1/").split('/').next().unwrap_or("this product").to_string();
        return refusal(&Refusal {
            status: 400,
            kind: "invalid_request_error",
            code: None,
            message: format!("Your account is not set up to use {product}. Please visit the Dashboard to get started."),
            param: None,
        });
    }
    if path == "/v1/events" {
        let types: Vec<&str> =
            params.iter().filter(|(k, _)| k == "type" || k == "types[]").map(|(_, v)| v.as_str()).collect();
        // A connected account's events go to requests for it; the platform's to the rest.
        let events: Vec<&Value> = s
            .events
            .iter()
            .filter(|e| e.get("account").and_then(Value::as_str) == account.as_deref())
            .filter(|e| types.is_empty() || types.iter().any(|t| type_matches(t, e["type"].as_str().unwrap_or(""))))
            .collect();
        let events = Encoded::new(events);
        drop(s);
        return list_response(&path, &events, &params, None);
    }
    if op.is_list {
        let state_ = &mut *s;
        let Some(objects) = state_.lists.get(&key) else {
            drop(s);
            return list_response(&path, &Encoded::new(std::iter::empty()), &params, None);
        };
        // Filters by fields are rare (tests); a plain request uses what the list computed once.
        let by_fields = params.iter().any(|(k, _)| !NOT_FIELDS.contains(&base_name(k)));
        let keep: Option<Vec<bool>> = by_fields.then(|| objects.iter().map(|o| listed(&path, o, &params)).collect());
        let list = state_
            .encoded
            .entry(key.clone())
            .or_insert_with(|| Arc::new(Encoded::listing(&path, &state_.lists[&key])))
            .clone();
        // The page is cut and written outside the lock, so concurrent requests overlap.
        drop(s);
        return list_response(&path, &list, &params, keep.as_deref().or(list.listed_by_default.as_deref()));
    }
    if let Some((parent, id)) = path.rsplit_once('/') {
        if let Some(o) =
            s.lists.get(&account_key(account.as_deref(), parent)).and_then(|l| l.iter().find(|o| o["id"] == id))
        {
            return Json(as_sent(o)).into_response();
        }
        // An object served in another list of the same account (a file's embedded links, a
        // customer's tax ids).
        let mine = |k: &String| match &account {
            Some(a) => k.starts_with(&format!("{a}|")),
            None => !k.contains('|'),
        };
        if let Some(o) = s.lists.iter().filter(|(k, _)| mine(k)).flat_map(|(_, l)| l).find(|o| o["id"] == id) {
            return Json(as_sent(o)).into_response();
        }
    }
    s.requests[at].status = 404;
    let id = path.rsplit('/').next().unwrap_or("");
    refusal(&Refusal {
        status: 404,
        kind: "invalid_request_error",
        code: Some("resource_missing"),
        message: format!("No such object: '{id}'"),
        param: Some("id".into()),
    })
}

fn type_matches(pattern: &str, t: &str) -> bool {
    match pattern.strip_suffix(".*") {
        Some(prefix) => t.starts_with(&format!("{prefix}.")),
        None => pattern == t,
    }
}

/// A newest-first list with each object's `id`, `created` and JSON text taken out once.
struct Encoded {
    ids: Vec<String>,
    created: Vec<i64>,
    json: Vec<String>,
    position: std::collections::HashMap<String, usize>,
    /// For a list that hides objects by default, which ones a plain request answers.
    listed_by_default: Option<Vec<bool>>,
}

impl Encoded {
    /// The list served at `path`, with what its plain request hides worked out once.
    fn listing(path: &str, items: &[Value]) -> Encoded {
        let mut e = Encoded::new(items);
        if HIDING.contains(&path) {
            e.listed_by_default = Some(items.iter().map(|o| listed(path, o, &[])).collect());
        }
        e
    }

    fn new<'a>(items: impl IntoIterator<Item = &'a Value>) -> Encoded {
        let mut e = Encoded {
            ids: Vec::new(),
            created: Vec::new(),
            json: Vec::new(),
            position: Default::default(),
            listed_by_default: None,
        };
        for o in items {
            let id = o["id"].as_str().unwrap_or("").to_string();
            e.position.insert(id.clone(), e.ids.len());
            e.ids.push(id);
            // An invoice item's creation time is its `date`.
            e.created.push(o["created"].as_i64().or_else(|| o["date"].as_i64()).unwrap_or(0));
            e.json.push(serde_json::to_string(&as_sent(o)).unwrap());
        }
        e
    }
}

/// Stripe's list semantics over a newest-first list.
fn list_response(path: &str, items: &Encoded, params: &[(String, String)], keep: Option<&[bool]>) -> Response {
    let get = |k: &str| params.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let limit: usize = match get("limit").map(str::parse::<usize>) {
        None => 10,
        Some(Ok(n)) if (1..=100).contains(&n) => n,
        _ => {
            return error(
                StatusCode::BAD_REQUEST,
                "invalid_request_error",
                "Invalid integer: limit must be between 1 and 100.",
            )
        }
    };
    // Parsed once per request: the fake serves the benchmarks' 20k-object lists too.
    let created = |op: &str| get(&format!("created[{op}]")).and_then(|v| v.parse::<i64>().ok());
    let (gt, gte, lt, lte) = (created("gt"), created("gte"), created("lt"), created("lte"));
    // Indexes into `items` of the objects that pass the filters, in list order.
    let filtered: Vec<usize> = (0..items.ids.len())
        .filter(|&i| {
            let c = items.created[i];
            keep.is_none_or(|k| k[i])
                && gt.is_none_or(|t| c > t)
                && gte.is_none_or(|t| c >= t)
                && lt.is_none_or(|t| c < t)
                && lte.is_none_or(|t| c <= t)
        })
        .collect();
    // Where a cursor object sits among the filtered ones (Stripe refuses a cursor it does not list).
    let find = |id: &str| items.position.get(id).and_then(|i| filtered.binary_search(i).ok());
    let (page, has_more): (&[usize], bool) = if let Some(after) = get("starting_after") {
        let Some(at) = find(after) else {
            return error(StatusCode::BAD_REQUEST, "invalid_request_error", &format!("No such object: '{after}'"));
        };
        let rest = &filtered[at + 1..];
        (&rest[..rest.len().min(limit)], rest.len() > limit)
    } else if let Some(before) = get("ending_before") {
        let Some(at) = find(before) else {
            return error(StatusCode::BAD_REQUEST, "invalid_request_error", &format!("No such object: '{before}'"));
        };
        let start = at.saturating_sub(limit);
        (&filtered[start..at], start > 0)
    } else {
        (&filtered[..filtered.len().min(limit)], filtered.len() > limit)
    };
    let data: Vec<&str> = page.iter().map(|&i| items.json[i].as_str()).collect();
    let body = format!(
        "{{\"object\":\"list\",\"url\":{},\"has_more\":{has_more},\"data\":[{}]}}",
        serde_json::to_string(path).unwrap(),
        data.join(",")
    );
    ([(axum::http::header::CONTENT_TYPE, "application/json")], body).into_response()
}
