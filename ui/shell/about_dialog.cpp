#include "shell/about_dialog.h"

#include "editors/markdown_highlighter.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace praxis::ui {

QString AboutDialog::versionText()
{
    return tr("Praxis %1\nQt %2 (built with %3)\nSQLite %4 (full-text search: %5)\nMarkdown highlighting: %6")
        .arg(QStringLiteral(PRAXIS_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), core::Database::sqliteVersion(),
             core::Database::hasFts5() ? tr("FTS5") : tr("missing"), QString::fromLatin1(MarkdownHighlighter::engine()));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Praxis"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Praxis</h2><p>A knowledge base for communities of practice in training for gender equality: "
                                "training materials, good-practice cases and their coding, and the archives of dialogues and meetings.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *versions = new QLabel(versionText(), this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(versions);
    auto *licence = new QLabel(tr("Free software under the GNU General Public License, version 3 or later."), this);
    licence->setWordWrap(true);
    layout->addWidget(licence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace praxis::ui
