#include "exchange/material_entry.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>

namespace praxis::core {

QString entryPlace(int line, const QString &key)
{
    if (line > 0 && !key.isEmpty())
        return QObject::tr("line %1 (%2)").arg(line).arg(key);
    if (line > 0)
        return QObject::tr("line %1").arg(line);
    return key;
}

QString MaterialEntry::where() const
{
    return entryPlace(line, key);
}

void addTopic(MaterialEntry &e, const QString &topic)
{
    const QString t = topic.trimmed();
    if (t.isEmpty())
        return;
    QStringList topics = e.fields.value(QStringLiteral("topics")).toStringList();
    if (!topics.contains(t))
        topics << t;
    e.fields.insert(QStringLiteral("topics"), topics);
}

void addLanguage(MaterialEntry &e, const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;/]"));
    QStringList languages = e.fields.value(QStringLiteral("languages")).toStringList();
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString code = languageCode(part);
        if (!code.isEmpty() && !languages.contains(code))
            languages << code;
    }
    if (!languages.isEmpty())
        e.fields.insert(QStringLiteral("languages"), languages);
}

void appendNote(MaterialEntry &e, const QString &note)
{
    const QString n = note.trimmed();
    if (n.isEmpty())
        return;
    const QString old = e.fields.value(QStringLiteral("notes")).toString();
    e.fields.insert(QStringLiteral("notes"), old.isEmpty() ? n : old + QStringLiteral("\n\n") + n);
}

namespace {

// 1–12 for a month's name or abbreviation in English, Spanish, French or German; 0 otherwise.
int monthNumber(const QString &word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> h;
        const char *const names[][12] = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
        };
        for (const auto &language : names)
            for (int m = 0; m < 12; ++m) {
                const QString name = QString::fromUtf8(language[m]);
                h.insert(name, m + 1);
                if (name.size() > 3)
                    h.insert(name.left(3), m + 1);
            }
        h.insert(QStringLiteral("sept"), 9);
        h.insert(QStringLiteral("setiembre"), 9);
        return h;
    }();
    return months.value(word.toCaseFolded().remove(QLatin1Char('.')));
}

void setIsoDate(MaterialEntry &e, int year, int month, int day)
{
    e.fields.insert(QStringLiteral("year"), qint64(year));
    if (month < 1 || month > 12)
        return;
    QString date = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    if (day >= 1 && day <= 31)
        date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    e.fields.insert(QStringLiteral("date"), date);
}

} // namespace

bool setDate(MaterialEntry &e, const QString &text)
{
    const QString t = text.trimmed();
    // 2016, 2016-09, 2016/09/06/, 2016///, 2016-09-06T10:00
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})?)?(?:[-/.](\\d{1,2})?)?"));
    if (const auto m = iso.match(t); m.hasMatch()) {
        setIsoDate(e, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(3).toInt());
        return true;
    }
    // 09/2016 (month and year, as EndNote writes)
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[-/.](\\d{4})$"));
    if (const auto m = monthYear.match(t); m.hasMatch()) {
        setIsoDate(e, m.captured(2).toInt(), m.captured(1).toInt(), 0);
        return true;
    }
    static const QRegularExpression year(QStringLiteral("\\b(1[89]\\d\\d|20\\d\\d|2100)\\b"));
    const auto y = year.match(t);
    if (!y.hasMatch())
        return false;
    // "September 6, 2016", "6 septembre 2016", "Sep 2016", "6 de septiembre de 2016": a month by name.
    int month = 0, day = 0;
    static const QRegularExpression words(QStringLiteral("[\\p{L}.]+|\\d{1,2}(?!\\d)"));
    for (auto it = words.globalMatch(t.left(y.capturedStart())); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (w.at(0).isDigit())
            day = w.toInt();
        else if (const int n = monthNumber(w); n > 0)
            month = n;
    }
    setIsoDate(e, y.captured(1).toInt(), month, month > 0 ? day : 0);
    return true;
}

void finishEntry(MaterialEntry &e, const QString &otherType)
{
    const QString title = e.fields.value(QStringLiteral("title")).toString();
    e.fields.insert(QStringLiteral("material_type"), guessMaterialType(title, otherType));
}

QString personName(const QString &name)
{
    const QString n = name.simplified();
    const qsizetype comma = n.indexOf(QLatin1Char(','));
    if (comma < 0)
        return n;
    const QString last = n.left(comma).trimmed();
    const QString first = n.mid(comma + 1).trimmed();
    return first.isEmpty() ? last : first + QLatin1Char(' ') + last;
}

QString guessMaterialType(const QString &title, const QString &otherToolType)
{
    const QString t = title.toLower();
    static const QList<std::pair<const char *, const char *>> byWord = {
        {"toolkit", "toolkit"},     {"tool kit", "toolkit"},   {"caja de herramientas", "toolkit"}, {"boîte à outils", "toolkit"},
        {"manual", "manual"},       {"handbook", "manual"},    {"manuel", "manual"},                {"glossary", "glossary"},
        {"glosario", "glossary"},   {"glossaire", "glossary"}, {"curriculum", "curriculum"},        {"module", "module"},
        {"módulo", "module"},       {"e-course", "e_course"},  {"online course", "e_course"},       {"curso en línea", "e_course"},
        {"guide", "guide"},         {"guía", "guide"},         {"guia", "guide"},                   {"guidelines", "guide"},
        {"inventory", "inventory"}, {"inventario", "inventory"}, {"handout", "handout"},            {"report", "report"},
        {"informe", "report"},      {"rapport", "report"},     {"presentation", "presentation"},
    };
    for (const auto &[word, type] : byWord) {
        if (t.contains(QString::fromUtf8(word)))
            return QString::fromLatin1(type);
    }
    const QString o = otherToolType.toLower();
    static const QHash<QString, QString> byType = {
        {QStringLiteral("rprt"), QStringLiteral("report")},         {QStringLiteral("report"), QStringLiteral("report")},
        {QStringLiteral("techreport"), QStringLiteral("report")},   {QStringLiteral("govdoc"), QStringLiteral("report")},
        {QStringLiteral("video"), QStringLiteral("video")},         {QStringLiteral("mpct"), QStringLiteral("video")},
        {QStringLiteral("motion_picture"), QStringLiteral("video")}, {QStringLiteral("broadcast"), QStringLiteral("video")},
        {QStringLiteral("slide"), QStringLiteral("presentation")},  {QStringLiteral("speech"), QStringLiteral("presentation")},
        {QStringLiteral("dict"), QStringLiteral("glossary")},       {QStringLiteral("entry-dictionary"), QStringLiteral("glossary")},
        {QStringLiteral("manual"), QStringLiteral("manual")},
    };
    return byType.value(o, QStringLiteral("other"));
}

QString languageCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        for (int l = QLocale::AnyLanguage + 1; l <= QLocale::LastLanguage; ++l) {
            const auto language = QLocale::Language(l);
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.size() != 2)
                continue;
            h.insert(QLocale::languageToString(language).toCaseFolded(), code);
            const QString native = QLocale(language).nativeLanguageName().toCaseFolded();
            if (!native.isEmpty()) {
                h.insert(native, code);
                // "español de España": the language is the first word.
                if (const QString first = native.section(QLatin1Char(' '), 0, 0); first.size() >= 4 && !h.contains(first))
                    h.insert(first, code);
            }
            for (auto part : {QLocale::ISO639Part2, QLocale::ISO639Part3})
                if (const QString three = QLocale::languageToCode(language, part); !three.isEmpty())
                    h.insert(three.toCaseFolded(), code);
            h.insert(code, code);
        }
        // Names other tools write that Qt spells differently.
        h.insert(QStringLiteral("castilian"), QStringLiteral("es"));
        h.insert(QStringLiteral("castellano"), QStringLiteral("es"));
        h.insert(QStringLiteral("français"), QStringLiteral("fr"));
        h.insert(QStringLiteral("francais"), QStringLiteral("fr"));
        h.insert(QStringLiteral("espanol"), QStringLiteral("es"));
        h.insert(QStringLiteral("portugues"), QStringLiteral("pt"));
        h.insert(QStringLiteral("fre"), QStringLiteral("fr"));
        // The main languages of the field as Spanish, French and Portuguese speakers write them.
        for (const auto &[name, code] : std::initializer_list<std::pair<const char16_t *, const char *>>{
                 {u"inglés", "en"}, {u"francés", "fr"}, {u"portugués", "pt"}, {u"árabe", "ar"}, {u"anglais", "en"}, {u"espagnol", "es"},
                 {u"portugais", "pt"}, {u"arabe", "ar"}, {u"inglês", "en"}, {u"espanhol", "es"}, {u"francês", "fr"}, {u"ingles", "en"}, {u"frances", "fr"}})
            h.insert(QString::fromUtf16(name), QString::fromLatin1(code));
        h.insert(QStringLiteral("ger"), QStringLiteral("de"));
        return h;
    }();
    QString key = t.toCaseFolded();
    // "en-US", "pt_BR": the language part.
    if (key.size() > 3 && (key.at(2) == QLatin1Char('-') || key.at(2) == QLatin1Char('_')))
        key = key.left(2);
    return names.value(key);
}

} // namespace praxis::core
