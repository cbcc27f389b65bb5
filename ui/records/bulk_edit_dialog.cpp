#include "records/bulk_edit_dialog.h"

#include "editors/field_editor.h"
#include "editors/field_editors.h"
#include "editors/labels.h"
#include "library/library.h"
#include "model/custom_fields.h"
#include "model/record_type.h"
#include "records/record_store.h"
#include "records/undo_commands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace praxis::ui {

BulkEditDialog::BulkEditDialog(core::Library &library, UndoStack &undo, QString type, QList<core::RecordId> ids, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_undo(undo)
    , m_type(std::move(type))
    , m_ids(std::move(ids))
{
    setWindowTitle(tr("Bulk Edit"));
    setObjectName(QStringLiteral("bulkEditDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Change %n selected record(s) at once. Undo takes the whole change back.", nullptr, int(m_ids.size())), this));
    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("bulkTarget"));
    const core::RecordTypeDef *def = core::RecordTypes::find(m_type);
    if (def) {
        for (const core::FieldDef &f : def->fields) {
            if (f.name == def->parentField || f.name == def->orderField || f.required)
                continue;
            m_target->addItem(Labels::field(f), f.name);
        }
    }
    if (auto custom = core::CustomFields(m_library.records()).definitions(m_type))
        for (const core::CustomFieldDef &c : *custom)
            m_target->addItem(tr("%1 (custom field)").arg(c.label.isEmpty() ? c.name : c.label), QString(QStringLiteral("custom:") + c.name));
    m_target->addItem(tr("Tags"), QStringLiteral("@tag"));
    form->addRow(tr("Field:"), m_target);
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("bulkOperation"));
    m_operation->addItem(tr("Set to"), int(core::BulkOperation::Set));
    m_operation->addItem(tr("Add"), int(core::BulkOperation::Add));
    m_operation->addItem(tr("Remove"), int(core::BulkOperation::Remove));
    m_operation->addItem(tr("Clear"), int(core::BulkOperation::Clear));
    form->addRow(tr("Change:"), m_operation);
    m_valueBox = new QVBoxLayout;
    form->addRow(tr("Value:"), m_valueBox);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Change %n Record(s)", nullptr, int(m_ids.size())), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyBulkEdit"));
    layout->addWidget(buttons);
    connect(apply, &QPushButton::clicked, this, [this] {
        if (applyEdit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, &BulkEditDialog::targetChanged);
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        const bool clear = core::BulkOperation(m_operation->currentData().toInt()) == core::BulkOperation::Clear;
        if (m_editor)
            m_editor->setEnabled(!clear);
        if (m_tags)
            m_tags->setEnabled(!clear);
    });
    targetChanged();
    resize(520, 220);
}

void BulkEditDialog::targetChanged()
{
    delete m_editor;
    m_editor = nullptr;
    delete m_tags;
    m_tags = nullptr;
    const QString target = m_target->currentData().toString();
    bool listLike = false;
    if (target == QLatin1String("@tag")) {
        m_tags = new QComboBox(this);
        m_tags->setObjectName(QStringLiteral("bulkTag"));
        core::ListQuery q;
        q.limit = 0;
        if (auto tags = m_library.records().list(QStringLiteral("tag"), q))
            for (const core::Record &t : *tags)
                m_tags->addItem(t.value(QStringLiteral("name")).toString(), t.id.toString());
        m_valueBox->addWidget(m_tags);
        listLike = true;
    } else {
        core::FieldDef field;
        if (target.startsWith(QLatin1String("custom:"))) {
            if (auto custom = core::CustomFields(m_library.records()).definitions(m_type))
                for (const core::CustomFieldDef &c : *custom)
                    if (c.name == target.mid(7))
                        field = c.asField();
        } else if (const core::FieldDef *f = core::RecordTypes::find(m_type)->field(target)) {
            field = *f;
        }
        field.required = false;
        listLike = field.type == core::FieldType::List;
        m_editor = FieldEditors::create(field, m_library.records(), this);
        m_editor->setObjectName(QStringLiteral("bulkValue"));
        m_valueBox->addWidget(m_editor);
    }
    // Adding to and taking from apply to lists and tags; one value is set or cleared.
    for (int i = 0; i < m_operation->count(); ++i) {
        const auto op = core::BulkOperation(m_operation->itemData(i).toInt());
        const bool fits = listLike || op == core::BulkOperation::Set || op == core::BulkOperation::Clear;
        qobject_cast<QStandardItemModel *>(m_operation->model())->item(i)->setEnabled(fits);
    }
    if (!m_operation->model()->flags(m_operation->model()->index(m_operation->currentIndex(), 0)).testFlag(Qt::ItemIsEnabled))
        m_operation->setCurrentIndex(listLike ? 1 : 0);
    if (target == QLatin1String("@tag") && m_operation->currentIndex() == 0)
        m_operation->setCurrentIndex(1);
}

void BulkEditDialog::choose(const QString &target, core::BulkOperation operation)
{
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
    m_operation->setCurrentIndex(std::max(0, m_operation->findData(int(operation))));
}

QString BulkEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool BulkEditDialog::applyEdit()
{
    const QString target = m_target->currentData().toString();
    const auto op = core::BulkOperation(m_operation->currentData().toInt());
    QVariant value;
    if (m_tags) {
        value = m_tags->currentData();
        if (!value.isValid() && op != core::BulkOperation::Clear) {
            m_error->setText(tr("There are no tags yet: add one under Tags & Collections first."));
            m_error->show();
            return false;
        }
    } else if (m_editor) {
        if (const QString why = m_editor->problem(); !why.isEmpty() && op != core::BulkOperation::Clear) {
            m_error->setText(why);
            m_error->show();
            return false;
        }
        value = m_editor->value();
        if (!value.isValid() && op != core::BulkOperation::Clear) {
            m_error->setText(tr("Enter the value first, or choose Clear."));
            m_error->show();
            return false;
        }
    }
    core::BulkEditor editor(m_library.database(), m_library.records());
    auto outcome = editor.apply(m_ids, target, op, value);
    if (!outcome) {
        m_error->setText(outcome.error().message);
        m_error->show();
        return false;
    }
    auto *command = new BulkEditCommand(m_library.database(), m_library.records(), *outcome,
                                        tr("Change %1 of %n record(s)", nullptr, outcome->recordsChanged).arg(m_target->currentText()));
    command->setRedo(m_ids, target, op, value);
    m_undo.push(command);
    return true;
}

} // namespace praxis::ui
