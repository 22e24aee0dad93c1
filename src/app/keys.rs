//! The one key table: it drives dispatch, the footer hints and the help overlay.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use std::fmt::Write as _;

use super::Action;

/// Where the user is, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The chronology with its detail pane.
    List,
    /// The full-screen detail view.
    Detail,
    /// The help overlay.
    Help,
    /// The filter picker.
    Picker,
    /// A text prompt (search or year).
    Prompt,
}

/// A key as written in the table.
#[derive(Debug, Clone, Copy)]
pub struct Key(pub KeyCode, pub KeyModifiers);

const fn k(code: KeyCode) -> Key {
    Key(code, KeyModifiers::NONE)
}
const fn c(ch: char) -> Key {
    Key(KeyCode::Char(ch), KeyModifiers::NONE)
}

/// One row of the key table.
#[derive(Debug)]
pub struct Binding {
    /// The contexts it applies in.
    pub contexts: &'static [Context],
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// How the keys are written in the help and footer.
    pub label: &'static str,
    /// What it does.
    pub action: Action,
    /// The help text.
    pub help: &'static str,
    /// The short footer hint, for the most useful bindings.
    pub hint: Option<&'static str>,
}

use Context::{Detail, Help, List, Picker, Prompt};

const LIST: &[Context] = &[List];
const BROWSE: &[Context] = &[List, Detail];
const ANYWHERE: &[Context] = &[List, Detail, Help, Picker];

macro_rules! bind {
    ($ctx:expr, [$($key:expr),+], $label:literal, $action:expr, $help:literal, $hint:expr) => {
        Binding { contexts: $ctx, keys: &[$($key),+], label: $label, action: $action, help: $help, hint: $hint }
    };
}

/// Every binding, in the order the help lists them: one row each, so the table reads as one.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind!(LIST, [k(KeyCode::Down), c('j')], "↓ j", Action::Down, "next event (or scroll the focused pane)", Some("move")),
    bind!(LIST, [k(KeyCode::Up), c('k')], "↑ k", Action::Up, "previous event (or scroll the focused pane)", None),
    bind!(&[List, Detail, Help], [k(KeyCode::PageDown)], "PgDn", Action::PageDown, "page down", None),
    bind!(&[List, Detail, Help], [k(KeyCode::PageUp)], "PgUp", Action::PageUp, "page up", None),
    bind!(LIST, [k(KeyCode::Home), c('g')], "Home g", Action::First, "first event", None),
    bind!(LIST, [k(KeyCode::End), c('G')], "End G", Action::Last, "last event", None),
    bind!(LIST, [c('['), c(']')], "[ ]", Action::PrevYear, "previous / next year with events", Some("year")),
    bind!(LIST, [c('y')], "y", Action::YearPrompt, "jump to a year", Some("jump")),
    bind!(BROWSE, [c('a'), c('A')], "a A", Action::NextLegal, "next / previous arrest or ruling", Some("legal")),
    bind!(BROWSE, [c('c'), c('C')], "c C", Action::NextInCase, "next / previous event of the same case", None),
    bind!(BROWSE, [c('/')], "/", Action::Search, "search titles, summaries, places, tags, legal fields, excerpts", Some("search")),
    bind!(BROWSE, [c('n'), c('N')], "n N", Action::NextMatch, "next / previous search match", None),
    bind!(LIST, [c('f')], "f", Action::Filter, "filter by kind and tag", Some("filter")),
    bind!(&[List, Picker], [c('F')], "F", Action::ClearFilters, "clear every filter and the search", None),
    bind!(LIST, [c('o')], "o", Action::ToggleRuler, "show / hide the overview ruler", None),
    bind!(LIST, [k(KeyCode::Enter)], "Enter", Action::Open, "open the full detail view", Some("open")),
    bind!(LIST, [k(KeyCode::Tab)], "Tab", Action::ToggleFocus, "move focus between chronology and detail", None),
    bind!(&[Detail, Help], [k(KeyCode::Down), c('j')], "↓ j", Action::Down, "scroll down", Some("scroll")),
    bind!(&[Detail, Help], [k(KeyCode::Up), c('k')], "↑ k", Action::Up, "scroll up", None),
    bind!(&[Detail], [k(KeyCode::Left), c('h')], "← h", Action::PrevEvent, "previous event, staying in the detail view", Some("prev/next")),
    bind!(&[Detail], [k(KeyCode::Right), c('l')], "→ l", Action::NextEvent, "next event, staying in the detail view", None),
    bind!(&[Detail], [k(KeyCode::Tab), Key(KeyCode::BackTab, KeyModifiers::SHIFT)], "Tab S-Tab", Action::NextLink, "highlight the next / previous linked event", Some("links")),
    bind!(&[Detail], [k(KeyCode::Enter)], "Enter", Action::FollowLink, "jump to the highlighted linked event", None),
    bind!(&[Picker], [k(KeyCode::Down), c('j')], "↓ j", Action::Down, "next entry", None),
    bind!(&[Picker], [k(KeyCode::Up), c('k')], "↑ k", Action::Up, "previous entry", None),
    bind!(&[Picker], [c(' '), k(KeyCode::Enter)], "Space", Action::Toggle, "toggle the entry", Some("toggle")),
    bind!(&[Prompt], [k(KeyCode::Enter)], "Enter", Action::Submit, "accept", Some("accept")),
    bind!(&[Prompt], [k(KeyCode::Esc)], "Esc", Action::Cancel, "cancel", Some("cancel")),
    bind!(&[Prompt], [k(KeyCode::Backspace)], "Bksp", Action::Backspace, "delete a character", None),
    bind!(ANYWHERE, [c('?')], "?", Action::Help, "show / hide this help", Some("help")),
    bind!(&[Detail, Help, Picker], [k(KeyCode::Esc), c('q')], "Esc q", Action::Back, "back", Some("back")),
    bind!(LIST, [k(KeyCode::Esc)], "Esc", Action::Back, "clear the search and filters, or quit", None),
    bind!(LIST, [c('q')], "q", Action::Quit, "quit", Some("quit")),
    bind!(&[List, Detail, Help, Picker, Prompt], [Key(KeyCode::Char('c'), KeyModifiers::CONTROL)], "Ctrl-C", Action::Quit, "quit", None),
    bind!(&[List, Detail, Help, Picker], [Key(KeyCode::Char('z'), KeyModifiers::CONTROL)], "Ctrl-Z", Action::Suspend, "suspend to the shell (fg resumes)", None),
];

/// The action a binding's n-th key stands for: the second key of a pair is the reverse move.
fn nth_action(action: Action, n: usize) -> Action {
    match (action, n) {
        (Action::PrevYear, 1) => Action::NextYear,
        (Action::NextLegal, 1) => Action::PrevLegal,
        (Action::NextInCase, 1) => Action::PrevInCase,
        (Action::NextMatch, 1) => Action::PrevMatch,
        (Action::NextLink, 1) => Action::PrevLink,
        (other, _) => other,
    }
}

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
        .find_map(|b| {
            b.keys
                .iter()
                .position(|key| matches(*key, event))
                .map(|n| nth_action(b.action.clone(), n))
        });
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

/// One footer hint from the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// The keys, as the help writes them.
    pub keys: &'static str,
    /// What they do, in a word or two.
    pub text: &'static str,
    /// Whether the footer keeps it at any width: help, and the way back or out.
    pub essential: bool,
}

/// The footer hints for a context, in table order (earlier rows matter more).
pub fn hints(context: Context) -> impl Iterator<Item = Hint> {
    BINDINGS
        .iter()
        .filter(move |b| b.contexts.contains(&context))
        .filter_map(|b| {
            b.hint.map(|text| Hint {
                keys: b.label,
                text,
                essential: matches!(
                    b.action,
                    Action::Help | Action::Quit | Action::Back | Action::Cancel
                ),
            })
        })
}

/// The contexts in the order the help and the README list them, with their headings.
pub const SECTIONS: [(Context, &str); 5] = [
    (List, "Chronology"),
    (Detail, "Full detail view"),
    (Picker, "Filter picker"),
    (Prompt, "Prompts (search, year)"),
    (Help, "Help"),
];

/// The key table as Markdown, grouped by context, for the README (a test keeps them equal).
#[must_use]
pub fn markdown() -> String {
    let mut out = String::from("| where | keys | action |\n|---|---|---|\n");
    for (context, name) in SECTIONS {
        for b in BINDINGS.iter().filter(|b| b.contexts.contains(&context)) {
            let keys = b
                .label
                .split(' ')
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(" ");
            let _ = writeln!(out, "| {name} | {keys} | {} |", b.help);
        }
    }
    out
}
