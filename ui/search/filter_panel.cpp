#include "search/filter_panel.h"

#include "editors/labels.h"
#include "editors/vocabulary.h"
#include "library/library.h"
#include "model/record_type.h"
#include "records/record_store.h"
#include "shell/background_job.h"
#include "shell/settings.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace praxis::ui {

namespace {
constexpr int kDebounceMs = 150;
constexpr int kCountLimit = 200;   // values counted per facet
constexpr int kShownValues = 8;    // values listed before "Show all"
constexpr int kValueRole = Qt::UserRole;
constexpr int kMoreRole = Qt::UserRole + 1;

// What one count finds: the type's facets as they are now, how many records have each value, the years.
struct Counts {
    QList<core::FacetDef> facets;
    QHash<QString, QList<core::FacetCount>> counts;
    int minYear = 0;
    int maxYear = 0;
};

} // namespace

FilterPanel::FilterPanel(core::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_store(library.records())
{
    qRegisterMetaType<core::RecordFilter>();
    setObjectName(QStringLiteral("filterPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Filter</b>"), this);
    top->addWidget(title);
    top->addStretch(1);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearFilter"));
    m_clear->setToolTip(tr("Show every record again"));
    m_clear->setEnabled(false);
    top->addWidget(m_clear);
    layout->addLayout(top);

    auto *collectionRow = new QHBoxLayout;
    m_collection = new QLabel(this);
    m_collection->setWordWrap(true);
    m_clearCollection = new QToolButton(this);
    m_clearCollection->setText(QStringLiteral("✕"));
    m_clearCollection->setToolTip(tr("Show records from outside the collection too"));
    collectionRow->addWidget(m_collection, 1);
    collectionRow->addWidget(m_clearCollection);
    layout->addLayout(collectionRow);
    m_collection->hide();
    m_clearCollection->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget(scroll);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(2);

    m_yearRow = new QWidget(m_body);
    auto *years = new QHBoxLayout(m_yearRow);
    years->setContentsMargins(0, 0, 0, 4);
    auto makeYear = [this](const QString &name) {
        auto *box = new QSpinBox(m_yearRow);
        box->setObjectName(name);
        box->setRange(0, 2100);
        box->setSpecialValueText(tr("any"));
        box->setAccelerated(true);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (m_updating)
                return;
            m_filter.yearFrom = m_yearFrom->value();
            m_filter.yearTo = m_yearTo->value();
            changed();
        });
        return box;
    };
    m_yearFrom = makeYear(QStringLiteral("yearFrom"));
    m_yearTo = makeYear(QStringLiteral("yearTo"));
    years->addWidget(new QLabel(tr("Year"), m_yearRow));
    years->addWidget(m_yearFrom, 1);
    years->addWidget(new QLabel(QStringLiteral("–"), m_yearRow));
    years->addWidget(m_yearTo, 1);
    m_bodyLayout->addWidget(m_yearRow);
    m_bodyLayout->addStretch(1);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_save = new QPushButton(tr("Save as Smart Collection…"), this);
    m_save->setObjectName(QStringLiteral("saveFilter"));
    m_save->setToolTip(tr("Keep this filter in the sidebar under Collections; it stays up to date as records change."));
    m_save->setEnabled(false);
    layout->addWidget(m_save);

    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_clearCollection, &QToolButton::clicked, this, [this] {
        m_filter.collection.clear();
        changed();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(m_filter); });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterPanel::requestCounts);

    // One connection kept for every count: the filter asks again at each tick.
    m_counts = new BackgroundJob(library.folder(), BackgroundJob::Connection::Kept, this);
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::setType(const QString &type)
{
    m_type = type;
    m_filter = {};
    m_limits.clear();
    rebuild(core::RecordFilters::facetsOf(m_library.database(), type));
    setFilter({});
}

void FilterPanel::rebuild(const QList<core::FacetDef> &facets)
{
    for (QListWidget *list : std::as_const(m_lists))
        list->deleteLater();
    for (QToolButton *header : std::as_const(m_headers))
        header->deleteLater();
    m_lists.clear();
    m_headers.clear();
    m_facets = facets;
    m_yearRow->setVisible(core::RecordFilters::hasYear(m_type));
    int at = 1; // after the year row
    for (const core::FacetDef &facet : std::as_const(m_facets)) {
        auto *header = new QToolButton(m_body);
        header->setObjectName(QStringLiteral("facet_") + facet.key);
        header->setText(facetLabel(facet));
        header->setCheckable(true);
        header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        header->setAutoRaise(true);
        header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto *list = new QListWidget(m_body);
        list->setObjectName(QStringLiteral("values_") + facet.key);
        list->setFrameShape(QFrame::NoFrame);
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setUniformItemSizes(true);
        list->setTextElideMode(Qt::ElideRight);
        const bool collapsed = settings::facetCollapsed(m_type, facet.key).value();
        header->setChecked(!collapsed);
        header->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
        list->setVisible(!collapsed);
        connect(header, &QToolButton::toggled, this, [this, header, list, key = facet.key](bool open) {
            header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            list->setVisible(open && list->count() > 0);
            settings::facetCollapsed(m_type, key).set(!open);
        });
        connect(list, &QListWidget::itemChanged, this, [this, key = facet.key](QListWidgetItem *item) {
            if (m_updating || item->data(kMoreRole).toBool())
                return;
            m_filter.toggle(key, item->data(kValueRole).toString(), item->checkState() == Qt::Checked);
            changed();
        });
        connect(list, &QListWidget::itemActivated, this, [this, key = facet.key](QListWidgetItem *item) {
            if (!item->data(kMoreRole).toBool())
                return;
            m_limits[key] = kCountLimit;
            requestCounts();
        });
        connect(list, &QListWidget::itemClicked, this, [list](QListWidgetItem *item) {
            if (item->data(kMoreRole).toBool())
                Q_EMIT list->itemActivated(item);
        });
        m_bodyLayout->insertWidget(at++, header);
        m_bodyLayout->insertWidget(at++, list);
        m_headers.insert(facet.key, header);
        m_lists.insert(facet.key, list);
    }
}

void FilterPanel::setFilter(const core::RecordFilter &filter)
{
    m_filter = filter;
    m_updating = true;
    m_yearFrom->setValue(filter.yearFrom);
    m_yearTo->setValue(filter.yearTo);
    m_updating = false;
    changed();
}

void FilterPanel::refresh()
{
    m_names.clear(); // a record may have been renamed
    outdate();
    m_debounce->start();
}

void FilterPanel::changed()
{
    m_clear->setEnabled(!m_filter.isEmpty());
    m_save->setEnabled(!m_filter.isEmpty());
    if (m_filter.collection.isEmpty()) {
        m_collection->hide();
        m_clearCollection->hide();
    } else {
        auto name = m_store.displayName(core::RecordId(m_filter.collection));
        m_collection->setText(tr("In the collection <b>%1</b>").arg((name ? *name : m_filter.collection).toHtmlEscaped()));
        m_collection->show();
        m_clearCollection->show();
    }
    // Ticked values stay ticked while the counts are on their way.
    m_updating = true;
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        const QStringList chosen = m_filter.values.value(it.key());
        for (int i = 0; i < it.value()->count(); ++i) {
            QListWidgetItem *item = it.value()->item(i);
            if (!item->data(kMoreRole).toBool())
                item->setCheckState(chosen.contains(item->data(kValueRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
    outdate();
    m_status->setText(tr("Counting…"));
    m_debounce->start();
    Q_EMIT filterChanged(m_filter);
}

void FilterPanel::outdate()
{
    m_counts->supersede();
    m_current = false;
}

void FilterPanel::requestCounts()
{
    if (m_type.isEmpty() || m_facets.isEmpty())
        return;
    m_current = false;
    m_status->setText(tr("Counting…"));
    m_counts->request<Counts>(
        [type = m_type, filter = m_filter](JobContext &job) -> core::Result<Counts> {
            core::Database &db = job.library().database();
            Counts out;
            out.facets = core::RecordFilters::facetsOf(db, type);
            auto counts = core::RecordFilters::countAll(db, type, filter, out.facets, kCountLimit, job.cancelFlag());
            if (!counts)
                return counts.error();
            out.counts = std::move(*counts);
            if (auto span = core::RecordFilters::yearSpan(db, type, filter)) {
                out.minYear = span->first;
                out.maxYear = span->second;
            }
            return out;
        },
        [this](core::Result<Counts> counted) {
            if (!counted) {
                if (counted.error().code == core::ErrorCode::Cancelled)
                    return;
                m_status->setText(tr("The counts could not be taken: %1").arg(counted.error().message));
            } else {
                bool same = counted->facets.size() == m_facets.size();
                for (int i = 0; same && i < counted->facets.size(); ++i)
                    same = counted->facets.at(i).key == m_facets.at(i).key;
                if (!same)
                    rebuild(counted->facets); // a custom field was added or removed meanwhile
                showCounts(counted->counts, counted->minYear, counted->maxYear);
            }
            m_current = true;
            Q_EMIT countsShown();
        });
}

void FilterPanel::showCounts(const QHash<QString, QList<core::FacetCount>> &counts, int minYear, int maxYear)
{
    m_updating = true;
    for (const core::FacetDef &facet : std::as_const(m_facets)) {
        QListWidget *list = m_lists.value(facet.key);
        if (!list)
            continue;
        const QList<core::FacetCount> values = counts.value(facet.key);
        const QStringList chosen = m_filter.values.value(facet.key);
        const int limit = m_limits.value(facet.key, kShownValues);
        list->clear();
        QStringList listed;
        auto addItem = [&](const QString &value, qint64 count) {
            auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(valueLabel(facet, value), QLocale().toString(count)), list);
            item->setData(kValueRole, value);
            item->setToolTip(valueLabel(facet, value));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(chosen.contains(value) ? Qt::Checked : Qt::Unchecked);
            listed << value;
        };
        for (const core::FacetCount &c : values) {
            if (listed.size() >= limit && !chosen.contains(c.value))
                continue;
            addItem(c.value, c.count);
        }
        for (const QString &value : chosen) // chosen values that no longer match anything stay visible, with 0
            if (!listed.contains(value))
                addItem(value, 0);
        if (values.size() > listed.size()) {
            auto *more = new QListWidgetItem(tr("Show all %n…", nullptr, int(values.size())), list);
            more->setData(kMoreRole, true);
            more->setFlags(Qt::ItemIsEnabled);
            more->setForeground(palette().color(QPalette::Link));
        }
        const int rows = list->count();
        list->setFixedHeight(rows == 0 ? 0 : rows * list->sizeHintForRow(0) + 2 * list->frameWidth() + 2);
        QToolButton *header = m_headers.value(facet.key);
        list->setVisible(header->isChecked() && rows > 0);
        header->setVisible(rows > 0); // a facet no record has a value of says nothing
        header->setText(chosen.isEmpty() ? facetLabel(facet) : tr("%1 (%2 chosen)").arg(facetLabel(facet)).arg(chosen.size()));
    }
    const QString span = minYear ? tr("Years in the list: %1–%2").arg(minYear).arg(maxYear) : QString();
    m_yearFrom->setToolTip(span);
    m_yearTo->setToolTip(span);
    m_updating = false;
    m_status->setText(span);
}

QString FilterPanel::facetLabel(const core::FacetDef &facet) const
{
    if (facet.key == QLatin1String("region"))
        return tr("Region");
    if (facet.key == QLatin1String("tag"))
        return tr("Tags");
    if (facet.key == QLatin1String("org"))
        return tr("Organisations");
    if (facet.key == QLatin1String("person"))
        return tr("People");
    if (facet.kind == core::FacetDef::Kind::Custom)
        return facet.label;
    core::FieldDef field;
    field.label = facet.label;
    return Labels::field(field);
}

QString FilterPanel::valueLabel(const core::FacetDef &facet, const QString &value) const
{
    if (!facet.vocabulary.isEmpty())
        return Vocabulary::name(facet.vocabulary, value);
    if (facet.reference) {
        auto it = m_names.constFind(value);
        if (it != m_names.cend())
            return *it;
        auto name = m_store.displayName(core::RecordId(value));
        const QString text = name ? *name : value;
        m_names.insert(value, text);
        return text;
    }
    if (facet.kind == core::FacetDef::Kind::Column) {
        const core::RecordTypeDef *def = core::RecordTypes::find(m_type);
        const core::FieldDef *field = def ? def->field(facet.field) : nullptr;
        if (field && field->type == core::FieldType::Choice)
            return Labels::choice(value);
    }
    return value;
}

} // namespace praxis::ui
