//! The era labels on the ruler are whole wherever the row has room for them: a label too
//! long for its band reaches back over the blank end of the band before it, as the last,
//! short band ("Full-scale war", 2022–2024) needs at every width.

use crate::common;

use common::{app, drawn, shipped};
use timeline::words::Lang;

/// The ruler's era row: the first row naming the era that fits at every width.
fn era_row(lang: Lang, (w, h): (u16, u16)) -> String {
    let mut a = app(shipped(), w, h);
    a.words = lang.words();
    let putin = a.timeline.eras[3].name_in(lang).to_owned();
    drawn(&a, w, h)
        .into_iter()
        .find(|row| row.contains(&putin))
        .unwrap_or_else(|| panic!("no era row at {w}x{h}"))
}

#[test]
fn era_labels_are_whole_where_the_row_has_room() {
    let t = shipped();
    for lang in [Lang::En, Lang::Ru] {
        let names: Vec<&str> = t.eras.iter().map(|e| e.name_in(lang)).collect();
        // At 80 columns the first band (1980 to Perestroika, five years) is nine columns
        // wide and Perestroika's label follows it at once: no room; every other has room.
        for (size, whole) in [((80, 24), &names[1..]), ((200, 50), &names[..])] {
            let row = era_row(lang, size);
            for name in whole {
                assert!(row.contains(name), "{lang:?} {size:?}: {name} in {row:?}");
            }
            // In band order, each once.
            let at: Vec<usize> = whole.iter().filter_map(|n| row.find(n)).collect();
            assert!(at.is_sorted(), "{lang:?} {size:?}: {row:?}");
        }
    }
    let row = era_row(Lang::En, (120, 40));
    for name in &t.eras {
        assert!(row.contains(name.name_in(Lang::En)), "120: {row:?}");
    }
}
