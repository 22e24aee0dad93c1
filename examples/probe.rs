fn main() {
    let p = std::env::args().nth(1).unwrap();
    match timeline::load::load_path(std::path::Path::new(&p)) {
        Ok((t, _)) => println!("ok {}", t.events.len()),
        Err(e) => println!("{e}"),
    }
}
