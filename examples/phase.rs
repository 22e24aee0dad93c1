fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let t0 = std::time::Instant::now();
    let t = timeline::load::parse("x", &text).unwrap();
    eprintln!("parse {:?} {}", t0.elapsed(), t.events.len());
    let t1 = std::time::Instant::now();
    drop(t);
    eprintln!("drop {:?}", t1.elapsed());
}
