//! Rust plan → source files (quote tokens, formatted by prettyplease).

use std::collections::BTreeMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::plan::{RustField, RustKind, RustModel, RustType, Ty, UnionVariant};

fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// Spec descriptions as doc attributes. Lines are trimmed so Markdown indentation never turns
/// into a doctest code block.
fn doc(text: Option<&str>) -> TokenStream {
    let Some(text) = text else { return quote!() };
    let text = prose(text);
    let lines = text.lines().map(|l| format!(" {}", l.trim()));
    quote!( #( #[doc = #lines] )* )
}

/// Spec prose as rustdoc should read it: a Markdown link to a page of Stripe's site made
/// absolute, and brackets that are no link (`automatic_tax[enabled]`, a link Stripe left
/// unclosed) escaped, so rustdoc does not look for an item by that name. Code spans are kept.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['[', '`']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('`') {
            let end = rest[1..].find('`').map_or(rest.len(), |j| j + 2);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let link = rest.find(']').and_then(|close| {
            let target = rest[close + 1..].strip_prefix('(')?;
            let end = target.find(')')?;
            Some((&rest[1..close], &target[..end], close + 2 + end + 1))
        });
        match link {
            Some((label, url, len)) => {
                let url = if url.starts_with('/') { format!("https://stripe.com{url}") } else { url.to_string() };
                out.push_str(&format!("[{label}]({url})"));
                rest = &rest[len..];
            }
            None => {
                out.push_str("\\[");
                rest = &rest[1..];
                if let Some(close) = rest.find(']') {
                    out.push_str(&rest[..close]);
                    out.push_str("\\]");
                    rest = &rest[close + 1..];
                }
            }
        }
    }
    out.push_str(rest);
    out
}

fn ty_tokens(t: &Ty) -> TokenStream {
    match t {
        Ty::String => quote!(String),
        Ty::I64 => quote!(i64),
        Ty::F64 => quote!(f64),
        Ty::Bool => quote!(bool),
        Ty::Json => quote!(crate::json::Value),
        Ty::Named(n) => {
            let n = ident(n);
            quote!(#n)
        }
        Ty::Boxed(inner) => {
            let i = ty_tokens(inner);
            quote!(Box<#i>)
        }
        Ty::Vec(inner) => {
            let i = ty_tokens(inner);
            quote!(Vec<#i>)
        }
        Ty::Map(inner) => {
            let i = ty_tokens(inner);
            quote!(std::collections::BTreeMap<String, #i>)
        }
        Ty::List(inner) => {
            let i = ty_tokens(inner);
            quote!(crate::List<#i>)
        }
        Ty::Expandable(inner) => {
            let i = ty_tokens(inner);
            quote!(crate::Expandable<#i>)
        }
    }
}

fn emit_struct(t: &RustType, fields: &[RustField], has_id: bool, object_tag: Option<&str>) -> TokenStream {
    let name = ident(&t.name);
    let docs = doc(t.doc.as_deref());
    let decls = fields.iter().map(|f| {
        let fname = ident(&f.rust_name);
        let fdoc = doc(f.doc.as_deref());
        let ty = ty_tokens(&f.ty);
        let ty = if f.optional { quote!(Option<#ty>) } else { ty };
        quote!(#fdoc pub #fname: #ty,)
    });
    let reads = fields.iter().map(|f| {
        let fname = ident(&f.rust_name);
        let key = &f.json_name;
        if f.required {
            quote!(#fname: crate::json::take_required(&mut m, #key)?,)
        } else {
            quote!(#fname: crate::json::take_optional(&mut m, #key)?,)
        }
    });
    let writes = fields.iter().map(|f| {
        let fname = ident(&f.rust_name);
        let key = &f.json_name;
        if f.required {
            quote!(crate::json::put_required(&mut m, #key, &self.#fname);)
        } else {
            quote!(crate::json::put_optional(&mut m, #key, &self.#fname);)
        }
    });
    let type_name = &t.name;
    let (check_tag, write_tag) = match object_tag {
        Some(tag) => (
            quote!(crate::json::take_tag(&mut m, #tag, #type_name)?;),
            quote!(m.insert("object".to_owned(), crate::json::Value::String(#tag.to_owned()));),
        ),
        None => (quote!(), quote!()),
    };
    let m = if fields.is_empty() && object_tag.is_none() { quote!(m) } else { quote!(mut m) };
    let has_id_impl = has_id.then(|| {
        quote! {
            impl crate::HasId for #name {
                fn id(&self) -> &str { &self.id }
            }
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#decls)*
            /// Members the spec does not list (and explicit `null`s of optional fields), kept so
            /// the object round-trips exactly.
            pub extra: crate::json::Map<String, crate::json::Value>,
        }
        impl crate::json::FromJson for #name {
            fn from_json(value: crate::json::Value) -> Result<Self, crate::json::Error> {
                let #m = crate::json::expect_object(value, #type_name)?;
                #check_tag
                Ok(Self { #(#reads)* extra: m })
            }
        }
        impl crate::json::ToJson for #name {
            fn to_json(&self) -> crate::json::Value {
                let #m = self.extra.clone();
                #write_tag
                #(#writes)*
                crate::json::Value::Object(m)
            }
        }
        #has_id_impl
    }
}

fn emit_enum(t: &RustType, values: &[(String, String)]) -> TokenStream {
    let name = ident(&t.name);
    let docs = doc(t.doc.as_deref());
    let variants = values.iter().map(|(v, _)| ident(v));
    let variant_docs = values.iter().map(|(_, w)| format!(" `{w}`"));
    let to_str = values.iter().map(|(v, w)| {
        let v = ident(v);
        quote!(Self::#v => #w,)
    });
    let from_str = values.iter().map(|(v, w)| {
        let v = ident(v);
        quote!(#w => Self::#v,)
    });
    let type_name = &t.name;
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the spec does not list.
            Unknown(String),
        }
        impl #name {
            /// The value as Stripe sends it.
            pub fn as_str(&self) -> &str {
                match self { #(#to_str)* Self::Unknown(s) => s }
            }
            fn from_wire(s: String) -> Self {
                match s.as_str() { #(#from_str)* _ => Self::Unknown(s) }
            }
        }
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        /// Never fails: a value this version does not list is `Unknown`.
        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::from_wire(s.to_owned()))
            }
        }
        impl crate::json::FromJson for #name {
            fn from_json(value: crate::json::Value) -> Result<Self, crate::json::Error> {
                crate::json::enum_str(value, #type_name).map(Self::from_wire)
            }
        }
        impl crate::json::ToJson for #name {
            fn to_json(&self) -> crate::json::Value {
                crate::json::Value::String(self.as_str().to_owned())
            }
        }
    }
}

pub(crate) fn emit_union(name: &str, doc_text: Option<&str>, variants: &[UnionVariant], with_id: bool) -> TokenStream {
    let name_i = ident(name);
    let docs = doc(doc_text);
    let arms = variants.iter().map(|v| {
        let (vn, vt) = (ident(&v.name), ident(&v.ty));
        quote!(#vn(Box<#vt>),)
    });
    let shapes = variants.iter().map(|v| {
        let (object, required, known) = (&v.object, &v.required, &v.known);
        let deleted = v.deleted;
        quote!(crate::union::VariantShape { object: &[#(#object),*], deleted: #deleted, required: &[#(#required),*], known: &[#(#known),*] },)
    });
    let picks = variants.iter().enumerate().map(|(i, v)| {
        let vn = ident(&v.name);
        quote!(Some(#i) => Self::#vn(Box::new(crate::json::FromJson::from_json(value)?)),)
    });
    let writes = variants.iter().map(|v| {
        let vn = ident(&v.name);
        quote!(Self::#vn(v) => crate::json::ToJson::to_json(&**v),)
    });
    let type_names = variants.iter().map(|v| {
        let (vn, ty) = (ident(&v.name), &v.ty);
        quote!(Self::#vn(_) => Some(#ty),)
    });
    let shapes_ident = format_ident!("{}_SHAPES", heck::ToShoutySnakeCase::to_shouty_snake_case(name));
    let id_impl = with_id.then(|| {
        let ids = variants.iter().map(|v| {
            let vn = ident(&v.name);
            quote!(Self::#vn(v) => crate::HasId::id(&**v),)
        });
        quote! {
            impl crate::HasId for #name_i {
                fn id(&self) -> &str {
                    match self { #(#ids)* Self::Unknown(v) => crate::HasId::id(v) }
                }
            }
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name_i {
            #(#arms)*
            /// An object none of the variants matches (a type Stripe added later), kept whole.
            Unknown(crate::json::Value),
        }
        impl #name_i {
            /// Name of the generated type this value holds (`None` for `Unknown`).
            pub fn variant_type(&self) -> Option<&'static str> {
                match self { #(#type_names)* Self::Unknown(_) => None }
            }
        }
        static #shapes_ident: &[crate::union::VariantShape] = &[#(#shapes)*];
        impl crate::json::FromJson for #name_i {
            fn from_json(value: crate::json::Value) -> Result<Self, crate::json::Error> {
                Ok(match crate::union::pick_variant(&value, #shapes_ident) {
                    #(#picks)*
                    _ => Self::Unknown(value),
                })
            }
        }
        impl crate::json::ToJson for #name_i {
            fn to_json(&self) -> crate::json::Value {
                match self { #(#writes)* Self::Unknown(v) => v.clone() }
            }
        }
        #id_impl
    }
}

fn emit_type(t: &RustType, has_id: &dyn Fn(&str) -> bool) -> TokenStream {
    match &t.kind {
        RustKind::Struct { fields, has_id, object_tag } => emit_struct(t, fields, *has_id, object_tag.as_deref()),
        RustKind::Enum { values } => emit_enum(t, values),
        RustKind::Union { variants } => {
            let all_have_id = variants.iter().all(|v| has_id(&v.ty));
            emit_union(&t.name, t.doc.as_deref(), variants, all_have_id)
        }
        RustKind::Alias(ty) => {
            let name = ident(&t.name);
            let docs = doc(t.doc.as_deref());
            let ty = ty_tokens(ty);
            quote!(#docs pub type #name = #ty;)
        }
    }
}

pub(crate) fn format(tokens: TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("generated Rust parses");
    prettyplease::unparse(&file)
}

pub const HEADER: &str = "// @generated by `cargo xtask generate` from Stripe's OpenAPI spec. Do not edit.\n";

/// One file per component schema (with its inline types), keyed by module name.
pub fn emit_modules(model: &RustModel) -> BTreeMap<String, String> {
    let ids: std::collections::HashSet<&str> = model
        .types
        .iter()
        .filter(|t| matches!(t.kind, RustKind::Struct { has_id: true, .. }))
        .map(|t| t.name.as_str())
        .collect();
    let has_id = |n: &str| ids.contains(n);
    let mut by_module: BTreeMap<String, Vec<TokenStream>> = BTreeMap::new();
    for t in &model.types {
        by_module.entry(t.module.clone()).or_default().push(emit_type(t, &has_id));
    }
    by_module
        .into_iter()
        .map(|(module, items)| {
            let body = format(quote!(#[allow(unused_imports)] use super::*; #(#items)*));
            (module, format!("{HEADER}{body}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::prose;

    #[test]
    fn prose_keeps_links_and_escapes_brackets_that_are_none() {
        assert_eq!(
            prose("see [Treasury](/docs/api/treasury)."),
            "see [Treasury](https://stripe.com/docs/api/treasury)."
        );
        assert_eq!(prose("[x](https://a.b/c) y"), "[x](https://a.b/c) y");
        assert_eq!(prose("with automatic_tax[enabled]=true"), "with automatic_tax\\[enabled\\]=true");
        assert_eq!(
            prose("on a [FinancialAccount](/docs/api/treasury/financial_accounts"),
            "on a \\[FinancialAccount\\](/docs/api/treasury/financial_accounts"
        );
        assert_eq!(prose("code `a[b]` stays"), "code `a[b]` stays");
    }
}
