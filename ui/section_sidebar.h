#pragma once

#include <QList>
#include <QString>
#include <QTreeWidget>

namespace praxis::ui {

// One place of the sidebar: a record type's table, or the trash.
struct Section {
    QString key; // "materials", "dialogues", …, "trash"
    QString type; // the record type it lists; empty for the trash
    QString label; // translated
};

// The sidebar: the sections of a library (materials, cases, dialogues, …, trash), some of them grouped
// under a heading. Knows which record type each section lists.
class SectionSidebar : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr QLatin1String kTrash {"trash"};

    explicit SectionSidebar(QWidget *parent = nullptr);

    // The selectable sections, top to bottom.
    static QList<Section> sections();
    static QString typeOf(const QString &key);
    // The section that lists records of this type; empty when none does (parts, links).
    static QString sectionOf(const QString &type);

    bool showSection(const QString &key);
    QString currentSection() const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void sectionChanged(const QString &key);
};

} // namespace praxis::ui
