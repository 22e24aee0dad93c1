//! Custody over time: the periods he was held, and his status as of any event.

use super::{Custody, Event, EventDate, EventIx};

/// A stretch of time in custody, from the event that began it to the one that ended it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CustodyPeriod {
    /// The index of the event that took him into custody.
    pub start: EventIx,
    /// The index of the event that freed him, if any.
    pub end: Option<EventIx>,
    /// The first day of the period: the start of the starting event's date.
    pub from: chrono::NaiveDate,
    /// The day it ended (the start of the freeing event's date), or the latest date.
    pub until: chrono::NaiveDate,
}

/// His status as of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CustodyStatus {
    /// The status.
    pub state: Custody,
    /// When the current stretch (in custody, or free) began.
    pub since: EventDate,
    /// The day of the stretch the event falls on (day 1 is the first), when both dates are exact.
    pub day: Option<i64>,
    /// When free again: how many days the custody just ended lasted, when both ends are exact.
    pub held: Option<i64>,
    /// For an event dated only to a month or a year: the other status that began within that
    /// month or year, later in the list, with its date. The status above held for part of
    /// the event's period only, so both are true of it.
    pub then: Option<(Custody, EventDate)>,
    /// How many days he had spent in custody in all, over every recorded period up to the
    /// event, the current stretch included.
    pub total: Days,
}

/// A count of days known exactly, within bounds, or only from below: the dates it is
/// counted from may be known only to the month, the year or a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    /// The fewest days it can be.
    pub least: i64,
    /// The most it can be, unless a date it is counted to has no known latest day.
    pub most: Option<i64>,
}

/// Days in custody in all as of event `index`: each period ended by then counts from its
/// first day up to (not including) the day he was freed, as `held` does, and the current
/// one up to and including the event's day, as its `day` does.
#[must_use]
pub fn total_at(events: &[Event], periods: &[CustodyPeriod], index: EventIx) -> Days {
    let here = events[index].date;
    let mut total = Days {
        least: 0,
        most: Some(0),
    };
    for p in periods.iter().take_while(|p| p.start <= index) {
        let from = events[p.start].date;
        let (to, today) = match p.end.filter(|&end| end <= index) {
            Some(end) => (events[end].date, 0),
            None => (here, 1),
        };
        let least = from
            .latest_day()
            .map_or(0, |last| ((to.start() - last).num_days() + today).max(0));
        let most = to
            .latest_day()
            .map(|last| ((last - from.start()).num_days() + today).max(least));
        total.least += least;
        total.most = total.most.zip(most).map(|(a, b)| a + b);
    }
    total
}

/// The custody periods in a sorted list of events.
#[must_use]
pub fn periods(events: &[Event]) -> Vec<CustodyPeriod> {
    let mut out: Vec<CustodyPeriod> = Vec::new();
    let mut open: Option<EventIx> = None;
    for (i, event) in (0..).map(EventIx::new).zip(events) {
        match (event.custody, open) {
            (Some(c), None) if c.in_custody() => open = Some(i),
            (Some(Custody::Free), Some(start)) => {
                out.push(CustodyPeriod {
                    start,
                    end: Some(i),
                    from: events[start.get()].date.start(),
                    until: event.date.start(),
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        out.push(CustodyPeriod {
            start,
            end: None,
            from: events[start.get()].date.start(),
            until: chrono::NaiveDate::MAX,
        });
    }
    out
}

/// His status as of event `index`, from the last event at or before it that sets one;
/// `setters` are the indices of the events that set one, in order.
#[must_use]
pub fn status_at(
    events: &[Event],
    periods: &[CustodyPeriod],
    setters: &[EventIx],
    index: EventIx,
) -> Option<CustodyStatus> {
    let setter = *setters.get(setters.partition_point(|&s| s <= index).checked_sub(1)?)?;
    let state = events[setter].custody?;
    let since_index = if state.in_custody() {
        let p = periods
            .partition_point(|p| p.start <= setter)
            .checked_sub(1)
            .map(|p| periods[p]);
        p.filter(|p| p.end.is_none_or(|end| end > setter))
            .map_or(setter, |p| p.start)
    } else {
        setter
    };
    let since = events[since_index].date;
    let day = match (since.exact(), events[index].date.exact()) {
        (Some(from), Some(to)) => Some((to - from).num_days() + 1),
        _ => None,
    };
    let held = periods
        .iter()
        .find(|p| !state.in_custody() && p.end == Some(setter))
        .and_then(|p| {
            Some((events[setter].date.exact()? - events[p.start].date.exact()?).num_days())
        });
    let here = &events[index];
    let then = if here.date.exact().is_some() {
        None
    } else {
        let last = here.last_day();
        setters[setters.partition_point(|&s| s <= index)..]
            .iter()
            .map(|&s| &events[s])
            .take_while(|e| e.date.start() <= last)
            .find_map(|e| {
                let c = e.custody?;
                (c.in_custody() != state.in_custody()).then_some((c, e.date))
            })
    };
    Some(CustodyStatus {
        state,
        since,
        day,
        held,
        then,
        total: total_at(events, periods, index),
    })
}
