#include "cli_invocation.h"

#include "cli_command.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace praxis::cli {

using namespace praxis::core;

bool CliInvocation::declares(const char *option) const
{
    return m_command && m_command->option(QString::fromLatin1(option));
}

bool CliInvocation::has(const char *option) const
{
    Q_ASSERT(declares(option));
    return m_options.contains(QString::fromLatin1(option));
}

QString CliInvocation::value(const char *option) const
{
    Q_ASSERT(declares(option));
    const QStringList given = m_options.value(QString::fromLatin1(option));
    return given.isEmpty() ? QString() : given.last();
}

QStringList CliInvocation::values(const char *option) const
{
    Q_ASSERT(declares(option));
    return m_options.value(QString::fromLatin1(option));
}

int CliInvocation::number(const char *option, int fallback) const
{
    return has(option) ? value(option).toInt() : fallback;
}

int CliInvocation::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "praxis-cli: " << message << "\n";
    m_err << "Try 'praxis-cli --help'.\n";
    return kUsage;
}

int CliInvocation::fail(const Error &error)
{
    return fail(error.message);
}

int CliInvocation::fail(const Error &error, const QString &kept)
{
    return fail(error.message + QLatin1Char(' ') + kept);
}

int CliInvocation::fail(const QString &message)
{
    m_err << "praxis-cli: " << message << "\n";
    return kError;
}

int CliInvocation::report(const QJsonValue &json, const QString &text, int exitCode)
{
    m_out << (jsonOutput() ? jsonText(json) : text);
    return exitCode;
}

int CliInvocation::onLibrary(const std::function<int(Library &)> &work, Opening opening)
{
    LibraryOptions options;
    options.create = opening == Opening::CreateWhenMissing;
    auto lib = Library::open(m_libraryPath, options);
    if (!lib)
        return fail(lib.error());
    for (const QString &notice : (*lib)->takeNotices())
        m_err << "praxis-cli: note: " << notice << "\n";
    return work(**lib);
}

int CliInvocation::readJsonObject(QJsonObject &object, const QString &expected, const QString &kept)
{
    const QString text = has("--json") ? value("--json") : m_in.readAll();
    if (!has("--json") && text.trimmed().isEmpty())
        return usage(QCoreApplication::translate("praxis-cli", "No JSON given: pass it with --json or on standard input."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("praxis-cli", "The JSON is malformed: %1 at character %2.")
                        .arg(error.errorString())
                        .arg(error.offset)
            + QLatin1Char(' ') + kept);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("praxis-cli", "Expected %1.").arg(expected) + QLatin1Char(' ') + kept);
    object = doc.object();
    return kOk;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1) + QLatin1Char('\n');
}

} // namespace praxis::cli
