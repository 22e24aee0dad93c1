//! Folding text for search: case, accents, Cyrillic and the common spellings of the
//! subject's name all fold to one form, so `melenchon` finds Mélenchon and `Kagarlitskii`,
//! `Kagarlitsky`, `Kagarlitzky` and `Кагарлицкий` find each other. Folding works character
//! by character, so every folded byte knows which characters of the original it came from.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The Latin letters a lowercase Cyrillic letter is written with (scholarly-popular
/// transliteration, the one English-language reporting uses).
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// Folds `text`, calling `emit(folded_char, start, end)` for each output character with the
/// byte range of the original character it came from.
fn each(text: &str, mut emit: impl FnMut(char, usize, usize)) {
    let mut last: Option<char> = None;
    let mut push = |c: char, at: usize, end: usize, last: &mut Option<char>| {
        // `y` and `j` read as `i`, a doubled `i` as one, and `tz` as `ts`: the spellings
        // of Russian names in other languages differ in little else.
        let c = match c {
            'y' | 'j' => 'i',
            'z' if *last == Some('t') => 's',
            other => other,
        };
        if c == 'i' && *last == Some('i') {
            return;
        }
        *last = Some(c);
        emit(c, at, end);
    };
    for (at, ch) in text.char_indices() {
        let end = at + ch.len_utf8();
        for low in ch.to_lowercase() {
            if let Some(l) = latin(low) {
                for c in l.chars() {
                    push(c, at, end, &mut last);
                }
                continue;
            }
            if low.is_ascii() {
                push(low, at, end, &mut last);
                continue;
            }
            decompose_canonical(low, |d| {
                if !is_combining_mark(d) {
                    push(d, at, end, &mut last);
                }
            });
        }
    }
}

/// The folded form of a text, for matching.
#[must_use]
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    each(text, |c, _, _| out.push(c));
    out
}

/// The folded form with, for each byte of it, the byte range of the original character.
#[must_use]
pub fn fold_mapped(text: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    each(text, |c, at, end| {
        for _ in 0..c.len_utf8() {
            origin.push((at, end));
        }
        out.push(c);
    });
    (out, origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_fold_away() {
        assert_eq!(fold("Mélenchon"), fold("melenchon"));
        assert_eq!(fold("Solidarność"), fold("SOLIDARNOSC"));
        assert_eq!(fold("Žižek"), "zizek");
    }

    #[test]
    fn the_subjects_name_folds_to_one_form_in_every_spelling() {
        let want = fold("Kagarlitsky");
        for spelling in [
            "Kagarlitskii",
            "Kagarlitskiy",
            "Kagarlitzky",
            "Кагарлицкий",
            "КАГАРЛИЦКИЙ",
        ] {
            assert_eq!(fold(spelling), want, "{spelling}");
        }
        // Inflected Russian forms share the stem, which a shorter query finds.
        assert!(fold("Кагарлицкого").starts_with(&fold("Kagarlitsk")));
    }

    #[test]
    fn every_folded_byte_points_into_the_original() {
        let text = "Ёж и Mélenchon";
        let (folded, origin) = fold_mapped(text);
        assert_eq!(folded.len(), origin.len());
        assert!(
            origin
                .iter()
                .all(|&(a, b)| text.is_char_boundary(a) && text.is_char_boundary(b))
        );
    }
}
