#include "editors/labels.h"

#include "model/record_type.h"

#include <QCoreApplication>

namespace praxis::ui {

// The English labels live in core's model; they pass through the translator here.
QString Labels::typeName(const core::RecordTypeDef &type)
{
    return QCoreApplication::translate("RecordType", type.label.toUtf8().constData());
}

QString Labels::typePlural(const core::RecordTypeDef &type)
{
    return QCoreApplication::translate("RecordType", type.pluralLabel.toUtf8().constData());
}

QString Labels::field(const core::FieldDef &field)
{
    return QCoreApplication::translate("Field", field.label.toUtf8().constData());
}

QString Labels::choice(const QString &value)
{
    static const QHash<QString, const char *> known{
        {QStringLiteral("un_entity"), QT_TRANSLATE_NOOP("Choice", "UN entity")},
        {QStringLiteral("ngo"), QT_TRANSLATE_NOOP("Choice", "NGO")},
        {QStringLiteral("e_course"), QT_TRANSLATE_NOOP("Choice", "E-course")},
        {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("Choice", "PDF")},
        {QStringLiteral("virtual_dialogue"), QT_TRANSLATE_NOOP("Choice", "Virtual dialogue")},
        {QStringLiteral("meeting_session"), QT_TRANSLATE_NOOP("Choice", "Meeting session")},
        {QStringLiteral("mail_list"), QT_TRANSLATE_NOOP("Choice", "Mail list")},
        {QStringLiteral("lessons_learned"), QT_TRANSLATE_NOOP("Choice", "Lessons learned")},
        {QStringLiteral("tools_and_activities"), QT_TRANSLATE_NOOP("Choice", "Tools and activities")},
        {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("Choice", "In progress")},
        {QStringLiteral("private_sector"), QT_TRANSLATE_NOOP("Choice", "Private sector")},
        {QStringLiteral("long_text"), QT_TRANSLATE_NOOP("Choice", "Long text")},
        {QStringLiteral("multi_choice"), QT_TRANSLATE_NOOP("Choice", "Multiple choice")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("Choice", "URL")},
        {QStringLiteral("boolean"), QT_TRANSLATE_NOOP("Choice", "Yes/no")},
        {QStringLiteral("case_study"), QT_TRANSLATE_NOOP("Choice", "Case")},
    };
    if (const char *label = known.value(value))
        return QCoreApplication::translate("Choice", label);
    // Everything else reads well once the underscores go and the first letter is raised.
    QString text = value;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return QCoreApplication::translate("Choice", text.toUtf8().constData());
}

} // namespace praxis::ui
