#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace praxis::core {

enum class FieldType {
    Text,      // one line
    LongText,  // Markdown
    Integer,
    Real,
    Boolean,
    Date,      // ISO 8601 date, or year-month, or year
    DateTime,  // ISO 8601 date and time
    Url,
    Email,
    Choice,    // one of FieldDef::choices
    Reference, // id of a record of one of FieldDef::refTypes (any type when empty)
    List,      // several texts, kept in order (languages, topics, countries, ...)
};

QString fieldTypeName(FieldType type);

// One field of a record type. The column name in SQL is the field name.
struct FieldDef {
    QString name;
    FieldType type = FieldType::Text;
    QString label;            // English label; the UI translates it
    bool required = false;
    QStringList refTypes;     // for Reference
    QStringList choices;      // for Choice; the stored values
    int minValue = 0;         // for Integer with a range (when maxValue > minValue)
    int maxValue = 0;
    QString vocabulary;       // for List/Text: "language", "country", "region" when values come from one
};

// How a record type sits in the UI and in the model.
enum class RecordRole {
    Main,     // listed on its own in the sidebar (materials, cases, dialogues, ...)
    Part,     // edited inside its parent's form (case sections, phases, agenda items, ...)
    Link,     // a relation (tagging, collection membership)
};

struct RecordTypeDef {
    QString name;            // "material"; also the SQL table
    QString label;           // "Material"
    QString pluralLabel;     // "Materials"
    RecordRole role = RecordRole::Main;
    QString titleField;      // the field that names a record in lists and pickers
    QString parentField;     // for parts and links: the required reference to the owning record
    QString orderField;      // for parts: the position field that orders siblings
    QStringList listColumns; // the default table columns
    QList<FieldDef> fields;

    // What the rest of Praxis knows of the type, said here once rather than by comparing its name:
    QString searchKind;           // how its records read in search (kind:material); empty: no document of its own
    bool hasAttachments = false;  // files and links can be attached to its records
    bool checkDuplicates = false; // a new record is compared with the library for likely duplicates
    bool namedElsewhere = false;  // its records' names show in other records' search documents
    QStringList codableFields;    // the long texts researchers mark passages of and code

    // How its records behave in the window, in filters, duplicate checks and merges:
    bool quickCreate = false;    // a reference picker can create one from the name typed into it
    bool taggable = true;        // its records carry tags, and its table has a tag filter
    bool hasCustomFields = false; // users can define custom fields for it
    bool gathers = false;        // a record of it gathers others (a collection): opening it shows them
    bool holdsFiles = false;     // its records are files or links whose text is read for search
    QString duplicateNames;      // a part naming people or organisations: the key its names take in a duplicate check
    QStringList identityFields;  // a part: what makes two of them the same when records merge (first field set)
    QString keptValueField;      // a part: when two of one identity meet in a merge, the other's value is written down

    // ---- How the type reads in search: its document and its filter (read by core/search) ----
    // A path names a value of a record: one of its fields ("title"), its id ("id"), or a field of the
    // record a reference points at ("thread_id.dialogue_id.languages"); "a|b" is the first of them that
    // has a value. "@label" is the type's label, "@language" the language of its document. A title or
    // body entry may begin with words to write before its value when it has one, up to a space
    // ("— dialogue_id.title"). A part type named in its owner's searchBody brings its own searchBody
    // and searchFacets into the owner's document, or all its text when it describes none.
    struct SearchFacetSource {
        QString facet; // the filter and facet it feeds: lang, type, country, region, topic, org, person, dialogue, week
        QString path;  // a list gives one value per item; a field of countries gives their regions to "region"
    };
    QStringList searchTitle;                // paths, one after another
    QStringList searchBody;                 // paths (a list reads as its items, a reference as its record's name) and part types
    QString searchLanguage;                 // the path of the language that decides the stemmer (a list: its first)
    QString searchYear;                     // the path of the year filters and facets use
    QList<SearchFacetSource> searchFacets;
    QString searchFilter;                   // the filter that names records of this type (org:UNFPA); its facet holds their ids
    QStringList searchNames;                // the fields that filter compares with a name, ignoring case (the id always)
    QString searchNarrower;                 // the field naming the record this one is under: the filter takes those under it too

    const FieldDef *field(const QString &fieldName) const;
    bool isValid() const { return !name.isEmpty(); }
};

// The model: every record type of a Praxis library. Column names are written here once.
class RecordTypes {
public:
    static const QList<RecordTypeDef> &all();
    static const RecordTypeDef *find(const QString &name);
    // Part and link types whose parent field refers to typeName, in display order.
    static QList<const RecordTypeDef *> partsOf(const QString &typeName);
    // Every (type, field) that holds a reference able to point at a record of typeName.
    static QList<QPair<const RecordTypeDef *, const FieldDef *>> referencesTo(const QString &typeName);
    // The type whose records read as this kind in search (kind:case is case_study), or null.
    static const RecordTypeDef *ofSearchKind(const QString &kind);
    // The type whose records the search filter of this name picks by name (org: is organisation), or null.
    static const RecordTypeDef *ofSearchFilter(const QString &filter);
};

} // namespace praxis::core
