//! Typed Rust models of every Stripe object, generated from Stripe's OpenAPI spec.
//!
//! Every type converts to and from `serde_json::Value` through [`FromJson`] / [`ToJson`]:
//! non-generic code compiled once in this crate, so depending crates do not re-instantiate a
//! deserializer per type. Unknown enum values and unknown object types are kept (`Unknown`),
//! and unknown fields are kept in each struct's `extra`, so every payload round-trips exactly.
//! With the `serde` feature (default) every type also implements `Serialize`/`Deserialize`
//! through the same code.
//!
//! Handling a webhook (feature `webhook`): [`webhook::construct_event`] verifies the
//! `Stripe-Signature` header and returns a typed [`Event`]: its `type_` is an [`EventType`],
//! its `data.object` an [`AnyObject`] chosen by the object's `object` field.
//!
//! ```ignore
//! use stripe_model::webhook::{construct_event, Secrets};
//! use stripe_model::{AnyObject, EventType};
//!
//! let secrets = Secrets::from_list(&std::env::var("STRIPE_WEBHOOK_SECRET")?);
//! let event = construct_event(body, signature_header, &secrets)?; // a 400 if this fails
//! match (&event.type_, &event.data.object) {
//!     (EventType::CheckoutSessionCompleted, AnyObject::CheckoutSession(session)) => fulfil(session),
//!     (EventType::ChargeRefunded, AnyObject::Charge(charge)) => refund(charge),
//!     _ => {} // every other type, including those Stripe adds later (`EventType::Unknown`)
//! }
//! ```

mod event;
mod expandable;
#[rustfmt::skip]
mod generated;
pub mod json;
mod list;
mod registry;
#[doc(hidden)]
pub mod union;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use expandable::{Expandable, HasId};
pub use generated::*;
pub use json::{Error, FromJson, ToJson};
pub use list::List;
pub use registry::{resource, resource_for_object, ResourceInfo};

/// Parses any object Stripe returns (an event's `data.object`, a retrieve response):
/// one non-generic entry point for callers that do not know the type in advance.
pub fn parse_object(bytes: &[u8]) -> Result<AnyObject, Error> {
    AnyObject::from_json(json::parse(bytes)?)
}

/// Implements serde's traits by way of `FromJson`/`ToJson` (small, non-generic bodies).
#[doc(hidden)]
#[macro_export]
macro_rules! impl_serde {
    ($($t:ty),* $(,)?) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&$crate::json::ToJson::to_json(self), s)
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let v = <$crate::json::Value as serde::Deserialize>::deserialize(d)?;
                $crate::json::FromJson::from_json(v).map_err(<D::Error as serde::de::Error>::custom)
            }
        }
    )*};
}
