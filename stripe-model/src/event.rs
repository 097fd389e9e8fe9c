//! What an event handler reaches for besides the generated fields.

use crate::json::{Error, FromJson, ToJson};

impl crate::Event {
    /// The event's object as `T`, for a caller who knows its type:
    /// `event.object_as::<stripe_model::Invoice>()`. (`data.object` is already an [`AnyObject`]
    /// chosen by its `object` field; this reads it as another type, or a variant's type.)
    ///
    /// [`AnyObject`]: crate::AnyObject
    pub fn object_as<T: FromJson>(&self) -> Result<T, Error> {
        T::from_json(self.data.object.to_json())
    }
}
