//! The one key table: it drives dispatch, the footer hints, the help and the README's table.
//! Each row binds keys to actions in some contexts and names the help topic that describes
//! them; labels are derived from the keys, so the help can never drift from the bindings.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use std::fmt::Write as _;

use super::Action;
use crate::words::{Lang, Topic, Words};

/// Where the user is, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The chronology with its detail pane.
    List,
    /// The detail alone on the full screen.
    Detail,
    /// The help overlay.
    Help,
    /// The filter picker.
    Picker,
    /// The export formats (`x`).
    Export,
    /// The citation menu (`y`).
    Cite,
    /// A text prompt (search or date).
    Prompt,
    /// The list of sources.
    Sources,
}

/// A key as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub KeyCode, pub KeyModifiers);

const fn k(code: KeyCode) -> Key {
    Key(code, KeyModifiers::NONE)
}
const fn c(ch: char) -> Key {
    Key(KeyCode::Char(ch), KeyModifiers::NONE)
}
const fn ctrl(ch: char) -> Key {
    Key(KeyCode::Char(ch), KeyModifiers::CONTROL)
}

impl Key {
    /// How the key is written: `↓`, `j`, `Enter`, `Space`, `Ctrl-C`, `S-Tab`.
    #[must_use]
    pub fn name(self) -> String {
        match self.0 {
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "S-Tab".to_owned(),
            KeyCode::Backspace => "Bksp".to_owned(),
            KeyCode::Delete => "Del".to_owned(),
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(ch) if self.1.contains(KeyModifiers::CONTROL) => {
                format!("Ctrl-{}", ch.to_ascii_uppercase())
            }
            KeyCode::Char(ch) => ch.to_string(),
            other => format!("{other:?}"),
        }
    }
}

/// One row of the key table.
#[derive(Debug)]
pub struct Binding {
    /// The contexts it applies in.
    pub contexts: &'static [Context],
    /// Each key with the action it stands for (a pair such as `[ ]` names both directions).
    pub keys: &'static [(Key, Action)],
    /// What the help says of it.
    pub topic: Topic,
    /// Whether the footer shows it as a hint.
    pub hint: bool,
}

impl Binding {
    /// The keys as the help and footer write them: `↓ j`, `[ ]`, `Tab S-Tab`.
    #[must_use]
    pub fn label(&self) -> String {
        self.keys
            .iter()
            .map(|(key, _)| key.name())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

use Context::{Cite, Detail, Export, Help, List, Picker, Prompt, Sources};

const LIST: &[Context] = &[List];
const BROWSE: &[Context] = &[List, Detail];
const SCROLLS: &[Context] = &[Detail, Help];
const ANYWHERE: &[Context] = &[List, Detail, Help, Picker, Export, Cite, Sources];
/// The popups that are lists.
const LISTS: &[Context] = &[Picker, Export, Cite, Sources];

macro_rules! bind {
    ($ctx:expr, [$(($key:expr, $action:expr)),+], $topic:ident, $hint:literal) => {
        Binding { contexts: $ctx, keys: &[$(($key, $action)),+], topic: Topic::$topic, hint: $hint }
    };
}

/// Every binding, in the order the help lists them (the footer orders its hints by
/// [`FOOTER_ORDER`]).
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind!(LIST, [(k(KeyCode::Down), Action::Down), (c('j'), Action::Down)], NextEvent, true),
    bind!(LIST, [(k(KeyCode::Up), Action::Up), (c('k'), Action::Up)], PrevEvent, false),
    bind!(&[List, Detail, Help, Picker, Export, Cite, Sources], [(k(KeyCode::PageDown), Action::PageDown)], PageDown, false),
    bind!(&[List, Detail, Help, Picker, Export, Cite, Sources], [(k(KeyCode::PageUp), Action::PageUp)], PageUp, false),
    bind!(LIST, [(k(KeyCode::Home), Action::First), (c('g'), Action::First)], FirstEvent, false),
    bind!(LIST, [(k(KeyCode::End), Action::Last), (c('G'), Action::Last)], LastEvent, false),
    bind!(LIST, [(c('['), Action::PrevYear), (c(']'), Action::NextYear)], YearStep, true),
    bind!(LIST, [(c('d'), Action::YearPrompt)], YearPrompt, true),
    bind!(SCROLLS, [(k(KeyCode::Down), Action::Down), (c('j'), Action::Down)], ScrollDown, true),
    bind!(SCROLLS, [(k(KeyCode::Up), Action::Up), (c('k'), Action::Up)], ScrollUp, false),
    bind!(&[Detail, Help, Picker, Export, Cite, Sources], [(k(KeyCode::Home), Action::First), (c('g'), Action::First)], Top, false),
    bind!(&[Detail, Help, Picker, Export, Cite, Sources], [(k(KeyCode::End), Action::Last), (c('G'), Action::Last)], Bottom, false),
    bind!(&[Detail], [(k(KeyCode::Left), Action::PrevEvent), (k(KeyCode::Right), Action::NextEvent), (c('h'), Action::PrevEvent), (c('l'), Action::NextEvent)], EventStep, true),
    bind!(&[Detail], [(k(KeyCode::Tab), Action::NextLink), (Key(KeyCode::BackTab, KeyModifiers::SHIFT), Action::PrevLink)], LinkStep, true),
    bind!(&[Detail], [(k(KeyCode::Enter), Action::FollowLink)], FollowLink, false),
    bind!(BROWSE, [(c('a'), Action::NextLegal), (c('A'), Action::PrevLegal)], LegalStep, true),
    bind!(BROWSE, [(c('c'), Action::NextInCase), (c('C'), Action::PrevInCase)], CaseStep, false),
    bind!(BROWSE, [(c('/'), Action::Search)], Search, true),
    bind!(BROWSE, [(c('n'), Action::NextMatch), (c('N'), Action::PrevMatch)], MatchStep, false),
    bind!(BROWSE, [(c('&'), Action::ToggleSearchMode)], SearchMode, false),
    bind!(LIST, [(c('f'), Action::Filter)], Filter, true),
    bind!(&[List, Picker], [(c('F'), Action::ClearFilters)], ClearFilters, false),
    bind!(LIST, [(c('R'), Action::ToggleRuler)], Ruler, false),
    bind!(LIST, [(c('+'), Action::CyclePanes)], Panes, false),
    bind!(LIST, [(c('_'), Action::ZoomPane)], Zoom, false),
    bind!(BROWSE, [(c('o'), Action::OpenSource)], OpenSource, true),
    bind!(BROWSE, [(c('y'), Action::CopyCitation)], Copy, true),
    bind!(BROWSE, [(c('e'), Action::Edit)], Edit, false),
    bind!(LIST, [(c('x'), Action::Export)], Export, false),
    bind!(BROWSE, [(k(KeyCode::Backspace), Action::GoBack), (ctrl('o'), Action::GoBack)], GoBack, false),
    bind!(LIST, [(k(KeyCode::Enter), Action::Open)], Open, true),
    bind!(LIST, [(k(KeyCode::Tab), Action::ToggleFocus)], Focus, false),
    bind!(LIST, [(c('s'), Action::Sources)], Sources, true),
    bind!(LISTS, [(k(KeyCode::Down), Action::Down), (c('j'), Action::Down)], NextEntry, false),
    bind!(LISTS, [(k(KeyCode::Up), Action::Up), (c('k'), Action::Up)], PrevEntry, false),
    bind!(&[Sources], [(k(KeyCode::Enter), Action::Toggle)], ShowCiting, true),
    bind!(&[Sources], [(k(KeyCode::Right), Action::Expand), (c('l'), Action::Expand)], Expand, true),
    bind!(&[Sources], [(k(KeyCode::Left), Action::Collapse), (c('h'), Action::Collapse)], Collapse, false),
    bind!(&[Sources], [(c('/'), Action::Search)], SourceFilter, true),
    bind!(&[Sources], [(c('o'), Action::OpenSource)], OpenSource, false),
    bind!(&[Sources], [(c('y'), Action::CopyCitation)], CopySource, false),
    bind!(&[Picker], [(c(' '), Action::Toggle), (k(KeyCode::Enter), Action::Toggle)], Toggle, true),
    bind!(&[Export], [(c(' '), Action::Toggle), (k(KeyCode::Enter), Action::Toggle)], WriteFormat, true),
    bind!(&[Cite], [(c(' '), Action::Toggle), (k(KeyCode::Enter), Action::Toggle)], CopyChoice, true),
    bind!(&[Prompt], [(k(KeyCode::Enter), Action::Submit)], Accept, true),
    bind!(&[Prompt], [(k(KeyCode::Esc), Action::Cancel)], Cancel, true),
    bind!(&[Prompt], [(k(KeyCode::Left), Action::CursorLeft), (k(KeyCode::Right), Action::CursorRight)], CursorStep, false),
    bind!(&[Prompt], [(k(KeyCode::Home), Action::LineStart), (ctrl('a'), Action::LineStart)], LineStart, false),
    bind!(&[Prompt], [(k(KeyCode::End), Action::LineEnd), (ctrl('e'), Action::LineEnd)], LineEnd, false),
    bind!(&[Prompt], [(k(KeyCode::Backspace), Action::Backspace)], DeleteChar, false),
    bind!(&[Prompt], [(k(KeyCode::Delete), Action::DeleteUnder)], DeleteUnder, false),
    bind!(&[Prompt], [(ctrl('u'), Action::ClearLine)], ClearLine, false),
    bind!(&[Prompt], [(ctrl('w'), Action::DeleteWord)], DeleteWord, false),
    bind!(&[Prompt], [(k(KeyCode::Up), Action::HistoryPrev), (k(KeyCode::Down), Action::HistoryNext)], History, false),
    bind!(ANYWHERE, [(c('?'), Action::Help)], Help, true),
    bind!(&[Detail, Help, Picker, Export, Cite, Sources], [(k(KeyCode::Esc), Action::Back), (c('q'), Action::Back)], Back, true),
    bind!(LIST, [(k(KeyCode::Esc), Action::Back)], BackOrClear, false),
    bind!(LIST, [(c('q'), Action::Quit)], Quit, true),
    bind!(&[List, Detail, Help, Picker, Export, Cite, Prompt, Sources], [(ctrl('c'), Action::Quit)], Quit, false),
    bind!(ANYWHERE, [(ctrl('z'), Action::Suspend)], Suspend, false),
];

fn matches(key: Key, event: &KeyEvent) -> bool {
    let mods = if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
        event.modifiers - KeyModifiers::SHIFT
    } else {
        event.modifiers
    };
    let want = key.1 - KeyModifiers::SHIFT;
    key.0 == event.code && mods == want
}

/// The action a key press stands for in a context, if any.
#[must_use]
pub fn action_for(context: Context, event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let bound = BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .flat_map(|b| b.keys)
        .find(|(key, _)| matches(*key, event))
        .map(|(_, action)| action.clone());
    match (bound, context, event.code) {
        (Some(action), _, _) => Some(action),
        (None, Prompt, KeyCode::Char(ch))
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Input(ch))
        }
        _ => None,
    }
}

/// A letter typed at once after `Esc`, where `Esc` closes or goes back: the terminal sends
/// the two as one sequence, which crossterm reads as Alt and the letter. No key of the
/// table uses Alt, so outside the chronology (where `Esc` clears the search and the
/// filters) such a press is taken for what was typed: `Esc`, then the letter returned here.
#[must_use]
pub fn after_escape(context: Context, event: &KeyEvent) -> Option<KeyEvent> {
    let KeyCode::Char(ch) = event.code else {
        return None;
    };
    let alt = event.modifiers - KeyModifiers::SHIFT == KeyModifiers::ALT;
    (alt && context != Context::List && event.kind != KeyEventKind::Release)
        .then(|| KeyEvent::new(KeyCode::Char(ch), event.modifiers - KeyModifiers::ALT))
}

/// The action a mouse event stands for.
#[must_use]
pub fn action_for_mouse(event: &MouseEvent) -> Option<Action> {
    let (col, row) = (event.column, event.row);
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(col, row)),
        MouseEventKind::ScrollDown => Some(Action::Wheel(col, row, true)),
        MouseEventKind::ScrollUp => Some(Action::Wheel(col, row, false)),
        _ => None,
    }
}

/// The contexts in the order the help and the README list them.
pub const SECTIONS: [Context; 8] = [List, Detail, Picker, Export, Cite, Sources, Prompt, Help];

/// The topics of moving through any list or text: the help says them once, in its "In
/// every list" section, and not again under each context.
const EVERY_LIST: &[Topic] = &[
    Topic::NextEvent,
    Topic::PrevEvent,
    Topic::PageDown,
    Topic::PageUp,
    Topic::FirstEvent,
    Topic::LastEvent,
    Topic::ScrollDown,
    Topic::ScrollUp,
    Topic::Top,
    Topic::Bottom,
    Topic::NextEntry,
    Topic::PrevEntry,
];

/// The help text, `(keys, text)` rows with section headings as `(None, heading)`: first
/// what the marks on the screen mean, then the keys of every list once, then the keys of
/// each context.
#[must_use]
pub fn help_text(w: &dyn Words) -> Vec<(Option<String>, String)> {
    use crate::words::Phrase;
    let row = |keys: &str, text: &str| (Some(keys.to_owned()), text.to_owned());
    let heading = |text: &str| (None, text.to_owned());
    let blank = || (None, String::new());
    // The legend: the date marks, the kind markers drawn before each event, the ruler.
    let mut out = vec![
        heading(w.phrase(Phrase::Legend)),
        row("~", w.phrase(Phrase::Approximate)),
        row("≥", w.phrase(Phrase::Window)),
    ];
    for k in crate::model::Kind::ALL {
        out.push(row(crate::view::kind_marker(k), w.kind(k)));
    }
    out.extend([
        blank(),
        heading(w.phrase(Phrase::RulerLegend)),
        row("▁▃▅▇", w.phrase(Phrase::RulerBars)),
        row("▲", w.phrase(Phrase::RulerMarker)),
        blank(),
    ]);
    // Moving through a list or a text: the chronology's keys, said once for all.
    out.push(heading(w.phrase(Phrase::EveryList)));
    for (topic, words) in [
        (Topic::NextEvent, w.phrase(Phrase::EveryDown)),
        (Topic::PrevEvent, w.phrase(Phrase::EveryUp)),
        (Topic::PageDown, w.help(Topic::PageDown)),
        (Topic::PageUp, w.help(Topic::PageUp)),
        (Topic::FirstEvent, w.phrase(Phrase::EveryTop)),
        (Topic::LastEvent, w.phrase(Phrase::EveryBottom)),
    ] {
        if let Some(b) = BINDINGS.iter().find(|b| b.topic == topic) {
            out.push(row(&b.label(), words));
        }
    }
    let (mouse, line) = w.help_mouse();
    out.push(row(mouse, line));
    out.push(blank());
    for (context, name) in SECTIONS.into_iter().zip(w.help_sections()) {
        out.push(heading(name));
        for b in BINDINGS
            .iter()
            .filter(|b| b.contexts.contains(&context) && !EVERY_LIST.contains(&b.topic))
        {
            out.push(row(&b.label(), w.help(b.topic)));
        }
        out.push(blank());
    }
    out.pop();
    out
}

/// The key table as Markdown, grouped by context, for the README (a test keeps them equal).
#[must_use]
pub fn markdown() -> String {
    let w = Lang::En.words();
    let mut out = String::from("| where | keys | action |\n|---|---|---|\n");
    for (context, name) in SECTIONS.into_iter().zip(w.help_sections()) {
        for b in BINDINGS.iter().filter(|b| b.contexts.contains(&context)) {
            let keys = b
                .keys
                .iter()
                .map(|(key, _)| format!("`{}`", key.name()))
                .collect::<Vec<_>>()
                .join(" ");
            let _ = writeln!(out, "| {name} | {keys} | {} |", w.help(b.topic));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in SECTIONS {
            let mut seen: Vec<(Key, usize)> = Vec::new();
            for (row, b) in BINDINGS.iter().enumerate() {
                if !b.contexts.contains(&context) {
                    continue;
                }
                for (key, _) in b.keys {
                    let twice = seen.iter().find(|(k, r)| k == key && *r != row);
                    assert!(
                        twice.is_none(),
                        "{context:?}: {} bound in rows {} and {row}",
                        key.name(),
                        twice.map_or(0, |t| t.1)
                    );
                    seen.push((*key, row));
                }
            }
        }
    }

    #[test]
    fn labels_come_from_the_keys() {
        let toggle = BINDINGS
            .iter()
            .find(|b| b.topic == Topic::Toggle)
            .expect("toggle");
        assert_eq!(toggle.label(), "Space Enter");
        let quit = BINDINGS
            .iter()
            .find(|b| b.topic == Topic::Quit && b.contexts.contains(&Prompt))
            .expect("ctrl-c");
        assert_eq!(quit.label(), "Ctrl-C");
    }
}
