//! The Russian fixed phrases: the words without numbers or names, looked up by name.

use crate::words::Phrase;

/// A fixed phrase in Russian.
pub fn phrase(p: Phrase) -> &'static str {
    match p {
        Phrase::TooSmall => "окно терминала слишком мало",
        Phrase::NoMatch => "нет совпадений",
        Phrase::ListEmpty => "Нет подходящих событий.",
        Phrase::ListEmptyHint => "F снимает фильтры.",
        Phrase::DetailEmpty => "Ни одно событие не подходит под фильтры и поиск.",
        Phrase::Disputed => "Разночтения: ",
        Phrase::SingleSource => "Один источник: ",
        Phrase::SourceNote => "Примечание: ",
        Phrase::Related => "Связанные события",
        Phrase::PaneChronology => " Хронология ",
        Phrase::PaneDetail => " Подробности ",
        Phrase::PaneFull => " Событие (Esc назад · ←/→ события · Tab связи) ",
        Phrase::YearLabel => "Дата: ",
        Phrase::YearTitle => "Переход: 2023, 2023-07, 25.07.2023 или июль 2023 · Enter · Esc",
        Phrase::HelpTitle => "Клавиши · j/k прокрутка · ? или Esc закрывает",
        Phrase::FilterTitle => "Фильтр · Space выбирает · F снимает · Esc",
        Phrase::NoLaterYear => "позже лет нет",
        Phrase::NoEarlierYear => "раньше лет нет",
        Phrase::ArrestOrRuling => "задержания или судебного решения",
        Phrase::EventInCase => "события этого дела",
        Phrase::NoCase => "это событие не относится ни к одному делу",
        Phrase::NoLinks => "у этого события нет связей",
        Phrase::LinkHint => "Tab выделяет связанную запись; Enter переходит к ней",
        Phrase::FiltersClearedForLink => "фильтры сняты, чтобы показать связанное событие",
        Phrase::NoSearch => "поиск не задан; нажмите /",
        Phrase::WrappedFirst => "поиск продолжен с первого совпадения",
        Phrase::WrappedLast => "поиск продолжен с последнего совпадения",
        Phrase::FiltersCleared => "фильтры сняты",
        Phrase::ColDate => "Дата",
        Phrase::ColKind => "Тип",
        Phrase::ColInstance => "Инстанция",
        Phrase::ColCourt => "Суд",
        Phrase::ColOutcome => "Итог",
        Phrase::Kinds => "Типы",
        Phrase::Legend => "Что значат знаки",
        Phrase::Approximate => "перед датой: дата приблизительная",
        Phrase::Window => {
            "перед датой: известен лишь промежуток; событие стоит в списке по самой ранней дате"
        }
        Phrase::RulerLegend => {
            "Шкала вверху: периоды цветом, под ними столбик на каждый отрезок времени"
        }
        Phrase::RulerBars => {
            "чем выше столбик, тем больше событий; столбики цвета заключения приходятся на время под стражей"
        }
        Phrase::RulerMarker => "под столбиками: выбранное событие",
        Phrase::EveryList => "В любом списке и тексте",
        Phrase::EveryDown => "следующее событие или пункт; в тексте — прокрутка вниз",
        Phrase::EveryUp => "предыдущее событие или пункт; в тексте — прокрутка вверх",
        Phrase::EveryTop => "первое событие или пункт, или начало текста",
        Phrase::EveryBottom => "последнее событие или пункт, или конец текста",
        Phrase::References => "Источники",
        Phrase::CaseLabel => "Дело",
        Phrase::TagsLabel => "Теги",
        Phrase::SourceNoAddress => "у этого источника нет веб-адреса",
        Phrase::NoAddress => "ни у одного источника этого события нет веб-адреса",
        Phrase::NothingBack => "возвращаться некуда",
        Phrase::NowFiltering => "поиск теперь фильтрует список: видны только совпадения",
        Phrase::NowHighlighting => {
            "поиск теперь отмечает совпадения во всём списке; n/N — переход между ними"
        }
        Phrase::Filtered => "отфильтровано",
        Phrase::Highlighted => "отмечено",
        Phrase::NothingToExport => "экспортировать нечего: не показано ни одного события",
        Phrase::CiteTitle => "Скопировать цитату · Enter — копировать · Esc",
        Phrase::CiteEvent => "это событие",
        Phrase::CiteSource => "выделенный источник",
        Phrase::PlainText => "простой текст",
        Phrase::ExportTitle => "Экспорт показанных событий · Enter — записать · Esc",
        Phrase::BuiltIn => "сначала `timeline copy my.toml`, затем `timeline --watch my.toml`",
        Phrase::SourcesTitle => {
            "Источники по изданиям · число цитирующих событий · → раскрыть · Enter — показать · Esc"
        }
        Phrase::SourceFilter => "Отбор: ",
        Phrase::WebDisputed => "Разночтения",
        Phrase::WebSingleSource => "один источник",
        Phrase::ApproximateDate => "дата приблизительная",
        Phrase::Years => "Годы",
        Phrase::Search => "Поиск",
        Phrase::ShownOf => "из",
        Phrase::ShownTail => "— показано событий",
        Phrase::Generated => {
            "*Создано командой `timeline export --format markdown`; не редактируйте вручную.*"
        }
    }
}
