//! The Russian plural rule: which of three forms a count takes.

/// The Russian plural form for `n`: one (1, 21), few (2–4, 22–24) or many (5–20, 25…).
#[must_use]
pub fn plural<'a>(n: usize, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match (n % 10, n % 100) {
        (1, m) if m != 11 => one,
        (2..=4, m) if !(12..=14).contains(&m) => few,
        _ => many,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_forms() {
        let f = |n| plural(n, "событие", "события", "событий");
        assert_eq!(
            [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(f),
            [
                "событие",
                "события",
                "события",
                "событий",
                "событий",
                "событий",
                "событий",
                "событие",
                "события",
                "событий",
                "событие",
                "событий"
            ]
        );
    }
}
