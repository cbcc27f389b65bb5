#include "exchange/material_importer.h"

#include "model/custom_fields.h"
#include "model/record_type.h"
#include "records/duplicates.h"
#include "records/record_store.h"
#include "records/write_pipeline.h"
#include "search/search_index.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace praxis::core {

QString ImportReport::summary() const
{
    QString counts = QObject::tr("%1 imported, %2 merged into existing records, %3 skipped").arg(imported).arg(merged).arg(skipped);
    if (unreadable > 0)
        counts += unreadable == 1 ? QObject::tr(", 1 entry could not be read") : QObject::tr(", %1 entries could not be read").arg(unreadable);
    return dryRun ? QObject::tr("Trial run, nothing written: %1.").arg(counts) : counts + QLatin1Char('.');
}

namespace {

// Ids of live records of `table` whose `column` (or `column2`) equals a name, ignoring case; cached.
class NameLookup {
public:
    NameLookup(Database &db, QString table, QStringList columns) : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)) {}
    Result<QString> find(const QString &name)
    {
        const QString key = name.simplified().toCaseFolded();
        if (auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QStringList conditions;
        for (const QString &c : std::as_const(m_columns))
            conditions << QStringLiteral("t.%1 = ?1 COLLATE NOCASE").arg(c);
        auto st = m_db.cached(QStringLiteral("SELECT t.id FROM %1 t JOIN records r ON r.id = t.id WHERE r.deleted_at IS NULL AND (%2) LIMIT 1")
                                  .arg(m_table, conditions.join(QStringLiteral(" OR "))));
        if (!st)
            return st.error();
        (*st)->bind(1, name.simplified());
        auto row = (*st)->step();
        if (!row)
            return row.error();
        const QString id = *row ? (*st)->text(0) : QString();
        m_cache.insert(key, id);
        return id;
    }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QHash<QString, QString> m_cache;
};

QVariantMap withNames(const MaterialEntry &e)
{
    QVariantMap f = e.fields;
    QStringList people, orgs;
    for (const NamedContributor &p : e.people)
        people << p.name;
    for (const NamedContributor &o : e.organisations)
        orgs << o.name;
    f.insert(QStringLiteral("@authors"), people);
    f.insert(QStringLiteral("@organisations"), orgs);
    return f;
}

// Earlier rows of the same file, found by their title words: only rows sharing most of the words are
// compared in full, so a file of 100,000 rows is checked in about the time it takes to read it. Each row
// keeps only what the comparison reads, in a few dozen bytes.
class FileIndex {
public:
    void add(int row, const QVariantMap &fields, const QString &where, const RecordId &record)
    {
        const QStringList words = wordsOf(fields);
        Row r;
        r.row = row;
        r.where = where;
        r.record = record;
        r.title = fields.value(QStringLiteral("title")).toString();
        r.subtitle = fields.value(QStringLiteral("subtitle")).toString();
        r.year = fields.value(QStringLiteral("year")).toLongLong();
        r.authors = fields.value(QStringLiteral("@authors")).toStringList();
        r.organisations = fields.value(QStringLiteral("@organisations")).toStringList();
        r.words = int(words.size());
        const int index = int(m_rows.size());
        m_rows.append(std::move(r));
        for (const QString &w : words)
            m_byWord[w].append(index);
    }
    // The best earlier row resembling `fields`, or -1; its place in the file and its record.
    int similar(const QVariantMap &fields, double *score, QStringList *reasons) const
    {
        const QStringList words = wordsOf(fields);
        QHash<int, int> shared;
        for (const QString &w : words) {
            const auto it = m_byWord.constFind(w);
            // A word shared by very many rows tells little; the other words will find the match.
            if (it == m_byWord.cend() || it->size() > 500)
                continue;
            for (int r : *it)
                ++shared[r];
        }
        int best = -1;
        double bestScore = 0;
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const Row &r = m_rows.at(it.key());
            // Titles sharing under half their words cannot be alike enough; skip the full comparison.
            const int total = int(words.size()) + r.words - it.value();
            if (total > 0 && it.value() * 2 < total)
                continue;
            QVariantMap other{{QStringLiteral("title"), r.title}, {QStringLiteral("@authors"), r.authors}, {QStringLiteral("@organisations"), r.organisations}};
            if (!r.subtitle.isEmpty())
                other.insert(QStringLiteral("subtitle"), r.subtitle);
            if (r.year != 0)
                other.insert(QStringLiteral("year"), r.year);
            QStringList why;
            const double s = DuplicateFinder::similarity(QStringLiteral("material"), fields, other, &why);
            if (s >= DuplicateFinder::kLikelyDuplicate && s > bestScore) {
                best = it.key();
                bestScore = s;
                *reasons = why;
            }
        }
        *score = bestScore;
        return best;
    }
    QString where(int index) const { return m_rows.at(index).where; }
    RecordId record(int index) const { return m_rows.at(index).record; }

private:
    struct Row {
        int row = 0;
        int words = 0;
        qint64 year = 0;
        QString where;
        QString title;
        QString subtitle;
        QStringList authors;
        QStringList organisations;
        RecordId record;
    };
    static QStringList wordsOf(const QVariantMap &fields)
    {
        QStringList words = DuplicateFinder::titleKey(fields.value(QStringLiteral("title")).toString()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        words.removeDuplicates();
        return words;
    }
    QList<Row> m_rows;
    QHash<QString, QList<int>> m_byWord;
};

} // namespace

Result<ImportReport> MaterialImporter::run(const QList<MaterialEntry> &entries, DuplicatePolicy policy, bool dryRun, const std::atomic_bool *cancel,
                                           const std::function<void(qint64, qint64)> &progress)
{
    EntryList source(entries);
    ImportOptions options;
    options.policy = policy;
    options.dryRun = dryRun;
    return run(source, options, cancel, progress);
}

Result<ImportReport> MaterialImporter::run(EntrySource &source, const ImportOptions &options, const std::atomic_bool *cancel,
                                           const std::function<void(qint64, qint64)> &progress)
{
    const DuplicatePolicy policy = options.policy;
    const bool dryRun = options.dryRun;
    ImportReport report;
    report.dryRun = dryRun;
    // The library as it stands, indexed, for the duplicate check.
    if (auto drained = m_index.drain(0, cancel); !drained)
        return drained.error();

    // Custom fields of materials, by name and label.
    QHash<QString, QString> customFields;
    {
        auto defs = CustomFields(m_store).definitions(QStringLiteral("material"));
        if (!defs)
            return defs.error();
        for (const CustomFieldDef &d : *defs) {
            customFields.insert(d.name.toCaseFolded(), d.id.toString());
            customFields.insert(d.label.toCaseFolded(), d.id.toString());
        }
    }

    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status())
        return tx.status().error();
    NameLookup people(m_db, QStringLiteral("person"), {QStringLiteral("name")});
    NameLookup orgs(m_db, QStringLiteral("organisation"), {QStringLiteral("name"), QStringLiteral("acronym")});
    DuplicateFinder finder(m_store, m_index);
    // Drained above: the records this import adds are compared through the file's own rows instead.
    finder.setIndexCurrent(true);
    FileIndex fileRows;

    auto addParts = [&](const RecordId &material, const MaterialEntry &e, QStringList skipPeople, QStringList skipOrgs) -> Status {
        int position = 0;
        for (const NamedContributor &p : e.people) {
            // Named twice in one file record (as author and institution, say): one part.
            const QString key = DuplicateFinder::titleKey(p.name) + QLatin1Char('/') + p.role;
            if (skipPeople.contains(DuplicateFinder::titleKey(p.name)) || skipPeople.contains(key))
                continue;
            skipPeople << key;
            auto personId = people.find(p.name);
            if (!personId)
                return personId.error();
            QVariantMap f{{QStringLiteral("material_id"), material.toString()}, {QStringLiteral("role"), p.role}, {QStringLiteral("position"), position++}};
            if (personId->isEmpty())
                f.insert(QStringLiteral("name_text"), p.name);
            else
                f.insert(QStringLiteral("person_id"), *personId);
            if (auto id = m_store.create(QStringLiteral("material_contributor"), f); !id)
                return id.error();
        }
        position = 0;
        for (const NamedContributor &o : e.organisations) {
            if (skipOrgs.contains(DuplicateFinder::titleKey(o.name)))
                continue;
            skipOrgs << DuplicateFinder::titleKey(o.name);
            auto orgId = orgs.find(o.name);
            if (!orgId)
                return orgId.error();
            QVariantMap f{{QStringLiteral("material_id"), material.toString()}, {QStringLiteral("role"), o.role}, {QStringLiteral("position"), position++}};
            if (orgId->isEmpty())
                f.insert(QStringLiteral("name_text"), o.name);
            else
                f.insert(QStringLiteral("organisation_id"), *orgId);
            if (auto id = m_store.create(QStringLiteral("material_organisation"), f); !id)
                return id.error();
        }
        return {};
    };

    // Existing values win; empty ones are filled; lists are joined; people and organisations not there yet are added.
    auto mergeInto = [&](const RecordId &target, const MaterialEntry &e, const QVariantMap &fields) -> Status {
        auto existing = m_store.get(target);
        if (!existing)
            return existing.error();
        QVariantMap changes;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QVariant mine = existing->value(it.key());
            if (it.value().metaType().id() == QMetaType::QStringList) {
                QStringList joined = mine.toStringList();
                for (const QString &v : it.value().toStringList())
                    if (!joined.contains(v))
                        joined << v;
                if (joined != mine.toStringList())
                    changes.insert(it.key(), joined);
            } else if (!mine.isValid() || mine.toString().isEmpty()) {
                changes.insert(it.key(), it.value());
            }
        }
        if (!changes.isEmpty())
            if (Status s = m_store.update(target, changes); !s)
                return s;
        QStringList havePeople, haveOrgs;
        if (auto parts = m_store.parts(target, QStringLiteral("material_contributor")))
            for (const Record &p : *parts) {
                QString n = p.value(QStringLiteral("name_text")).toString();
                if (const QString ref = p.value(QStringLiteral("person_id")).toString(); !ref.isEmpty())
                    if (auto name = m_store.displayName(RecordId(ref)))
                        n = *name;
                havePeople << DuplicateFinder::titleKey(n);
            }
        if (auto parts = m_store.parts(target, QStringLiteral("material_organisation")))
            for (const Record &o : *parts) {
                QString n = o.value(QStringLiteral("name_text")).toString();
                if (const QString ref = o.value(QStringLiteral("organisation_id")).toString(); !ref.isEmpty())
                    if (auto name = m_store.displayName(RecordId(ref)))
                        n = *name;
                haveOrgs << DuplicateFinder::titleKey(n);
            }
        return addParts(target, e, havePeople, haveOrgs);
    };

    // Entries left out by the reader, or refused here: with strict, the first refuses the whole file.
    auto strictRefusal = [&](const QString &what) {
        return makeError(ErrorCode::Invalid, QObject::tr("%1 Nothing was imported (strict import: every entry must be read and accepted).").arg(what));
    };
    MaterialEntry e;
    for (int i = 0;; ++i) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, QObject::tr("The import was stopped; nothing was imported and the library is unchanged."));
        auto more = source.next(e);
        if (!more)
            return makeError(more.error().code, more.error().message + QObject::tr(" Nothing was imported; the library is unchanged."));
        if (options.strict && !source.notes().skipped.isEmpty())
            return strictRefusal(QObject::tr("An entry cannot be read: %1.").arg(source.notes().skipped.first().text()));
        if (!*more)
            break;
        ImportedRecord rec;
        rec.where = e.where().isEmpty() ? QObject::tr("record %1").arg(i + 1) : e.where();
        rec.title = e.fields.value(QStringLiteral("title")).toString();

        QVariantMap fields = e.fields;
        QStringList notes;
        // Custom values: to their fields when the library has them, else kept in the notes.
        QList<std::pair<QString, QString>> custom;
        for (auto it = e.customValues.cbegin(); it != e.customValues.cend(); ++it) {
            const QString fieldId = customFields.value(it.key().toCaseFolded());
            if (fieldId.isEmpty())
                notes << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
            else
                custom.append({fieldId, it.value().toString()});
        }
        if (!notes.isEmpty()) {
            const QString old = fields.value(QStringLiteral("notes")).toString();
            fields.insert(QStringLiteral("notes"), QString((old.isEmpty() ? QString() : old + QStringLiteral("\n\n")) + notes.join(QLatin1Char('\n'))));
            rec.reason = QObject::tr("values of fields the library does not have are kept in the notes");
        }
        if (rec.title.trimmed().isEmpty()) {
            if (options.strict)
                return strictRefusal(QObject::tr("%1 has no title.").arg(rec.where));
            rec.outcome = ImportedRecord::Outcome::Skipped;
            rec.reason = QObject::tr("it has no title");
            ++report.skipped;
            report.records.append(rec);
            continue;
        }
        // A value the model refuses (a year of 1850, a URL that is not one) is kept in the notes instead
        // of its field; a record still refused after that is left out, with the reason.
        Status valid = m_store.validate(QStringLiteral("material"), fields, true);
        if (!valid && !options.strict) {
            QStringList moved;
            for (const QString &name : fields.keys()) {
                if (name == QLatin1String("title") || name == QLatin1String("notes"))
                    continue;
                if (Status one = m_store.validate(QStringLiteral("material"), {{name, fields.value(name)}}, false); !one) {
                    const QVariant v = fields.take(name);
                    const QString text = v.metaType().id() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", ")) : v.toString();
                    moved << QStringLiteral("%1: %2").arg(name, text);
                    rec.reason = (rec.reason.isEmpty() ? QString() : rec.reason + QStringLiteral("; ")) + one.error().message;
                }
            }
            if (!moved.isEmpty()) {
                const QString old = fields.value(QStringLiteral("notes")).toString();
                fields.insert(QStringLiteral("notes"), QString((old.isEmpty() ? QString() : old + QStringLiteral("\n\n")) + moved.join(QLatin1Char('\n'))));
                rec.reason += QObject::tr(" (the value is kept in the notes)");
                valid = m_store.validate(QStringLiteral("material"), fields, true);
            }
        }
        if (const Status &s = valid; !s) {
            if (options.strict)
                return strictRefusal(QStringLiteral("%1: %2").arg(rec.where, s.error().message));
            rec.outcome = ImportedRecord::Outcome::Skipped;
            rec.reason = s.error().message;
            ++report.skipped;
            report.records.append(rec);
            continue;
        }

        // Duplicates: an earlier row of this file first, then the library.
        const QVariantMap probe = [&] {
            QVariantMap p = withNames(e);
            p.insert(QStringLiteral("title"), fields.value(QStringLiteral("title")));
            return p;
        }();
        RecordId match;
        QString matchText;
        double score = 0;
        QStringList why;
        const int earlier = fileRows.similar(probe, &score, &why);
        if (earlier >= 0) {
            match = fileRows.record(earlier);
            matchText = QObject::tr("%1 of this file (%2)").arg(fileRows.where(earlier), why.join(QStringLiteral(", ")));
        } else {
            auto similar = finder.similarTo(QStringLiteral("material"), probe, {}, 1);
            if (!similar)
                return similar.error();
            if (!similar->isEmpty()) {
                match = similar->first().id;
                matchText = QObject::tr("“%1” already in the library (%2)").arg(similar->first().title, similar->first().reasons.join(QStringLiteral(", ")));
            }
        }
        if (!match.isNull() && policy == DuplicatePolicy::Skip) {
            rec.outcome = ImportedRecord::Outcome::Skipped;
            rec.id = match;
            rec.reason = QObject::tr("resembles %1").arg(matchText);
            ++report.skipped;
            report.records.append(rec);
            continue;
        }
        if (!match.isNull() && policy == DuplicatePolicy::Merge) {
            if (Status s = mergeInto(match, e, fields); !s)
                return makeError(s.error().code, QObject::tr("%1: %2 Nothing was imported.").arg(rec.where, s.error().message));
            rec.outcome = ImportedRecord::Outcome::Merged;
            rec.id = match;
            rec.reason = QObject::tr("merged into %1").arg(matchText);
            ++report.merged;
            report.records.append(rec);
            fileRows.add(i, probe, rec.where, match);
            continue;
        }
        auto id = m_store.create(QStringLiteral("material"), fields);
        if (!id)
            return makeError(id.error().code, QObject::tr("%1: %2 Nothing was imported.").arg(rec.where, id.error().message));
        if (Status s = addParts(*id, e, {}, {}); !s)
            return makeError(s.error().code, QObject::tr("%1: %2 Nothing was imported.").arg(rec.where, s.error().message));
        for (const auto &[fieldId, value] : std::as_const(custom)) {
            auto v = m_store.create(QStringLiteral("custom_value"),
                                    {{QStringLiteral("record_id"), id->toString()}, {QStringLiteral("field_id"), fieldId}, {QStringLiteral("value"), value}});
            if (!v)
                return makeError(v.error().code, QObject::tr("%1: %2 Nothing was imported.").arg(rec.where, v.error().message));
        }
        rec.id = *id;
        if (!match.isNull())
            rec.reason = QObject::tr("added although it resembles %1").arg(matchText);
        ++report.imported;
        report.records.append(rec);
        fileRows.add(i, probe, rec.where, *id);
        if (progress && i % 100 == 0)
            progress(source.done(), source.total());
    }
    report.read = source.notes();
    report.unreadable = int(report.read.skipped.size());
    if (progress)
        progress(source.total(), source.total());
    if (dryRun) {
        tx.rollback();
        return report;
    }
    if (Status s = tx.commit(); !s)
        return makeError(s.error().code, QObject::tr("The import could not be saved: %1 Nothing was imported.").arg(s.error().message));
    return report;
}

} // namespace praxis::core
