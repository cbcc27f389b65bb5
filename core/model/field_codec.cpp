#include "model/field_codec.h"

#include "model/record_id.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <cmath>

namespace praxis::core {

namespace {

QString describe(const QString &typeLabel, const FieldDef &field)
{
    return QObject::tr("%1 field “%2”").arg(typeLabel, field.name);
}

// Half of a surrogate pair has no UTF-8 form: SQLite would be given '?' in its place while the change
// log (JSON) keeps it, and the record would no longer be what its log says. Every text value passes
// through normalise() before either is written, so it is replaced here, once, by U+FFFD.
QString withoutLoneSurrogates(QString s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            s[i] = QChar(QChar::ReplacementCharacter);
    }
    return s;
}

} // namespace

QVariant FieldCodec::normalise(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Integer: {
        if (value.typeId() == QMetaType::QString) {
            bool ok = false;
            const qint64 n = value.toString().trimmed().toLongLong(&ok);
            return ok ? QVariant(n) : (value.toString().trimmed().isEmpty() ? QVariant() : value);
        }
        if (value.typeId() == QMetaType::Double) {
            const double d = value.toDouble();
            return std::floor(d) == d ? QVariant(qint64(d)) : value;
        }
        if (value.canConvert<qint64>() && value.typeId() != QMetaType::Bool)
            return QVariant(value.toLongLong());
        return value;
    }
    case FieldType::Real: {
        if (value.typeId() == QMetaType::QString) {
            bool ok = false;
            const double d = value.toString().trimmed().toDouble(&ok);
            return ok ? QVariant(d) : (value.toString().trimmed().isEmpty() ? QVariant() : value);
        }
        if (value.canConvert<double>() && value.typeId() != QMetaType::Bool)
            return QVariant(value.toDouble());
        return value;
    }
    case FieldType::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value;
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            return QVariant(value.toLongLong() != 0);
        return value;
    case FieldType::List: {
        QStringList out;
        if (value.typeId() == QMetaType::QStringList) {
            out = value.toStringList();
        } else if (value.typeId() == QMetaType::QVariantList) {
            for (const QVariant &v : value.toList()) {
                if (v.typeId() != QMetaType::QString)
                    return value; // rejected by check()
                out << v.toString();
            }
        } else if (value.typeId() == QMetaType::QString) {
            out = value.toString().split(QLatin1Char(','));
        } else {
            return value;
        }
        QStringList cleaned;
        for (const QString &s : std::as_const(out)) {
            const QString t = withoutLoneSurrogates(s.trimmed());
            if (!t.isEmpty())
                cleaned << t;
        }
        return cleaned.isEmpty() ? QVariant() : QVariant(cleaned);
    }
    default: {
        if (value.typeId() != QMetaType::QString)
            return value; // rejected by check()
        const QString s = withoutLoneSurrogates(field.type == FieldType::LongText ? value.toString() : value.toString().trimmed());
        if (s.trimmed().isEmpty())
            return {};
        return s;
    }
    }
}

bool FieldCodec::isValidDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(year, month, day).isValid();
}

bool FieldCodec::isValidDateTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).isValid() || QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

Status FieldCodec::check(const QString &typeLabel, const FieldDef &field, const QVariant &v)
{
    if (!v.isValid())
        return {};
    const QString where = describe(typeLabel, field);
    auto fail = [&](const QString &what) { return Status(makeError(ErrorCode::Invalid, QStringLiteral("%1: %2").arg(where, what))); };
    switch (field.type) {
    case FieldType::Integer:
        if (v.typeId() != QMetaType::LongLong)
            return fail(QObject::tr("expected a whole number"));
        if (field.maxValue > field.minValue && (v.toLongLong() < field.minValue || v.toLongLong() > field.maxValue))
            return fail(QObject::tr("must be between %1 and %2").arg(field.minValue).arg(field.maxValue));
        return {};
    case FieldType::Real:
        return v.typeId() == QMetaType::Double ? Status() : fail(QObject::tr("expected a number"));
    case FieldType::Boolean:
        return v.typeId() == QMetaType::Bool ? Status() : fail(QObject::tr("expected yes or no (true/false)"));
    case FieldType::List:
        return v.typeId() == QMetaType::QStringList ? Status() : fail(QObject::tr("expected a list of texts"));
    default:
        break;
    }
    if (v.typeId() != QMetaType::QString)
        return fail(QObject::tr("expected text"));
    const QString s = v.toString();
    switch (field.type) {
    case FieldType::Date:
        return isValidDate(s) ? Status() : fail(QObject::tr("“%1” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)").arg(s));
    case FieldType::DateTime:
        return isValidDateTime(s) || isValidDate(s) ? Status() : fail(QObject::tr("“%1” is not a date and time (use YYYY-MM-DDTHH:MM)").arg(s));
    case FieldType::Url: {
        const QUrl url(s, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty() ? Status() : fail(QObject::tr("“%1” is not a web address").arg(s));
    }
    case FieldType::Email: {
        static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return pattern.match(s).hasMatch() ? Status() : fail(QObject::tr("“%1” is not an email address").arg(s));
    }
    case FieldType::Choice:
        return field.choices.contains(s) ? Status() : fail(QObject::tr("“%1” is not one of: %2").arg(s, field.choices.join(QStringLiteral(", "))));
    case FieldType::Reference:
        return RecordId::isWellFormed(s) ? Status() : fail(QObject::tr("“%1” is not a record id").arg(s));
    default:
        return {};
    }
}

QJsonValue FieldCodec::toJson(const QVariant &v)
{
    if (!v.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong: return QJsonValue(v.toLongLong());
    case QMetaType::Double: return QJsonValue(v.toDouble());
    case QMetaType::Bool: return QJsonValue(v.toBool());
    case QMetaType::QStringList: return QJsonArray::fromStringList(v.toStringList());
    default: return QJsonValue(v.toString());
    }
}

Result<QVariant> FieldCodec::fromJson(const QString &typeLabel, const FieldDef &field, const QJsonValue &json)
{
    auto fail = [&](const QString &what) {
        return Result<QVariant>(makeError(ErrorCode::Invalid, QStringLiteral("%1: %2").arg(describe(typeLabel, field), what)));
    };
    if (json.isNull() || json.isUndefined())
        return QVariant();
    switch (field.type) {
    case FieldType::Integer:
        if (!json.isDouble() || std::floor(json.toDouble()) != json.toDouble())
            return fail(QObject::tr("expected a whole number"));
        return QVariant(qint64(json.toDouble()));
    case FieldType::Real:
        if (!json.isDouble())
            return fail(QObject::tr("expected a number"));
        return QVariant(json.toDouble());
    case FieldType::Boolean:
        if (!json.isBool())
            return fail(QObject::tr("expected true or false"));
        return QVariant(json.toBool());
    case FieldType::List: {
        if (!json.isArray())
            return fail(QObject::tr("expected a list, like [\"en\", \"es\"]"));
        QStringList out;
        for (const QJsonValue &item : json.toArray()) {
            if (!item.isString())
                return fail(QObject::tr("every entry of the list must be text"));
            out << item.toString();
        }
        return QVariant(out);
    }
    default:
        if (!json.isString())
            return fail(QObject::tr("expected text"));
        return QVariant(json.toString());
    }
}

QVariant FieldCodec::fromSql(const FieldDef &field, const QVariant &sql)
{
    if (!sql.isValid() || sql.isNull())
        return {};
    switch (field.type) {
    case FieldType::Integer: return QVariant(sql.toLongLong());
    case FieldType::Real: return QVariant(sql.toDouble());
    case FieldType::Boolean: return QVariant(sql.toLongLong() != 0);
    default: return QVariant(sql.toString());
    }
}

QVariant FieldCodec::toSql(const FieldDef &field, const QVariant &v)
{
    if (!v.isValid())
        return {};
    if (field.type == FieldType::Boolean)
        return QVariant(qint64(v.toBool() ? 1 : 0));
    return v;
}

} // namespace praxis::core
