//! The peer for the load benchmark: a bare `toml::from_str::<toml::Table>` of a file,
//! run as its own process so its time and peak memory can be measured
//! (`cargo run --release --example bare_toml -- FILE`).

fn main() {
    let path = std::env::args().nth(1).expect("usage: bare_toml FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let table: toml::Table = toml::from_str(&text).expect("valid TOML");
    println!("{} top-level keys", table.len());
}
