#pragma once

#include "editors/vocabulary.h"

#include <QCompleter>

class QLineEdit;

namespace praxis::ui {

// Completion for a line that holds one vocabulary value, or several separated by commas: matches the
// entry being typed against codes and names ("span" offers "es — Spanish") and puts the code in its place.
class VocabularyCompleter : public QCompleter {
    Q_OBJECT
public:
    VocabularyCompleter(const QList<Term> &terms, bool several, QLineEdit *line);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QLineEdit *m_line = nullptr;
    bool m_several = false;
};

} // namespace praxis::ui
