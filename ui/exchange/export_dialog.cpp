#include "exchange/export_dialog.h"

#include "exchange/library_archive.h"
#include "exchange/material_exporter.h"
#include "library/library.h"
#include "shell/background_job.h"
#include "shell/settings.h"
#include "storage/safe_file.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace praxis::ui {

ExportDialog::ExportDialog(core::Library &library, QList<core::RecordId> selectedMaterials, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_selected(std::move(selectedMaterials))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets)"), QStringLiteral("csv"));
    m_format->addItem(tr("RIS (Zotero, EndNote, Mendeley)"), QStringLiteral("ris"));
    m_format->addItem(tr("BibTeX"), QStringLiteral("bibtex"));
    m_format->addItem(tr("CSL-JSON"), QStringLiteral("csl-json"));
    m_format->addItem(tr("Dublin Core XML (oai_dc)"), QStringLiteral("dc"));
    m_format->addItem(tr("schema.org LearningResource JSON-LD (LRMI)"), QStringLiteral("jsonld"));
    m_format->addItem(tr("Whole library (Praxis JSON)"), QStringLiteral("library"));
    form->addRow(tr("Format:"), m_format);
    m_selectedOnly = new QRadioButton(tr("The %n selected material(s)", nullptr, int(m_selected.size())), this);
    m_all = new QRadioButton(tr("All materials"), this);
    m_selectedOnly->setEnabled(!m_selected.isEmpty());
    (m_selected.isEmpty() ? m_all : m_selectedOnly)->setChecked(true);
    form->addRow(tr("Export:"), m_selectedOnly);
    form->addRow(QString(), m_all);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool library = m_format->currentData().toString() == QLatin1String("library");
        m_selectedOnly->setEnabled(!library && !m_selected.isEmpty());
        m_all->setEnabled(!library);
    });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job->isBusy())
            m_job->cancel();
        else
            reject();
    });
    // Its own connection, so the window stays responsive while the file is written.
    m_job = new BackgroundJob(m_library.folder(), BackgroundJob::Connection::PerJob, this);
    const QString last = settings::exportFormat().value();
    if (const int i = m_format->findData(last); i >= 0)
        m_format->setCurrentIndex(i);
}

// A write under way is cancelled; the file it was replacing stays as it was (m_job).
ExportDialog::~ExportDialog() = default;

QString ExportDialog::message() const
{
    return m_message->text();
}

void ExportDialog::choose(const QString &format, bool selectedOnly)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
    (selectedOnly && m_selectedOnly->isEnabled() ? m_selectedOnly : m_all)->setChecked(true);
}

void ExportDialog::chooseFile()
{
    const QString format = m_format->currentData().toString();
    QString suffix = QStringLiteral("json");
    if (format != QLatin1String("library"))
        if (auto f = core::MaterialExporter::formatNamed(format))
            suffix = core::MaterialExporter::fileSuffix(*f);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), folder + QStringLiteral("/praxis.") + suffix,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    if (m_job->isBusy())
        return;
    m_path = path;
    const QString format = m_format->currentData().toString();
    settings::exportFormat().set(format);
    const QList<core::RecordId> ids = m_selectedOnly->isChecked() ? m_selected : QList<core::RecordId> {};
    m_progress->setRange(0, 0);
    m_progress->show();
    m_export->setEnabled(false);
    m_message->setText(tr("Exporting…"));
    m_job->run<qint64>(
        [format, ids, path](JobContext &job) -> core::Result<qint64> {
            core::Library &library = job.library();
            core::Result<QByteArray> bytes = QByteArray();
            if (format == QLatin1String("library")) {
                core::LibraryArchive archive(library.database(), library.records());
                bytes = archive.write(job.cancelFlag());
            } else {
                core::MaterialExporter exporter(library.records());
                bytes = exporter.write(core::MaterialExporter::formatNamed(format).value(), ids, job.cancelFlag());
            }
            if (!bytes)
                return bytes.error();
            // Whole or not at all; a failure says why and leaves the file that was there as it was.
            if (core::Status s = core::SafeFileWriter::write(path, *bytes); !s)
                return s.error();
            return qint64(bytes->size());
        },
        [this](core::Result<qint64> written) { onFinished(written); });
}

void ExportDialog::onFinished(const core::Result<qint64> &written)
{
    m_progress->hide();
    m_export->setEnabled(true);
    if (!written) {
        m_message->setText(written.error().message);
        Q_EMIT finished(false);
        return;
    }
    m_message->setText(tr("Wrote %1 (%2).").arg(QFileInfo(m_path).fileName(), QLocale().formattedDataSize(*written)));
    Q_EMIT finished(true);
    accept();
}

} // namespace praxis::ui
