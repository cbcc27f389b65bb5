#include "exchange/import_dialog.h"

#include "editors/labels.h"
#include "exchange/bibliography_reader.h"
#include "exchange/entry_source.h"
#include "exchange/library_archive.h"
#include "library/library.h"
#include "model/custom_fields.h"
#include "model/record_type.h"
#include "records/record_store.h"
#include "shell/background_job.h"
#include "shell/dialog_parts.h"
#include "shell/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace praxis::ui {

namespace {


QString targetLabel(const QString &target)
{
    if (target.isEmpty())
        return QCoreApplication::translate("ImportDialog", "(leave out)");
    if (target == QLatin1String("@author"))
        return QCoreApplication::translate("ImportDialog", "Authors (people)");
    if (target == QLatin1String("@editor"))
        return QCoreApplication::translate("ImportDialog", "Editors (people)");
    if (target == QLatin1String("@organisation"))
        return QCoreApplication::translate("ImportDialog", "Publishers (organisations)");
    if (target == QLatin1String("@producer"))
        return QCoreApplication::translate("ImportDialog", "Producers (organisations)");
    if (target == QLatin1String("@funder"))
        return QCoreApplication::translate("ImportDialog", "Funders (organisations)");
    if (target.startsWith(QLatin1String("custom:")))
        return QCoreApplication::translate("ImportDialog", "Custom field: %1").arg(target.mid(7));
    if (const core::FieldDef *f = core::RecordTypes::find(QStringLiteral("material"))->field(target))
        return Labels::field(*f);
    return target;
}

QString delimiterName(QChar d)
{
    return d == QLatin1Char('\t') ? QCoreApplication::translate("ImportDialog", "Tab") : QString(d);
}

} // namespace

ImportDialog::ImportDialog(core::Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = dialog_parts::addNote(layout, this, QString(), QStringLiteral("importSummary"));
    m_error = dialog_parts::addNote(layout, this, QString(), QStringLiteral("importError"));
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();

    m_csvBox = new QWidget(this);
    auto *csv = new QVBoxLayout(m_csvBox);
    csv->setContentsMargins(0, 0, 0, 0);
    auto *reading = new QHBoxLayout;
    reading->addWidget(new QLabel(tr("Encoding:"), m_csvBox));
    m_encoding = new QComboBox(m_csvBox);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItems({QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"), QStringLiteral("Windows-1252")});
    reading->addWidget(m_encoding);
    reading->addWidget(new QLabel(tr("Delimiter:"), m_csvBox));
    m_delimiter = new QComboBox(m_csvBox);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(QStringLiteral(","), QStringLiteral(","));
    m_delimiter->addItem(QStringLiteral(";"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(QStringLiteral("|"), QStringLiteral("|"));
    reading->addWidget(m_delimiter);
    reading->addStretch(1);
    reading->addWidget(new QLabel(tr("Saved mapping:"), m_csvBox));
    m_savedMappings = new QComboBox(m_csvBox);
    m_savedMappings->setObjectName(QStringLiteral("savedMappings"));
    m_savedMappings->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reading->addWidget(m_savedMappings);
    auto *save = new QPushButton(tr("Save Mapping…"), m_csvBox);
    save->setObjectName(QStringLiteral("saveMapping"));
    reading->addWidget(save);
    csv->addLayout(reading);
    csv->addWidget(new QLabel(tr("Which field each column fills:"), m_csvBox));
    m_mapping = new QTableWidget(m_csvBox);
    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Fills"), tr("First value")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    csv->addWidget(m_mapping, 1);
    layout->addWidget(m_csvBox, 1);

    layout->addWidget(new QLabel(tr("Preview of the records as they will be imported:"), this));
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels({tr("Title"), tr("Type"), tr("Year"), tr("Languages"), tr("People and organisations")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 1);

    auto *policyRow = new QFormLayout;
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("duplicatePolicy"));
    m_policy->addItem(tr("Leave them out"), int(core::DuplicatePolicy::Skip));
    m_policy->addItem(tr("Merge them into the existing record"), int(core::DuplicatePolicy::Merge));
    m_policy->addItem(tr("Add them anyway"), int(core::DuplicatePolicy::Add));
    policyRow->addRow(tr("Records that resemble existing ones:"), m_policy);
    layout->addLayout(policyRow);

    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("startImport"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job->isBusy()) {
            m_job->cancel();
            m_cancel->setEnabled(false);
        } else {
            reject();
        }
    });
    connect(m_encoding, &QComboBox::currentTextChanged, this, &ImportDialog::rereadCsv);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::rereadCsv);
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    connect(m_savedMappings, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedMapping(m_savedMappings->itemText(index));
    });
    // Its own connection, so the window stays responsive; one transaction, so a cancel leaves nothing behind.
    m_job = new BackgroundJob(m_library.folder(), BackgroundJob::Connection::PerJob, this);
    resize(900, 700);
}

// The import is cancelled and its transaction rolled back (m_job).
ImportDialog::~ImportDialog() = default;

QString ImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportDialog::setDuplicatePolicy(core::DuplicatePolicy policy)
{
    m_policy->setCurrentIndex(m_policy->findData(int(policy)));
}

bool ImportDialog::isImporting() const
{
    return m_job->isBusy();
}

void ImportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_import->setEnabled(text.isEmpty());
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_csvBox->hide();
        showError(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    m_bytes = file.readAll();
    m_format = core::BibliographyReader::detectFormat(m_bytes, path);
    m_csvBox->setVisible(m_format == QLatin1String("csv"));
    m_policy->setEnabled(m_format != QLatin1String("library"));
    if (m_format.isEmpty()) {
        const QString other = core::BibliographyReader::otherKind(m_bytes, path);
        showError((other.isEmpty() ? tr("%1 is not a file Praxis can import: CSV, RIS, BibTeX, CSL-JSON or a Praxis library file.").arg(QFileInfo(path).fileName())
                                   : other) +
                  QLatin1Char(' ') + tr("Nothing was imported."));
        return false;
    }
    if (m_format == QLatin1String("library")) {
        m_summary->setText(tr("A whole Praxis library. It goes into an empty library with every record, link and id."));
        m_preview->hide();
        showError(QString());
        return true;
    }
    if (m_format == QLatin1String("csv")) {
        const QString encoding = core::CsvReader::detectEncoding(m_bytes);
        const QSignalBlocker b1(m_encoding), b2(m_delimiter);
        m_encoding->setCurrentText(encoding);
        const QChar delimiter = core::CsvReader::detectDelimiter(core::CsvReader::decode(m_bytes, encoding));
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(delimiter))));
        m_savedMappings->clear();
        m_savedMappings->addItem(tr("(as detected)"));
        m_savedMappings->addItems(settings::csvMappings().names());
        rereadCsv();
        return m_error->isHidden();
    }
    core::Result<QList<core::MaterialEntry>> entries = QList<core::MaterialEntry>{};
    core::ReadNotes notes;
    if (m_format == QLatin1String("ris"))
        entries = core::BibliographyReader::readRis(m_bytes, &notes);
    else if (m_format == QLatin1String("bibtex"))
        entries = core::BibliographyReader::readBibtex(m_bytes, &notes);
    else
        entries = core::BibliographyReader::readCslJson(m_bytes, &notes);
    if (!entries) {
        showError(entries.error().message + QLatin1Char(' ') + tr("Nothing was imported."));
        return false;
    }
    m_entries = *entries;
    QString summary = tr("%n record(s) in %1 (%2, %3).", nullptr, int(m_entries.size())).arg(QFileInfo(path).fileName(), m_format.toUpper(), notes.encoding);
    // Entries that cannot be read are listed; the others can still be imported.
    if (!notes.skipped.isEmpty()) {
        QStringList lines;
        for (const core::EntryNote &n : std::as_const(notes.skipped).mid(0, 20))
            lines << n.text();
        summary += QLatin1Char('\n') + tr("%n entry(ies) cannot be read and will be left out:", nullptr, int(notes.skipped.size())) + QLatin1Char('\n') +
                   lines.join(QLatin1Char('\n'));
    }
    for (const core::EntryNote &n : std::as_const(notes.warnings).mid(0, 20))
        summary += QLatin1Char('\n') + n.text();
    m_summary->setText(summary);
    showError(QString());
    updatePreview();
    return true;
}

void ImportDialog::rereadCsv()
{
    const QString d = m_delimiter->currentData().toString();
    auto table = core::CsvReader::read(m_bytes, m_encoding->currentText(), d.isEmpty() ? QChar() : d.at(0));
    if (!table) {
        showError(table.error().message + QLatin1Char(' ') + tr("Nothing was imported."));
        return;
    }
    m_table = *table;
    m_summary->setText(tr("%n row(s) in %1: %2, delimiter “%3”.", nullptr, int(m_table.rows.size()))
                           .arg(QFileInfo(m_path).fileName(), m_table.encoding, delimiterName(m_table.delimiter)));
    fillMapping();
}

void ImportDialog::fillMapping()
{
    const core::CsvMapping guessed = core::CsvMapping::guess(m_table.header);
    QStringList targets = core::CsvMapping::targets();
    // The library's own custom fields for materials can be filled too.
    if (auto fields = core::CustomFields(m_library.records()).definitions(QStringLiteral("material")))
        for (const core::CustomFieldDef &f : *fields)
            targets << QStringLiteral("custom:") + f.name;
    m_mapping->setRowCount(int(m_table.header.size()));
    for (int r = 0; r < m_table.header.size(); ++r) {
        auto *name = new QTableWidgetItem(m_table.header.at(r));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(r, 0, name);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(targetLabel(QString()), QString());
        for (const QString &t : std::as_const(targets))
            combo->addItem(targetLabel(t), t);
        combo->setCurrentIndex(std::max(0, combo->findData(guessed.columns.value(m_table.header.at(r)))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
        m_mapping->setCellWidget(r, 1, combo);
        auto *sample = new QTableWidgetItem(m_table.rows.isEmpty() ? QString() : m_table.rows.first().value(r).left(80));
        sample->setFlags(sample->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(r, 2, sample);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(1, 260);
    updatePreview();
}

core::CsvMapping ImportDialog::currentMapping() const
{
    core::CsvMapping mapping;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            mapping.columns.insert(m_mapping->item(r, 0)->text(), combo->currentData().toString());
    }
    return mapping;
}

void ImportDialog::updatePreview()
{
    if (m_format == QLatin1String("csv")) {
        auto entries = currentMapping().apply(m_table);
        if (!entries) {
            showError(entries.error().message);
            m_entries.clear();
        } else {
            showError(QString());
            m_entries = *entries;
        }
    }
    const int rows = int(std::min<qsizetype>(m_entries.size(), 50));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const core::MaterialEntry &e = m_entries.at(r);
        QStringList who;
        for (const core::NamedContributor &p : e.people)
            who << p.name;
        for (const core::NamedContributor &o : e.organisations)
            who << o.name;
        const QStringList cells{e.fields.value(QStringLiteral("title")).toString(), Labels::choice(e.fields.value(QStringLiteral("material_type")).toString()),
                                e.fields.value(QStringLiteral("year")).toString(), e.fields.value(QStringLiteral("languages")).toStringList().join(QStringLiteral(", ")),
                                who.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->resizeColumnToContents(0);
    m_preview->setColumnWidth(0, std::min(m_preview->columnWidth(0), 360));
}

void ImportDialog::saveMapping()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping"), tr("Name of this mapping:"), QLineEdit::Normal,
                                               QFileInfo(m_path).completeBaseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    settings::csvMappings().set(name.trimmed(), QString::fromUtf8(QJsonDocument(currentMapping().toJson()).toJson(QJsonDocument::Compact)));
    if (m_savedMappings->findText(name.trimmed()) < 0)
        m_savedMappings->addItem(name.trimmed());
    m_savedMappings->setCurrentText(name.trimmed());
}

void ImportDialog::applySavedMapping(const QString &name)
{
    const core::CsvMapping saved = core::CsvMapping::fromJson(QJsonDocument::fromJson(settings::csvMappings().value(name).toUtf8()).object());
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(saved.columns.value(m_mapping->item(r, 0)->text()))));
    }
    updatePreview();
}

void ImportDialog::startImport()
{
    if (m_job->isBusy() || m_format.isEmpty())
        return;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_import->setEnabled(false);
    m_summary->setText(tr("Importing…"));
    const auto policy = core::DuplicatePolicy(m_policy->currentData().toInt());
    m_job->run<Outcome>(
        [format = m_format, bytes = m_bytes, entries = m_entries, policy](JobContext &job) -> core::Result<Outcome> {
            core::Library &library = job.library();
            Outcome out;
            if (format == QLatin1String("library")) {
                core::LibraryArchive archive(library.database(), library.records());
                auto n = archive.read(bytes, job.cancelFlag(), job.progressReporter());
                if (!n)
                    return n.error();
                out.libraryRecords = *n;
                return out;
            }
            core::MaterialImporter importer(library.database(), library.records(), library.search());
            auto report = importer.run(entries, policy, false, job.cancelFlag(), job.progressReporter());
            if (!report)
                return report.error();
            out.report = std::move(*report);
            return out;
        },
        [this](core::Result<Outcome> out) { onFinished(out); },
        [this](qint64 done, qint64 total) {
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(done));
        });
}

void ImportDialog::onFinished(const core::Result<Outcome> &out)
{
    m_progress->hide();
    m_cancel->setEnabled(true);
    if (!out && out.error().code == core::ErrorCode::Cancelled) {
        m_summary->setText(tr("The import was stopped. Nothing was imported; the library is unchanged."));
        m_import->setEnabled(true);
        Q_EMIT finished(false);
        return;
    }
    if (!out) {
        showError(out.error().message);
        m_summary->clear();
        Q_EMIT finished(false);
        return;
    }
    m_report = out->report;
    if (out->libraryRecords >= 0) {
        m_report.imported = int(out->libraryRecords);
        m_summary->setText(tr("%n record(s) imported.", nullptr, int(out->libraryRecords)));
    } else {
        m_summary->setText(m_report.summary());
    }
    Q_EMIT finished(true);
    accept();
}

ImportReportDialog::ImportReportDialog(const core::ImportReport &report, const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import of %1").arg(fileName));
    setObjectName(QStringLiteral("importReport"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(report.summary(), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *list = new QTreeWidget(this);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Outcome"), tr("Where"), tr("Title"), tr("Why")});
    m_text = report.summary() + QLatin1Char('\n');
    for (const core::ImportedRecord &r : report.records) {
        const QString outcome = r.outcome == core::ImportedRecord::Outcome::Imported ? tr("imported")
                                : r.outcome == core::ImportedRecord::Outcome::Merged ? tr("merged")
                                                                                      : tr("skipped");
        new QTreeWidgetItem(list, {outcome, r.where, r.title, r.reason});
        m_text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(outcome, r.where, r.title, r.reason);
    }
    list->setColumnWidth(1, 160);
    list->setColumnWidth(2, 320);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 480);
}

} // namespace praxis::ui
