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
    m_err << "praxis-cli: " << error.message << "\n";
    return kError;
}

Result<std::unique_ptr<Library>> CliInvocation::openLibrary(bool create)
{
    LibraryOptions options;
    options.create = create;
    auto lib = Library::open(m_libraryPath, options);
    if (lib) {
        for (const QString &notice : (*lib)->takeNotices())
            m_err << "praxis-cli: note: " << notice << "\n";
    }
    return lib;
}

Result<QByteArray> CliInvocation::readJsonInput()
{
    if (has("--json"))
        return value("--json").toUtf8();
    const QString text = m_in.readAll();
    if (text.trimmed().isEmpty())
        return makeError(
            ErrorCode::Invalid, QCoreApplication::translate("praxis-cli", "No JSON given: pass it with --json or on standard input."));
    return text.toUtf8();
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
