#include "exchange/material_entry.h"

#include <QHash>
#include <QLocale>
#include <QObject>

namespace praxis::core {

QString MaterialEntry::where() const
{
    if (line > 0 && !key.isEmpty())
        return QObject::tr("line %1 (%2)").arg(line).arg(key);
    if (line > 0)
        return QObject::tr("line %1").arg(line);
    return key;
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
