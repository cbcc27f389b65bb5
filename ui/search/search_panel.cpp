#include "search/search_panel.h"

#include "editors/labels.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace praxis::ui {

namespace {

constexpr int kHtmlRole = Qt::UserRole + 2;
constexpr int kFilterRole = Qt::UserRole + 3;

// Draws a result as rich text: kind, title and passage with the matched words highlighted.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        prepare(doc, opt, index);
        painter->save();
        painter->setClipRect(opt.rect);
        painter->translate(opt.rect.topLeft() + QPoint(6, 3));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        prepare(doc, opt, index);
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6);
    }

private:
    static void prepare(QTextDocument &doc, const QStyleOptionViewItem &opt, const QModelIndex &index)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        // Lay out for the width the row is painted at, so the height asked for is the height used.
        int width = opt.rect.width();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
            width = view->viewport()->width();
        doc.setTextWidth(std::max(200, width - 12));
        doc.setHtml(index.data(kHtmlRole).toString());
    }
};

QString kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("material"), QT_TRANSLATE_NOOP("SearchPanel", "Material")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("SearchPanel", "Case")},
        {QStringLiteral("dialogue"), QT_TRANSLATE_NOOP("SearchPanel", "Dialogue")},
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("SearchPanel", "Post")},
        {QStringLiteral("recommendation"), QT_TRANSLATE_NOOP("SearchPanel", "Recommendation")},
        {QStringLiteral("memo"), QT_TRANSLATE_NOOP("SearchPanel", "Memo")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("SearchPanel", "Person")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("SearchPanel", "Organisation")},
    };
    const char *label = labels.value(kind);
    return label ? QCoreApplication::translate("SearchPanel", label) : kind;
}

QString facetLabel(const QString &facet)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("SearchPanel", "Kind")},       {QStringLiteral("type"), QT_TRANSLATE_NOOP("SearchPanel", "Type")},
        {QStringLiteral("lang"), QT_TRANSLATE_NOOP("SearchPanel", "Language")},   {QStringLiteral("year"), QT_TRANSLATE_NOOP("SearchPanel", "Year")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("SearchPanel", "Country")}, {QStringLiteral("region"), QT_TRANSLATE_NOOP("SearchPanel", "Region")},
        {QStringLiteral("org"), QT_TRANSLATE_NOOP("SearchPanel", "Organisation")}, {QStringLiteral("person"), QT_TRANSLATE_NOOP("SearchPanel", "Person")},
        {QStringLiteral("tag"), QT_TRANSLATE_NOOP("SearchPanel", "Tag")},         {QStringLiteral("topic"), QT_TRANSLATE_NOOP("SearchPanel", "Topic")},
        {QStringLiteral("dialogue"), QT_TRANSLATE_NOOP("SearchPanel", "Dialogue")}, {QStringLiteral("week"), QT_TRANSLATE_NOOP("SearchPanel", "Week")},
        {QStringLiteral("has"), QT_TRANSLATE_NOOP("SearchPanel", "Has")},
    };
    const char *label = labels.value(facet);
    if (label)
        return QCoreApplication::translate("SearchPanel", label);
    return facet.startsWith(QLatin1String("field:")) ? facet.mid(6) : facet;
}

QString filterFor(const QString &facet, const QString &value)
{
    const QString name = facet.startsWith(QLatin1String("field:")) ? facet.mid(6) : facet;
    const bool quote = value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(':'));
    return name + QLatin1Char(':') + (quote ? QLatin1Char('"') + value + QLatin1Char('"') : value);
}

} // namespace

QString markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QChar(2), QStringLiteral("<span style=\"background-color:#ffe27a; color:#1a1a1a;\">"));
    html.replace(QChar(3), QStringLiteral("</span>"));
    return html;
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_save = new QPushButton(tr("Save as Collection"), this);
    m_save->setObjectName(QStringLiteral("saveSearch"));
    m_save->setToolTip(tr("Keep this search as a smart collection that always shows its current results"));
    header->addWidget(m_summary, 1);
    header->addWidget(m_save);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_results = new QListWidget(splitter);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAlternatingRowColors(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust); // rows re-measure when the width changes
    m_facets = new QTreeWidget(splitter);
    m_facets->setObjectName(QStringLiteral("searchFacets"));
    m_facets->setHeaderLabels({tr("Narrow down"), tr("Results")});
    m_facets->setRootIsDecorated(true);
    m_facets->header()->setStretchLastSection(false);
    m_facets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_facets->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    splitter->addWidget(m_results);
    splitter->addWidget(m_facets);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT recordSelected(core::RecordId(item->data(kIdRole).toString()), m_words);
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recordOpened(core::RecordId(item->data(kIdRole).toString()));
    });
    connect(m_facets, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString filter = item->data(0, kFilterRole).toString();
        if (!filter.isEmpty())
            Q_EMIT filterChosen(filter);
    });
    connect(m_save, &QPushButton::clicked, this, &SearchPanel::saveRequested);
}

int SearchPanel::resultCount() const
{
    return m_results->count();
}

void SearchPanel::showMessage(const QString &message)
{
    m_summary->setText(message);
    m_results->clear();
    m_facets->clear();
    m_save->setEnabled(false);
}

void SearchPanel::showResults(const QString &query, const core::SearchResults &results, const QList<core::FacetGroup> &facets)
{
    m_words = results.query.words;
    m_results->clear();
    m_facets->clear();
    m_save->setEnabled(true);
    if (results.hits.isEmpty())
        m_summary->setText(tr("Nothing matches “%1”.").arg(query));
    else if (results.capped)
        m_summary->setText(tr("More than %1 records match “%2”; the best of the newest %1 are shown first.").arg(results.total).arg(query));
    else
        m_summary->setText(tr("%n record(s) match “%1”.", nullptr, int(results.total)).arg(query));
    for (const core::SearchHit &hit : results.hits) {
        auto *item = new QListWidgetItem(m_results);
        item->setData(kIdRole, hit.id.toString());
        QString html = QStringLiteral("<small style=\"color:#666;\">%1</small><br><b>%2</b>").arg(kindLabel(hit.kind), markedToHtml(hit.title));
        if (!hit.snippet.isEmpty())
            html += QStringLiteral("<br>") + markedToHtml(hit.snippet.simplified());
        item->setData(kHtmlRole, html);
        QString plain = hit.title + QLatin1Char(' ') + hit.snippet;
        item->setData(Qt::DisplayRole, plain.remove(QChar(2)).remove(QChar(3)).simplified().left(80));
    }
    for (const core::FacetGroup &group : facets) {
        if (group.values.size() < 2 && group.name == QLatin1String("kind"))
            continue; // one kind only: nothing to narrow down
        auto *top = new QTreeWidgetItem(m_facets, {facetLabel(group.name)});
        for (const core::FacetValue &v : group.values) {
            QString label = v.label;
            if (group.name == QLatin1String("kind"))
                label = kindLabel(v.value);
            else if (group.name == QLatin1String("type"))
                label = Labels::choice(v.value);
            auto *item = new QTreeWidgetItem(top, {label, QString::number(v.count)});
            item->setData(0, kFilterRole, filterFor(group.name, v.value));
            item->setToolTip(0, tr("Add %1 to the search").arg(filterFor(group.name, v.value)));
        }
    }
    m_facets->expandToDepth(0);
    // Measure the rows again once the list has its final width.
    QTimer::singleShot(0, m_results, [list = m_results] { list->doItemsLayout(); });
}

} // namespace praxis::ui
