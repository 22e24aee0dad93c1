//! The Russian words of the key table: help lines and footer hints.

use crate::words::Topic;

/// A help line's text in Russian.
pub fn help(topic: Topic) -> &'static str {
    match topic {
        Topic::NextEvent => "следующее событие (или прокрутка панели в фокусе)",
        Topic::PrevEvent => "предыдущее событие (или прокрутка панели в фокусе)",
        Topic::PageDown => "страница вниз",
        Topic::PageUp => "страница вверх",
        Topic::FirstEvent => "первое событие (или начало панели в фокусе)",
        Topic::LastEvent => "последнее событие (или конец панели в фокусе)",
        Topic::YearStep => "предыдущий / следующий год с событиями",
        Topic::YearPrompt => "перейти к году, месяцу или дню",
        Topic::LegalStep => "следующее / предыдущее задержание или судебное решение",
        Topic::CaseStep => "следующее / предыдущее событие того же дела",
        Topic::Search => "поиск по заголовкам, описаниям, местам, тегам, цитатам, источникам",
        Topic::MatchStep => "следующее / предыдущее совпадение",
        Topic::SearchMode => "поиск: только совпадения или отметки во всём списке",
        Topic::Filter => "фильтр по типу и тегу",
        Topic::ClearFilters => "снять все фильтры и поиск",
        Topic::Ruler => "показать / скрыть обзорную шкалу",
        Topic::Panes => "поделить ширину иначе: шире хронология, поровну, шире событие",
        Topic::Zoom => "развернуть панель в фокусе на всю ширину или вернуть обе",
        Topic::Open => "открыть событие целиком",
        Topic::Focus => "переключить фокус между хронологией и подробностями",
        Topic::ScrollDown => "прокрутить вниз",
        Topic::ScrollUp => "прокрутить вверх",
        Topic::Top => "в начало",
        Topic::Bottom => "в конец",
        Topic::EventStep => "предыдущее или следующее событие, не выходя из просмотра",
        Topic::LinkStep => "выделить следующую / предыдущую связанную запись",
        Topic::FollowLink => "перейти к выделенной связанной записи",
        Topic::NextEntry => "следующий пункт",
        Topic::PrevEntry => "предыдущий пункт",
        Topic::Toggle => "включить / выключить пункт",
        Topic::WriteFormat => {
            "записать показанные события в этом формате в новый файл timeline-view в текущем каталоге"
        }
        Topic::CopyChoice => "скопировать эту цитату",
        Topic::Accept => "принять",
        Topic::Cancel => "отменить",
        Topic::DeleteChar => "удалить символ перед курсором",
        Topic::DeleteUnder => "удалить символ под курсором",
        Topic::CursorStep => "курсор влево / вправо",
        Topic::LineStart => "в начало строки",
        Topic::LineEnd => "в конец строки",
        Topic::ClearLine => "удалить всё от начала строки до курсора",
        Topic::DeleteWord => "удалить слово перед курсором",
        Topic::History => "прежние / следующие запросы этого сеанса",
        Topic::Help => "показать / скрыть эту справку",
        Topic::Back => "назад",
        Topic::BackOrClear => "снять поиск, затем фильтры (никогда не выходит)",
        Topic::Quit => "выйти",
        Topic::Suspend => "свернуть в оболочку (fg возвращает)",
        Topic::OpenSource => "открыть выделенный (или первый) источник в браузере",
        Topic::Copy => {
            "скопировать цитату события или выделенного источника: Markdown, простой текст, BibTeX или CSL-JSON"
        }
        Topic::GoBack => "вернуться к событию до перехода по связи",
        Topic::Sources => "все источники и сколько событий их цитирует",
        Topic::Export => "сохранить показанные события в файл в любом из форматов timeline export",
        Topic::Edit => "изменить событие в $VISUAL или $EDITOR и перечитать файл",
        Topic::ShowCiting => {
            "показать только события, цитирующие этот источник (или источники этого издания)"
        }
        Topic::Expand => "раскрыть источники издания",
        Topic::Collapse => "свернуть источники издания",
        Topic::SourceFilter => "отобрать источники по заголовку, изданию, автору или адресу",
        Topic::CopySource => "скопировать источник как ссылку (Markdown, в буфер обмена)",
    }
}

/// A footer hint in Russian.
pub fn hint(topic: Topic) -> Option<&'static str> {
    match topic {
        Topic::NextEvent => Some("ход"),
        Topic::YearStep => Some("год"),
        Topic::YearPrompt => Some("дата"),
        Topic::LegalStep => Some("суд"),
        Topic::Search => Some("поиск"),
        Topic::Filter => Some("фильтр"),
        Topic::Open => Some("открыть"),
        Topic::ScrollDown => Some("прокрутка"),
        Topic::EventStep => Some("назад/вперёд"),
        Topic::MatchStep => Some("совпадения"),
        Topic::LinkStep => Some("связи"),
        Topic::Toggle => Some("выбрать"),
        Topic::WriteFormat => Some("записать"),
        Topic::CopyChoice => Some("копировать"),
        Topic::Accept => Some("принять"),
        Topic::Cancel => Some("отмена"),
        Topic::Help => Some("справка"),
        Topic::Back => Some("назад"),
        Topic::Quit => Some("выход"),
        Topic::OpenSource => Some("источник"),
        Topic::Copy => Some("цитата"),
        Topic::Sources => Some("источники"),
        Topic::ShowCiting => Some("его события"),
        Topic::Expand => Some("раскрыть"),
        Topic::SourceFilter => Some("отбор"),
        Topic::PrevEvent
        | Topic::PageDown
        | Topic::PageUp
        | Topic::FirstEvent
        | Topic::LastEvent
        | Topic::CaseStep
        | Topic::ClearFilters
        | Topic::Ruler
        | Topic::Focus
        | Topic::ScrollUp
        | Topic::Top
        | Topic::Bottom
        | Topic::FollowLink
        | Topic::NextEntry
        | Topic::PrevEntry
        | Topic::DeleteChar
        | Topic::BackOrClear
        | Topic::Suspend
        | Topic::GoBack
        | Topic::Edit
        | Topic::Export
        | Topic::ClearLine
        | Topic::DeleteWord
        | Topic::History
        | Topic::CursorStep
        | Topic::LineStart
        | Topic::LineEnd
        | Topic::DeleteUnder
        | Topic::SearchMode
        | Topic::Panes
        | Topic::Zoom
        | Topic::Collapse
        | Topic::CopySource => None,
    }
}
