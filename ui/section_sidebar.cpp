#include "section_sidebar.h"

#include <QCoreApplication>
#include <QStyle>

namespace praxis::ui {

namespace {

struct Entry {
    const char *key;
    const char *type; // record type; empty for the trash and for headings
    const char *label;
    const char *group; // key of the heading it sits under, or empty
};

// The sidebar, top to bottom.
const Entry kEntries[] = {
    {"materials", "material", QT_TRANSLATE_NOOP("MainWindow", "Materials"), ""},
    {"cases", "case_study", QT_TRANSLATE_NOOP("MainWindow", "Cases"), ""},
    {"dialogues", "dialogue", QT_TRANSLATE_NOOP("MainWindow", "Dialogues"), ""},
    {"people", "person", QT_TRANSLATE_NOOP("MainWindow", "People"), ""},
    {"organisations", "organisation", QT_TRANSLATE_NOOP("MainWindow", "Organisations"), ""},
    {"tags_collections", "", QT_TRANSLATE_NOOP("MainWindow", "Tags & Collections"), ""},
    {"tags", "tag", QT_TRANSLATE_NOOP("MainWindow", "Tags"), "tags_collections"},
    {"collections", "collection", QT_TRANSLATE_NOOP("MainWindow", "Collections"), "tags_collections"},
    {"research", "", QT_TRANSLATE_NOOP("MainWindow", "Research"), ""},
    {"codebook", "code", QT_TRANSLATE_NOOP("MainWindow", "Codebook"), "research"},
    {"memos", "memo", QT_TRANSLATE_NOOP("MainWindow", "Memos"), "research"},
    {"frameworks", "criteria_framework", QT_TRANSLATE_NOOP("MainWindow", "Criteria frameworks"), "research"},
    {"custom_fields", "custom_field", QT_TRANSLATE_NOOP("MainWindow", "Custom fields"), "research"},
    {"trash", "", QT_TRANSLATE_NOOP("MainWindow", "Trash"), ""},
};

constexpr int kKeyRole = Qt::UserRole;

bool isHeading(const Entry &e)
{
    return !*e.type && SectionSidebar::kTrash != QLatin1String(e.key);
}

} // namespace

SectionSidebar::SectionSidebar(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    QHash<QString, QTreeWidgetItem *> headings;
    for (const Entry &e : kEntries) {
        QTreeWidgetItem *heading = *e.group ? headings.value(QString::fromLatin1(e.group)) : nullptr;
        auto *item = heading ? new QTreeWidgetItem(heading) : new QTreeWidgetItem(this);
        item->setText(0, QCoreApplication::translate("MainWindow", e.label));
        item->setData(0, kKeyRole, QString::fromLatin1(e.key));
        if (isHeading(e)) {
            item->setFlags(Qt::ItemIsEnabled); // a heading groups sections; it lists nothing itself
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            headings.insert(QString::fromLatin1(e.key), item);
        }
        if (kTrash == QLatin1String(e.key))
            item->setIcon(0, style()->standardIcon(QStyle::SP_TrashIcon));
    }
    expandAll();
    connect(this, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT sectionChanged(currentSection()); });
}

QList<Section> SectionSidebar::sections()
{
    QList<Section> out;
    for (const Entry &e : kEntries) {
        if (!isHeading(e))
            out.append({QString::fromLatin1(e.key), QString::fromLatin1(e.type), QCoreApplication::translate("MainWindow", e.label)});
    }
    return out;
}

QString SectionSidebar::typeOf(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return QString::fromLatin1(e.type);
    }
    return {};
}

QString SectionSidebar::sectionOf(const QString &type)
{
    for (const Entry &e : kEntries) {
        if (*e.type && type == QLatin1String(e.type))
            return QString::fromLatin1(e.key);
    }
    return {};
}

bool SectionSidebar::showSection(const QString &key)
{
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        if ((*it)->data(0, kKeyRole).toString() == key && ((*it)->flags() & Qt::ItemIsSelectable)) {
            setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString SectionSidebar::currentSection() const
{
    return currentItem() ? currentItem()->data(0, kKeyRole).toString() : QString();
}

QSize SectionSidebar::sizeHint() const
{
    return {200, QTreeWidget::sizeHint().height()};
}

} // namespace praxis::ui
