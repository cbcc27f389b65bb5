#include "editors/vocabulary_completer.h"

#include <QLineEdit>
#include <QStandardItemModel>

namespace praxis::ui {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;
}

VocabularyCompleter::VocabularyCompleter(const QList<Term> &terms, bool several, QLineEdit *line)
    : QCompleter(line)
    , m_line(line)
    , m_several(several)
{
    auto *model = new QStandardItemModel(this);
    for (const Term &term : terms) {
        auto *item = new QStandardItem(term.label);
        item->setData(term.value, kValueRole);
        model->appendRow(item);
    }
    setModel(model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

QStringList VocabularyCompleter::splitPath(const QString &path) const
{
    if (!m_several)
        return {path.trimmed()};
    return {path.mid(path.lastIndexOf(QLatin1Char(',')) + 1).trimmed()};
}

QString VocabularyCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString value = index.data(kValueRole).toString();
    if (!m_several)
        return value;
    // Everything before the entry being typed stays as it is.
    const QString text = m_line->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? value : text.left(comma + 1) + QLatin1Char(' ') + value;
}

} // namespace praxis::ui
