#include "attachments/plain_text_reader.h"

#include "exchange/csv_table.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

namespace praxis::extract {

QByteArray PlainTextReader::readHead(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("The file cannot be read: %1").arg(file.errorString());
        return {};
    }
    QByteArray bytes = file.read(kMaxBytes);
    if (bytes.isEmpty() && file.error() != QFile::NoError && error)
        *error = QObject::tr("The file cannot be read: %1").arg(file.errorString());
    return bytes;
}

QString PlainTextReader::decode(QByteArray bytes)
{
    if (bytes.size() >= kMaxBytes) {
        // Cut at the limit, possibly inside a character: drop the unfinished UTF-8 sequence so that the
        // cut does not make a UTF-8 file look like Windows-1252.
        qsizetype bad = -1;
        if (!core::isValidUtf8(bytes, &bad) && bad >= bytes.size() - 3) {
            const auto lead = static_cast<unsigned char>(bytes.at(bad));
            if (lead >= 0xC2 && lead <= 0xF4)
                bytes.truncate(bad);
        }
    }
    const QString encoding = core::CsvReader::detectEncoding(bytes);
    return core::CsvReader::decode(bytes, encoding);
}

core::ExtractedText PlainTextReader::read(const QString &path)
{
    QString error;
    const QByteArray bytes = readHead(path, &error);
    if (!error.isEmpty())
        return core::ExtractedText::failed(error);
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && bytes.contains('\0'))
        return core::ExtractedText::failed(QObject::tr("The file holds binary data, not text."));
    QString text = decode(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return core::ExtractedText::ok(text);
}

} // namespace praxis::extract
