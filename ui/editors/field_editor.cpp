#include "editors/field_editor.h"

#include "editors/labels.h"
#include "editors/markdown_highlighter.h"
#include "editors/vocabulary_completer.h"
#include "model/field_codec.h"
#include "records/record_store.h"
#include "shell/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleValidator>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>
#include <limits>

namespace praxis::ui {

using core::FieldType;

namespace {

constexpr int kReferenceChoices = 2000; // a picker lists at most this many records of a type, sorted by name
constexpr int kAnyTypeChoices = 300; // per type, for references that may point at any record

QString textOr(const core::Result<QString> &result, const QString &fallback)
{
    return result ? *result : fallback;
}

// A spin box that may also be empty: its minimum stands for "no value" and shows as a blank field,
// which is what typing nothing (or deleting the number) gives.
class OptionalSpinBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;
    int firstStep = 0; // where the arrows start from an empty field

    bool isEmpty() const { return value() == minimum(); }

protected:
    QValidator::State validate(QString &input, int &pos) const override
    {
        return input.trimmed().isEmpty() ? QValidator::Acceptable : QSpinBox::validate(input, pos);
    }
    int valueFromText(const QString &text) const override { return text.trimmed().isEmpty() ? minimum() : QSpinBox::valueFromText(text); }
    QString textFromValue(int value) const override { return value == minimum() ? QString() : QSpinBox::textFromValue(value); }
    void stepBy(int steps) override
    {
        if (isEmpty())
            setValue(firstStep);
        else
            QSpinBox::stepBy(steps);
    }
    StepEnabled stepEnabled() const override { return isEmpty() ? StepEnabled(StepUpEnabled | StepDownEnabled) : QSpinBox::stepEnabled(); }
};

// A Markdown editor as tall as its text, within a few lines and a dozen: short notes do not leave
// blank boxes, long ones scroll.
class GrowingTextEdit : public QPlainTextEdit {
public:
    explicit GrowingTextEdit(QWidget *parent)
        : QPlainTextEdit(parent)
    {
        connect(this, &QPlainTextEdit::textChanged, this, &GrowingTextEdit::fit);
    }

    void fit()
    {
        const int line = fontMetrics().lineSpacing();
        const int most = line * 12;
        qreal text = 0;
        for (QTextBlock block = document()->begin(); block.isValid() && text < most; block = block.next())
            text += blockBoundingRect(block).height();
        const int margins = 2 * frameWidth() + int(2 * document()->documentMargin()) + contentsMargins().top() + contentsMargins().bottom();
        const int height = std::clamp(int(text), line * 3, most) + margins;
        if (height != minimumHeight())
            setFixedHeight(height);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        fit(); // a new width wraps the text anew
    }
};

// The reference picker lists the records it offers only when the user turns to it, and again after
// records of the referenced types changed.
class ReferenceBox : public QComboBox {
public:
    using QComboBox::QComboBox;
    std::function<void()> aboutToOffer;

    void showPopup() override
    {
        if (aboutToOffer)
            aboutToOffer();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        if (aboutToOffer)
            aboutToOffer();
        QComboBox::focusInEvent(event);
    }
};

} // namespace

QWidget *FieldEditor::preview() const
{
    return m_preview;
}

void FieldEditor::createPreview(QHBoxLayout *layout)
{
    // Markdown beside its rendering, kept current as one types; the choice is remembered.
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    // As tall as the text beside it: the text sets the row's height, the rendering follows.
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->setAlignment(m_text, Qt::AlignTop);
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(QStringLiteral("previewToggle"));
    toggle->setText(tr("Preview"));
    toggle->setToolTip(tr("Show the Markdown as it will read (Ctrl+Shift+P in the text)"));
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    auto *column = new QVBoxLayout;
    column->addWidget(toggle);
    column->addStretch(1);
    layout->addWidget(m_preview, 1);
    layout->addLayout(column);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(timer, &QTimer::timeout, this, [this] { m_preview->setMarkdown(m_text->toPlainText()); });
    connect(m_text, &QPlainTextEdit::textChanged, timer, [timer, this] {
        if (!m_preview->isHidden())
            timer->start();
    });
    auto show = [this](bool on) {
        m_preview->setVisible(on);
        if (on)
            m_preview->setMarkdown(m_text->toPlainText());
    };
    connect(toggle, &QToolButton::toggled, this, [show](bool on) {
        show(on);
        settings::markdownPreview().set(on);
    });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), m_text, nullptr, nullptr, Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, toggle, &QToolButton::toggle);
    const bool on = settings::markdownPreview().value();
    toggle->setChecked(on);
    show(on);
}

FieldEditor::FieldEditor(const core::FieldDef &field, core::RecordStore &store, NoInput, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_store(store)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void FieldEditor::setInput(QWidget *input)
{
    m_input = input;
    layout()->addWidget(input);
    setFocusProxy(input);
}

FieldEditor::FieldEditor(const core::FieldDef &field, core::RecordStore &store, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_store(store)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (field.type) {
    case FieldType::LongText:
        m_text = new GrowingTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(tr("Markdown: **bold**, *italic*, # heading, - list"));
        MarkdownHighlighter::attach(m_text->document());
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::changed);
        m_input = m_text;
        break;
    case FieldType::Boolean:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, &FieldEditor::changed);
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
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
        m_input = m_combo;
        break;
    case FieldType::Reference:
        createReference();
        break;
    case FieldType::Integer:
        createNumber();
        break;
    default:
        createLine();
        break;
    }
    layout->addWidget(m_input);
    if (m_text)
        createPreview(layout);
    // As tall as the input, never stretched: a form row's label sits beside its field.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    if (field.type == FieldType::Integer)
        layout->addStretch(); // a short number field sits at the left, not in the middle
    setFocusProxy(m_input);
}

void FieldEditor::createNumber()
{
    auto *spin = new OptionalSpinBox(this);
    const bool ranged = m_field.maxValue > m_field.minValue;
    // One below the range is the empty value.
    spin->setRange(
        ranged ? m_field.minValue - 1 : std::numeric_limits<int>::min(), ranged ? m_field.maxValue : std::numeric_limits<int>::max());
    spin->firstStep = ranged ? m_field.minValue : 0;
    spin->setValue(spin->minimum());
    spin->setToolTip(ranged ? tr("From %1 to %2; leave empty when unknown").arg(m_field.minValue).arg(m_field.maxValue)
                            : tr("A whole number; leave empty when unknown"));
    spin->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0000000000")) + 30);
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::textChanged, this, &FieldEditor::changed);
    m_spin = spin;
    m_input = spin;
}

void FieldEditor::createLine()
{
    m_line = new QLineEdit(this);
    switch (m_field.type) {
    case FieldType::Real:
        m_line->setValidator(new QDoubleValidator(m_line));
        break;
    case FieldType::Date:
        m_line->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), m_line));
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
    case FieldType::List:
        m_line->setPlaceholderText(m_field.vocabulary == QLatin1String("language") ? tr("Codes separated by commas, e.g. en, es, fr")
                : m_field.vocabulary == QLatin1String("country")                   ? tr("Codes separated by commas, e.g. BO, GT, MX")
                                                                                   : tr("Separate entries with commas"));
        break;
    default:
        break;
    }
    if (const QList<Term> &terms = Vocabulary::terms(m_field.vocabulary); !terms.isEmpty())
        m_line->setCompleter(new VocabularyCompleter(terms, m_field.type == FieldType::List, m_line));
    // Input that cannot be saved as typed is flagged while typing, with the reason in the tooltip.
    m_warning = m_line->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_warning->setVisible(false);
    connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::changed);
    m_input = m_line;
}

void FieldEditor::createReference()
{
    auto *box = new ReferenceBox(this);
    m_combo = box;
    m_combo->setEditable(true);
    // Long names must not widen the form; the popup still shows them whole.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to find…"));
    m_combo->addItem(QString(), QVariant());
    box->aboutToOffer = [this] {
        if (m_referencesStale)
            fillReferences();
    };
    m_warning = m_combo->lineEdit()->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_warning->setVisible(false);
    // People and organisations can be added from the picker: type the name, then create it here.
    if (const core::RecordTypeDef *target = m_field.refTypes.size() == 1 ? core::RecordTypes::find(m_field.refTypes.first()) : nullptr;
        target && target->quickCreate) {
        m_create = m_combo->lineEdit()->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), QLineEdit::TrailingPosition);
        m_create->setObjectName(QStringLiteral("createReference"));
        m_create->setVisible(false);
        connect(m_create, &QAction::triggered, this, &FieldEditor::createTypedReference);
    }
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &FieldEditor::changed);
    connect(&m_store, &core::RecordStore::recordsChanged, this, &FieldEditor::markStale);
    m_input = m_combo;
}

void FieldEditor::createTypedReference()
{
    const QString name = m_combo->currentText().simplified();
    const core::RecordTypeDef *target = core::RecordTypes::find(m_field.refTypes.value(0));
    if (name.isEmpty() || !target)
        return;
    auto id = m_store.create(target->name, {{target->titleField, name}});
    if (!id) {
        m_warning->setToolTip(id.error().message);
        m_warning->setVisible(true);
        return;
    }
    fillReferences();
    const int index = m_combo->findData(id->toString());
    m_combo->setCurrentIndex(index);
    if (m_create)
        m_create->setVisible(false);
    changed();
}

void FieldEditor::changed()
{
    if (m_loading)
        return;
    showProblem();
    Q_EMIT edited();
}

void FieldEditor::markStale(const QString &type)
{
    if (m_field.refTypes.isEmpty() || m_field.refTypes.contains(type))
        m_referencesStale = true;
}

void FieldEditor::setOwner(const core::RecordId &owner)
{
    if (owner != m_owner && m_combo && m_field.type == FieldType::Reference)
        m_referencesStale = true;
    m_owner = owner;
}

void FieldEditor::fillReferences()
{
    // What is chosen or typed survives the refill.
    const QVariant current = m_combo->currentData();
    const QString typed = m_combo->currentText();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_combo->clear();
    m_combo->addItem(QString(), QVariant());
    const QString ownerType = m_owner.isNull() ? QString() : textOr(m_store.typeOf(m_owner), QString());
    QStringList types = m_field.refTypes;
    if (types.isEmpty()) {
        for (const core::RecordTypeDef &def : core::RecordTypes::all()) {
            if (def.role == core::RecordRole::Main)
                types << def.name;
        }
    }
    const bool labelType = types.size() > 1;
    for (const QString &type : types) {
        const core::RecordTypeDef *def = core::RecordTypes::find(type);
        if (!def)
            continue;
        // Parts of the same owner when the referenced type is a part of what owns this record.
        const core::FieldDef *parentField = def->parentField.isEmpty() ? nullptr : def->field(def->parentField);
        const bool scoped
            = !ownerType.isEmpty() && def->role == core::RecordRole::Part && parentField && parentField->refTypes.contains(ownerType);
        core::Result<QList<core::Record>> records = QList<core::Record>();
        if (scoped) {
            records = m_store.parts(m_owner, type);
        } else {
            core::ListQuery q;
            q.limit = m_field.refTypes.isEmpty() ? kAnyTypeChoices : kReferenceChoices;
            records = m_store.list(type, q);
        }
        if (!records)
            continue;
        const core::FieldDef *title = def->field(def->titleField);
        const bool titleIsText = title && title->type != FieldType::Reference;
        for (const core::Record &r : *records) {
            QString label = titleIsText ? r.fields.value(def->titleField).toString().simplified() : QString();
            if (label.isEmpty())
                label = textOr(m_store.displayName(r.id), r.id.toString());
            if (label.size() > 120)
                label = label.left(119) + QStringLiteral("…");
            if (labelType)
                label = QStringLiteral("%1 — %2").arg(label, Labels::typeName(*def));
            m_combo->addItem(label, r.id.toString());
        }
    }
    m_referencesStale = false;
    if (current.isValid() && m_combo->findData(current) < 0)
        setValue(current); // beyond the listed records, or in the trash
    else if (current.isValid())
        m_combo->setCurrentIndex(m_combo->findData(current));
    else
        m_combo->setEditText(typed);
    m_loading = wasLoading;
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
        if (m_combo->currentIndex() > 0 && m_combo->itemText(m_combo->currentIndex()).trimmed() == text)
            return m_combo->currentData();
        const int index = m_combo->findText(text, Qt::MatchExactly);
        if (index > 0)
            return m_combo->itemData(index);
        return QVariant(text); // an id typed or pasted in; anything else the store refuses with its reason
    }
    case FieldType::Integer: {
        const QString text = m_spin->cleanText().trimmed();
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        return text.isEmpty() ? QVariant() : ok ? QVariant(n) : QVariant(text);
    }
    case FieldType::List: {
        QStringList items;
        for (const QString &s : m_line->text().split(QLatin1Char(','))) {
            if (!s.trimmed().isEmpty())
                items << s.trimmed();
        }
        return items.isEmpty() ? QVariant() : QVariant(items);
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

QString FieldEditor::problem() const
{
    const QVariant v = value();
    if (!v.isValid())
        return {};
    const QString text = v.toString();
    switch (m_field.type) {
    case FieldType::Real:
        return v.typeId() == QMetaType::Double ? QString() : tr("“%1” is not a number.").arg(text);
    case FieldType::Integer:
        return v.typeId() == QMetaType::LongLong ? QString() : tr("“%1” is not a whole number.").arg(text);
    case FieldType::Date:
        return core::FieldCodec::isValidDate(text) ? QString() : tr("“%1” is not a date: write 2016, 2016-09 or 2016-09-06.").arg(text);
    case FieldType::DateTime:
        return core::FieldCodec::isValidDateTime(text) || core::FieldCodec::isValidDate(text)
            ? QString()
            : tr("“%1” is not a date and time: write 2016-09-06T09:00, with the time zone if known.").arg(text);
    case FieldType::Url: {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty() ? QString()
                                                        : tr("“%1” is not a web address: it starts with https:// or similar.").arg(text);
    }
    case FieldType::Email: {
        static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return pattern.match(text).hasMatch() ? QString() : tr("“%1” is not an email address.").arg(text);
    }
    case FieldType::Reference:
        if (core::RecordId::isWellFormed(text))
            return {};
        return m_create ? tr("No record is called “%1”: choose one from the list, or add it with the button at the end of the field.").arg(text)
                        : tr("No record is called “%1”: choose one from the list.").arg(text);
    default:
        return {};
    }
}

void FieldEditor::showProblem()
{
    if (m_create) {
        const QString text = m_combo->currentText().trimmed();
        const bool known = text.isEmpty() || m_combo->findText(text, Qt::MatchFixedString) > 0 || core::RecordId::isWellFormed(text);
        const core::RecordTypeDef *target = core::RecordTypes::find(m_field.refTypes.value(0));
        m_create->setVisible(!known);
        m_create->setToolTip(tr("Add %1 “%2” to the library").arg(target ? Labels::typeName(*target).toLower() : QString(), text));
    }
    if (!m_warning)
        return;
    const QString why = problem();
    m_warning->setVisible(!why.isEmpty());
    m_warning->setToolTip(why);
}

void FieldEditor::setValue(const QVariant &value)
{
    const bool wasLoading = m_loading;
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
            // Not (yet) listed, or in the trash: add it so that the form shows its name.
            const core::RecordId id(value.toString());
            auto record = m_store.get(id);
            QString label = textOr(m_store.displayName(id), value.toString());
            if (record && record->isTrashed())
                label = tr("%1 (in the trash)").arg(label);
            m_combo->addItem(label, value.toString());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
        break;
    }
    case FieldType::Integer:
        m_spin->setValue(
            value.isValid() ? int(std::clamp<qint64>(value.toLongLong(), m_spin->minimum() + 1, m_spin->maximum())) : m_spin->minimum());
        break;
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
    if (m_line)
        m_line->setCursorPosition(0); // a long value shows its beginning
    showProblem();
    m_loading = wasLoading;
}

} // namespace praxis::ui
