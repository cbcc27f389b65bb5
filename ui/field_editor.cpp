#include "field_editor.h"

#include "labels.h"
#include "markdown_highlighter.h"
#include "record_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleValidator>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace praxis::ui {

using core::FieldType;

namespace {

constexpr int kReferenceChoices = 2000; // a picker lists at most this many records, sorted by name

QStringList vocabularyHints(const QString &vocabulary)
{
    if (vocabulary == QLatin1String("language"))
        return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt"), QStringLiteral("ar"),
                QStringLiteral("ru"), QStringLiteral("zh")};
    return {};
}

} // namespace

FieldEditor::FieldEditor(const core::FieldDef &field, core::RecordStore &store, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_store(store)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (field.type) {
    case FieldType::LongText: {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(QFontMetrics(font()).lineSpacing() * 4);
        m_text->setMaximumHeight(QFontMetrics(font()).lineSpacing() * 9);
        MarkdownHighlighter::attach(m_text->document());
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        m_input = m_text;
        break;
    }
    case FieldType::Boolean:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        m_input = m_check;
        break;
    case FieldType::Choice:
        m_combo = new QComboBox(this);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
        if (!field.required)
            m_combo->addItem(QString(), QVariant());
        for (const QString &c : field.choices)
            m_combo->addItem(Labels::choice(c), c);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        m_input = m_combo;
        break;
    case FieldType::Reference:
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        // Long names must not widen the form; the popup still shows them whole.
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(16);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->completer()->setFilterMode(Qt::MatchContains);
        m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_combo->lineEdit()->setPlaceholderText(tr("Type to find…"));
        fillReferences();
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        m_input = m_combo;
        break;
    default: {
        m_line = new QLineEdit(this);
        switch (field.type) {
        case FieldType::Integer:
            m_line->setValidator(new QIntValidator(field.maxValue > field.minValue ? field.minValue : -2147483647,
                                                   field.maxValue > field.minValue ? field.maxValue : 2147483647, m_line));
            m_line->setMaximumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0000000000")) + 20);
            if (field.maxValue > field.minValue)
                m_line->setPlaceholderText(tr("%1 to %2").arg(field.minValue).arg(field.maxValue));
            break;
        case FieldType::Real:
            m_line->setValidator(new QDoubleValidator(m_line));
            break;
        case FieldType::Date:
            m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), m_line));
            m_line->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
            break;
        case FieldType::DateTime:
            m_line->setPlaceholderText(tr("YYYY-MM-DDTHH:MM, e.g. 2016-09-06T09:00-04:00"));
            break;
        case FieldType::Url:
            m_line->setPlaceholderText(tr("https://…"));
            break;
        case FieldType::Email:
            m_line->setPlaceholderText(tr("name@example.org"));
            break;
        case FieldType::List: {
            m_line->setPlaceholderText(field.vocabulary == QLatin1String("language") ? tr("Codes separated by commas, e.g. en, es, fr")
                                                                                     : tr("Separate entries with commas"));
            const QStringList hints = vocabularyHints(field.vocabulary);
            if (!hints.isEmpty())
                m_line->setCompleter(new QCompleter(hints, m_line));
            break;
        }
        default:
            break;
        }
        connect(m_line, &QLineEdit::textEdited, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        m_input = m_line;
        break;
    }
    }
    layout->addWidget(m_input);
    if (field.type == FieldType::Integer)
        layout->addStretch(); // a short number field sits at the left, not in the middle
    setFocusProxy(m_input);
}

void FieldEditor::fillReferences()
{
    m_combo->addItem(QString(), QVariant());
    const QStringList types = m_field.refTypes;
    for (const QString &type : types) {
        const core::RecordTypeDef *def = core::RecordTypes::find(type);
        core::ListQuery q;
        q.limit = kReferenceChoices;
        auto records = m_store.list(type, q);
        if (!records)
            continue;
        for (const core::Record &r : *records) {
            auto name = m_store.displayName(r.id);
            QString label = name ? *name : r.id.toString();
            if (types.size() > 1)
                label = QStringLiteral("%1 — %2").arg(label, Labels::typeName(*def));
            m_combo->addItem(label, r.id.toString());
        }
    }
}

QVariant FieldEditor::value() const
{
    switch (m_field.type) {
    case FieldType::LongText:
        return m_text->toPlainText().trimmed().isEmpty() ? QVariant() : QVariant(m_text->toPlainText());
    case FieldType::Boolean:
        return m_check->isChecked();
    case FieldType::Choice:
        return m_combo->currentData();
    case FieldType::Reference: {
        const QString text = m_combo->currentText().trimmed();
        if (text.isEmpty())
            return {};
        const int index = m_combo->findText(text, Qt::MatchExactly);
        if (index >= 0)
            return m_combo->itemData(index);
        if (core::RecordId::isWellFormed(text))
            return text; // an id typed or pasted in
        return QVariant(text); // the store refuses it with a message naming the field
    }
    case FieldType::List: {
        QStringList items;
        for (const QString &s : m_line->text().split(QLatin1Char(','))) {
            if (!s.trimmed().isEmpty())
                items << s.trimmed();
        }
        return items.isEmpty() ? QVariant() : QVariant(items);
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 n = m_line->text().trimmed().toLongLong(&ok);
        return ok ? QVariant(n) : (m_line->text().trimmed().isEmpty() ? QVariant() : QVariant(m_line->text()));
    }
    case FieldType::Real: {
        bool ok = false;
        const double d = m_line->locale().toDouble(m_line->text().trimmed(), &ok);
        return ok ? QVariant(d) : (m_line->text().trimmed().isEmpty() ? QVariant() : QVariant(m_line->text()));
    }
    default:
        return m_line->text().trimmed().isEmpty() ? QVariant() : QVariant(m_line->text().trimmed());
    }
}

void FieldEditor::setValue(const QVariant &value)
{
    m_loading = true;
    switch (m_field.type) {
    case FieldType::LongText:
        m_text->setPlainText(value.toString());
        break;
    case FieldType::Boolean:
        m_check->setChecked(value.toBool());
        break;
    case FieldType::Choice: {
        const int index = m_combo->findData(value.isValid() ? value : QVariant());
        m_combo->setCurrentIndex(std::max(0, index));
        break;
    }
    case FieldType::Reference: {
        if (!value.isValid()) {
            m_combo->setCurrentIndex(0);
            m_combo->setEditText(QString());
            break;
        }
        int index = m_combo->findData(value.toString());
        if (index < 0) {
            // Beyond the listed records, or in the trash: add it so the form shows its name.
            auto name = m_store.displayName(core::RecordId(value.toString()));
            auto record = m_store.get(core::RecordId(value.toString()));
            QString label = name ? *name : value.toString();
            if (record && record->isTrashed())
                label = tr("%1 (in the trash)").arg(label);
            m_combo->addItem(label, value.toString());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
        break;
    }
    case FieldType::List:
        m_line->setText(value.toStringList().join(QStringLiteral(", ")));
        break;
    case FieldType::Real:
        m_line->setText(value.isValid() ? m_line->locale().toString(value.toDouble()) : QString());
        break;
    default:
        m_line->setText(value.isValid() ? value.toString() : QString());
        break;
    }
    m_loading = false;
}

} // namespace praxis::ui
