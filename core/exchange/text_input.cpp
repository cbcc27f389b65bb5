#include "exchange/text_input.h"

#include "exchange/csv_table.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <sys/stat.h>

namespace praxis::core {

namespace {

constexpr qint64 kChunk = 256 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const char16_t kWindows1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                   0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                   0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Whether the bytes are UTF-8 apart from a sequence cut at the very end (a sample ends anywhere).
bool looksUtf8(const QByteArray &head)
{
    qsizetype bad = 0;
    if (isValidUtf8(head, &bad))
        return true;
    return head.size() - bad < 4 && head.size() > 4 && isValidUtf8(head.left(bad));
}

// Refuses what is not a regular file before anything is opened for reading: opening a named pipe
// waits for a writer for ever.
Status regularFile(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return makeError(ErrorCode::NotFound, QObject::tr("The file %1 does not exist or cannot be reached.").arg(path));
    if (S_ISDIR(st.st_mode))
        return makeError(ErrorCode::Invalid, QObject::tr("%1 is a folder, not a file.").arg(path));
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorCode::Invalid,
                         QObject::tr("%1 is not a regular file (a named pipe, a socket or a device): only files are imported.").arg(path));
    if (st.st_size > ImportLimits::kFileBytes)
        return makeError(ErrorCode::Invalid, QObject::tr("%1 is larger than %2 GiB, more than an import reads.").arg(path).arg(ImportLimits::kFileBytes >> 30));
    return {};
}

// UTF-16 without a byte-order mark: most text is ASCII, so one byte of every two is zero.
QString utf16WithoutMark(const QByteArray &head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 2048) & ~qsizetype(1);
    if (n < 8)
        return {};
    int evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += head.at(i) == 0;
        oddZeros += head.at(i + 1) == 0;
    }
    const int pairs = int(n / 2);
    if (oddZeros * 10 > pairs * 6 && evenZeros * 20 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 > pairs * 6 && oddZeros * 20 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

void appendWindows1252(QString &out, const QByteArray &bytes)
{
    const qsizetype start = out.size();
    out.resize(start + bytes.size());
    QChar *to = out.data() + start;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        to[i] = (b >= 0x80 && b < 0xA0) ? QChar(kWindows1252[b - 0x80]) : QChar(char16_t(b));
    }
}

} // namespace

QString decodeText(const QByteArray &bytes, const QString &encoding)
{
    QString text;
    if (encoding == QLatin1String("Windows-1252") || encoding == QLatin1String("ISO-8859-1")) {
        appendWindows1252(text, bytes);
        return text;
    }
    QStringDecoder d(encoding == QLatin1String("UTF-16LE")   ? QStringDecoder::Utf16LE
                     : encoding == QLatin1String("UTF-16BE") ? QStringDecoder::Utf16BE
                                                             : QStringDecoder::Utf8);
    text = d.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString TextInput::detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (const QString utf16 = utf16WithoutMark(head); !utf16.isEmpty())
        return utf16;
    return looksUtf8(head) ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
}

Result<QByteArray> TextInput::head(const QString &path, qint64 bytes)
{
    if (Status s = regularFile(path); !s)
        return s.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QObject::tr("The file %1 cannot be read: %2.").arg(path, f.errorString()));
    return f.read(bytes);
}

Result<std::unique_ptr<TextInput>> TextInput::openFile(const QString &path, const QString &formatName, const QString &encoding)
{
    if (Status s = regularFile(path); !s)
        return s.error();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QObject::tr("The %1 file %2 cannot be read: %3.").arg(formatName, path, file->errorString()));
    const qint64 size = file->size();
    QByteArray head = file->read(kChunk);
    const QString enc = encoding.isEmpty() ? detectEncoding(head) : encoding;
    return std::unique_ptr<TextInput>(new TextInput(std::move(file), std::move(head), enc, size));
}

std::unique_ptr<TextInput> TextInput::fromBytes(const QByteArray &bytes, const QString &encoding)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    const QString enc = encoding.isEmpty() ? detectEncoding(bytes.left(kChunk)) : encoding;
    return std::unique_ptr<TextInput>(new TextInput(std::move(buffer), {}, enc, bytes.size()));
}

TextInput::TextInput(std::unique_ptr<QIODevice> device, QByteArray pending, QString encoding, qint64 size)
    : m_device(std::move(device))
    , m_pendingBytes(std::move(pending))
    , m_encoding(std::move(encoding))
    , m_decoder(m_encoding == QLatin1String("UTF-16LE")   ? QStringDecoder::Utf16LE
                : m_encoding == QLatin1String("UTF-16BE") ? QStringDecoder::Utf16BE
                                                          : QStringDecoder::Utf8)
    , m_windows1252(m_encoding == QLatin1String("Windows-1252") || m_encoding == QLatin1String("ISO-8859-1"))
    , m_size(size)
{
    // The decoder keeps its state between chunks: a character split between two is decoded whole.
}

TextInput::~TextInput() = default;

qint64 TextInput::bytesRead() const
{
    return m_consumed;
}

bool TextInput::atEnd() const
{
    return m_eof && m_pos >= m_buffer.size();
}

bool TextInput::fill()
{
    if (m_eof)
        return false;
    QByteArray bytes;
    if (!m_pendingBytes.isEmpty()) {
        bytes = std::move(m_pendingBytes);
        m_pendingBytes.clear();
    } else {
        bytes = m_device->read(kChunk);
        if (bytes.isEmpty()) {
            if (auto *file = qobject_cast<QFileDevice *>(m_device.get()); file && file->error() != QFileDevice::NoError)
                m_error = QObject::tr("reading stopped: %1").arg(file->errorString());
            m_eof = true;
            return false;
        }
    }
    m_consumed += bytes.size();
    // Keep the unread rest of the buffer, then append the new text.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_windows1252) {
        appendWindows1252(m_buffer, bytes);
    } else {
        m_buffer += m_decoder.decode(bytes);
    }
    if (m_first) {
        m_first = false;
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_buffer.remove(0, 1);
    }
    return true;
}

QString TextInput::peek(qsizetype chars)
{
    while (m_buffer.size() - m_pos < chars && fill()) {
    }
    return m_buffer.mid(m_pos, chars);
}

bool TextInput::readLine(QString &line)
{
    m_cut = false;
    for (;;) {
        qsizetype end = -1;
        const QChar *data = m_buffer.constData();
        for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
            const char16_t c = data[i].unicode();
            if (c == u'\n' || c == u'\r') {
                end = i;
                break;
            }
        }
        if (end >= 0) {
            // A CR at the very end of the buffer may be the first half of a CRLF.
            if (data[end] == QLatin1Char('\r') && end + 1 >= m_buffer.size() && !m_eof) {
                if (fill())
                    continue;
            }
            line = m_buffer.mid(m_pos, end - m_pos);
            qsizetype next = end + 1;
            if (data[end] == QLatin1Char('\r') && next < m_buffer.size() && m_buffer.at(next) == QLatin1Char('\n'))
                ++next;
            m_pos = next;
            break;
        }
        if (m_buffer.size() - m_pos > ImportLimits::kLineChars) {
            line = m_buffer.mid(m_pos, ImportLimits::kLineChars);
            m_cut = true;
            // Drop the rest of the overlong line.
            for (;;) {
                const qsizetype nl = m_buffer.indexOf(QLatin1Char('\n'), m_pos);
                if (nl >= 0) {
                    m_pos = nl + 1;
                    break;
                }
                m_pos = m_buffer.size();
                if (!fill())
                    break;
            }
            break;
        }
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            line = m_buffer.mid(m_pos);
            m_pos = m_buffer.size();
            break;
        }
    }
    ++m_line;
    if (m_invalidLine == 0 && line.contains(QChar(QChar::ReplacementCharacter)) && (m_windows1252 || m_decoder.hasError()))
        m_invalidLine = m_line;
    return true;
}

} // namespace praxis::core
