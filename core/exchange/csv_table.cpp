#include "exchange/csv_table.h"

#include "exchange/text_input.h"
#include "model/record_type.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace praxis::core {

namespace {


} // namespace

bool isValidUtf8(const QByteArray &bytes, qsizetype *firstBad)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool good = len > 0 && i + len <= n && !(len == 2 && c < 0xC2);
        for (int k = 1; good && k < len; ++k)
            good = (p[i + k] & 0xC0) == 0x80;
        if (!good) {
            if (firstBad)
                *firstBad = i;
            return false;
        }
        i += len;
    }
    return true;
}

namespace {

QString normalisedHeader(const QString &h)
{
    return h.toCaseFolded().remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]")));
}

} // namespace

QString CsvReader::detectEncoding(const QByteArray &bytes)
{
    return TextInput::detectEncoding(bytes);
}

QString CsvReader::decode(const QByteArray &bytes, const QString &encoding)
{
    return decodeText(bytes, encoding);
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // The delimiter that splits the first lines into the same, largest number of cells, outside quotes.
    const QString sample = text.left(20000);
    QChar best = QLatin1Char(',');
    int bestScore = -1;
    for (const QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (const QChar c : sample) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == d)
                ++count;
            else if (!quoted && c == QLatin1Char('\n')) {
                counts << count;
                count = 0;
                if (counts.size() == 10)
                    break;
            }
        }
        if (count > 0)
            counts << count;
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        int consistent = 0;
        for (int n : std::as_const(counts))
            if (n == counts.first())
                ++consistent;
        const int score = consistent * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

bool CsvRecords::next(QStringList &cells, int &line, QString &problem)
{
    cells.clear();
    problem.clear();
    QString text;
    do {
        if (!m_in.readLine(text))
            return false;
    } while (text.isEmpty());
    line = m_in.lineNumber();
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    qsizetype chars = 0;
    for (;;) {
        const QChar *p = text.constData();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = p[i];
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && p[i + 1] == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell += c;
                }
            } else if (c == QLatin1Char('"') && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == m_delimiter) {
                cells << cell;
                cell.clear();
                cellStarted = false;
            } else {
                cell += c;
                cellStarted = true;
            }
        }
        chars += n;
        if (!quoted)
            break;
        // A line break inside a quoted cell.
        if (chars > ImportLimits::kEntryChars || !m_in.readLine(text)) {
            problem = chars > ImportLimits::kEntryChars
                          ? QObject::tr("a quoted cell runs on for more than %1 million characters (a quote is not closed)").arg(ImportLimits::kEntryChars >> 20)
                          : QObject::tr("a quoted cell is not closed (the file may be cut short)");
            cells.clear();
            return true;
        }
        cell += QLatin1Char('\n');
    }
    cells << cell;
    if (cells.size() > ImportLimits::kCellsPerRow) {
        problem = QObject::tr("the row has %1 cells, more than %2").arg(cells.size()).arg(ImportLimits::kCellsPerRow);
        cells.clear();
    }
    return true;
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes, const QString &encoding, QChar delimiter)
{
    CsvTable table;
    table.encoding = encoding.isEmpty() ? detectEncoding(bytes) : encoding;
    table.hadByteOrderMark = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (bytes.left(65536).contains('\0') && !table.encoding.startsWith(QLatin1String("UTF-16")))
        return makeError(ErrorCode::Invalid, QObject::tr("This is not a CSV file: it holds binary data."));
    auto input = TextInput::fromBytes(bytes, table.encoding);
    table.delimiter = delimiter.isNull() ? detectDelimiter(input->peek(20000)) : delimiter;
    CsvRecords records(*input, table.delimiter);
    QStringList cells;
    int line = 0;
    QString problem;
    bool first = true;
    while (records.next(cells, line, problem)) {
        if (!problem.isEmpty())
            return makeError(ErrorCode::Invalid, QObject::tr("This CSV file cannot be read: line %1: %2.").arg(line).arg(problem));
        if (cells.size() == 1 && cells.first().isEmpty())
            continue;
        if (first) {
            table.header = cells;
            for (QString &h : table.header)
                h = h.trimmed();
            first = false;
            continue;
        }
        table.rows << cells;
        table.rowLines << line;
    }
    if (first)
        return makeError(ErrorCode::Invalid, QObject::tr("This CSV file is empty."));
    return table;
}

// ---- mapping ----

QJsonObject CsvMapping::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("praxis-csv-mapping")},
                       {QStringLiteral("columns"), cols},
                       {QStringLiteral("list_separator"), listSeparator}};
}

CsvMapping CsvMapping::fromJson(const QJsonObject &json)
{
    CsvMapping m;
    const QJsonObject cols = json.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it)
        m.columns.insert(it.key(), it.value().toString());
    if (json.contains(QStringLiteral("list_separator")))
        m.listSeparator = json.value(QStringLiteral("list_separator")).toString();
    return m;
}

QStringList CsvMapping::targets()
{
    QStringList out;
    for (const FieldDef &f : RecordTypes::find(QStringLiteral("material"))->fields)
        out << f.name;
    out << QStringLiteral("@author") << QStringLiteral("@editor") << QStringLiteral("@organisation") << QStringLiteral("@producer")
        << QStringLiteral("@funder");
    return out;
}

CsvMapping CsvMapping::guess(const QStringList &header)
{
    static const QList<std::pair<const char *, const char *>> synonyms = {
        {"title", "title"},        {"titulo", "title"},         {"titre", "title"},          {"name", "title"},
        {"subtitle", "subtitle"},  {"type", "material_type"},   {"itemtype", "material_type"}, {"materialtype", "material_type"},
        {"year", "year"},          {"publicationyear", "year"}, {"ano", "year"},            {"annee", "year"},
        {"date", "date"},          {"language", "languages"},   {"languages", "languages"}, {"idioma", "languages"},
        {"langue", "languages"},   {"topics", "topics"},        {"topic", "topics"},        {"keywords", "topics"},
        {"manualtags", "topics"},  {"tags", "topics"},          {"subjects", "topics"},     {"audience", "audiences"},
        {"audiences", "audiences"}, {"level", "level"},         {"regions", "regions"},     {"region", "regions"},
        {"countries", "countries"}, {"country", "countries"},   {"pais", "countries"},      {"pays", "countries"},
        {"duration", "duration"},  {"format", "format"},        {"url", "url"},             {"link", "url"},
        {"licence", "licence"},    {"license", "licence"},      {"rights", "licence"},      {"abstract", "abstract"},
        {"abstractnote", "abstract"}, {"summary", "abstract"},  {"description", "abstract"}, {"resumen", "abstract"},
        {"notes", "notes"},        {"note", "notes"},           {"extra", "notes"},         {"rating", "rating"},
        {"status", "status"},      {"author", "@author"},       {"authors", "@author"},     {"autor", "@author"},
        {"auteur", "@author"},     {"creator", "@author"},      {"editor", "@editor"},      {"editors", "@editor"},
        {"publisher", "@organisation"}, {"organisation", "@organisation"}, {"organization", "@organisation"},
        {"producer", "@producer"}, {"funder", "@funder"},
    };
    CsvMapping m;
    for (const QString &h : header) {
        const QString key = normalisedHeader(h);
        for (const auto &[name, target] : synonyms) {
            if (key == QLatin1String(name)) {
                m.columns.insert(h, QString::fromLatin1(target));
                break;
            }
        }
    }
    return m;
}

Status CsvMapping::check(const QStringList &header) const
{
    bool mapsTitle = false;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!header.contains(it.key()))
            return makeError(ErrorCode::Invalid, QObject::tr("The mapping names a column “%1” that this file does not have.").arg(it.key()));
        if (it.value() == QLatin1String("title"))
            mapsTitle = true;
    }
    if (!mapsTitle)
        return makeError(ErrorCode::Invalid, QObject::tr("No column is mapped to the title; every material needs one."));
    return {};
}

namespace {

// What spreadsheets do to cells: ="0123" keeps Excel from reading a number; <br/> stands for a line break.
QString cellText(const QString &raw)
{
    QString v = raw.trimmed();
    if (v.startsWith(QLatin1String("=\"")) && v.endsWith(QLatin1Char('"')) && v.size() >= 3)
        v = v.mid(2, v.size() - 3);
    if (v.contains(QLatin1Char('<'))) {
        static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
        v.replace(br, QStringLiteral("\n"));
    }
    return v.trimmed();
}

} // namespace

MaterialEntry CsvMapping::entry(const QStringList &header, const QStringList &row, int line) const
{
    static const RecordTypeDef *material = RecordTypes::find(QStringLiteral("material"));
    MaterialEntry e;
    e.line = line;
    for (int c = 0; c < header.size(); ++c) {
        const QString target = columns.value(header.at(c));
        if (target.isEmpty())
            continue;
        const QString value = cellText(row.value(c)).left(ImportLimits::kValueChars);
        if (value.isEmpty())
            continue;
        // Split on any of the separator's characters.
        auto parts = [&] {
            QStringList out;
            qsizetype start = 0;
            for (qsizetype i = 0; i <= value.size(); ++i) {
                if (i == value.size() || listSeparator.contains(value.at(i))) {
                    if (const QString part = value.mid(start, i - start).trimmed(); !part.isEmpty())
                        out << part;
                    start = i + 1;
                }
            }
            return out;
        };
        if (target == QLatin1String("@author") || target == QLatin1String("@editor")) {
            for (const QString &n : parts())
                e.people.append({personName(n), target.mid(1)});
        } else if (target.startsWith(QLatin1Char('@'))) {
            const QString role = target == QLatin1String("@organisation") ? QStringLiteral("publisher") : target.mid(1);
            for (const QString &n : parts())
                e.organisations.append({n, role});
        } else if (target.startsWith(QLatin1String("custom:"))) {
            e.customValues.insert(target.mid(7), value);
        } else if (const FieldDef *f = material->field(target)) {
            if (f->type == FieldType::List) {
                QStringList values = parts();
                if (target == QLatin1String("languages")) {
                    for (QString &v : values)
                        if (const QString code = languageCode(v); !code.isEmpty())
                            v = code;
                }
                if (target == QLatin1String("countries"))
                    for (QString &v : values)
                        v = v.toUpper();
                e.fields.insert(target, values);
            } else if (target == QLatin1String("material_type")) {
                QString t = value.toLower().replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
                e.fields.insert(target, f->choices.contains(t) ? t : guessMaterialType(QString(), value));
            } else if (f->type == FieldType::Choice) {
                e.fields.insert(target, value.toLower());
            } else if (f->type == FieldType::Integer) {
                bool ok = false;
                const qint64 n = value.toLongLong(&ok);
                e.fields.insert(target, ok ? QVariant(n) : QVariant(value));
            } else {
                e.fields.insert(target, value);
            }
        }
    }
    if (!e.fields.contains(QStringLiteral("material_type")))
        e.fields.insert(QStringLiteral("material_type"), guessMaterialType(e.fields.value(QStringLiteral("title")).toString(), QString()));
    return e;
}

Result<QList<MaterialEntry>> CsvMapping::apply(const CsvTable &table) const
{
    if (Status s = check(table.header); !s)
        return s.error();
    QList<MaterialEntry> entries;
    entries.reserve(table.rows.size());
    for (int r = 0; r < table.rows.size(); ++r)
        entries.append(entry(table.header, table.rows.at(r), table.rowLines.value(r)));
    return entries;
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList out;
        for (const QString &c : cells) {
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')) ||
                c.contains(QLatin1Char(';')) || c.startsWith(QLatin1Char(' ')) || c.endsWith(QLatin1Char(' ')))
                out << QLatin1Char('"') + QString(c).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            else
                out << c;
        }
        return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line(header);
    for (const QStringList &r : rows)
        text += line(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace praxis::core
