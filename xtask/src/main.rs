fn main() {
    let t = std::time::Instant::now();
    let path = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let bytes = std::fs::read(&path).unwrap();
    let spec = stripe_openapi::parse::parse_spec(&path, &bytes).unwrap();
    let t1 = t.elapsed();
    let api = stripe_openapi::ir::build(&spec, None);
    println!("parse {:?} ir {:?}", t1, t.elapsed());
    println!("resources {} lists {} untyped {}", api.resources.len(), api.resources.iter().filter(|r| r.list.is_some()).count(), api.untyped.len());
    println!("any list {}", api.resources.iter().filter(|r| r.list.is_some() || !r.nested_lists.is_empty()).count());
    for u in &api.untyped { println!("  {} — {}", u.path, u.reason); }
    for r in &api.resources { if r.list.is_none() { print!("{}({}) ", r.schema, r.retrieve.is_some()); } }
    println!();
}
