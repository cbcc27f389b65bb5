#include "model/record_type.h"

namespace praxis::core {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::LongText: return QStringLiteral("long text");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Real: return QStringLiteral("number");
    case FieldType::Boolean: return QStringLiteral("yes/no");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::DateTime: return QStringLiteral("date and time");
    case FieldType::Url: return QStringLiteral("URL");
    case FieldType::Email: return QStringLiteral("email");
    case FieldType::Choice: return QStringLiteral("choice");
    case FieldType::Reference: return QStringLiteral("reference");
    case FieldType::List: return QStringLiteral("list");
    }
    return {};
}

const FieldDef *RecordTypeDef::field(const QString &fieldName) const
{
    for (const FieldDef &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

namespace {

FieldDef text(const char *name, const char *label, bool required = false)
{
    return FieldDef{QString::fromLatin1(name), FieldType::Text, QString::fromLatin1(label), required, {}, {}, 0, 0, {}};
}

FieldDef typed(const char *name, FieldType type, const char *label, bool required = false)
{
    FieldDef f = text(name, label, required);
    f.type = type;
    return f;
}

FieldDef vocab(const char *name, FieldType type, const char *label, const char *vocabulary)
{
    FieldDef f = typed(name, type, label);
    f.vocabulary = QString::fromLatin1(vocabulary);
    return f;
}

FieldDef choice(const char *name, const char *label, std::initializer_list<const char *> values, bool required = false)
{
    FieldDef f = typed(name, FieldType::Choice, label, required);
    for (const char *v : values)
        f.choices << QString::fromLatin1(v);
    return f;
}

FieldDef ref(const char *name, const char *label, std::initializer_list<const char *> types, bool required = false)
{
    FieldDef f = typed(name, FieldType::Reference, label, required);
    for (const char *t : types)
        f.refTypes << QString::fromLatin1(t);
    return f;
}

FieldDef ranged(const char *name, const char *label, int min, int max)
{
    FieldDef f = typed(name, FieldType::Integer, label);
    f.minValue = min;
    f.maxValue = max;
    return f;
}

FieldDef position()
{
    return typed("position", FieldType::Integer, "Position");
}

QStringList cols(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

RecordTypeDef type(const char *name, const char *label, const char *plural, RecordRole role, const char *titleField,
                   const char *parentField, QStringList listColumns, QList<FieldDef> fields)
{
    RecordTypeDef t;
    t.name = QString::fromLatin1(name);
    t.label = QString::fromLatin1(label);
    t.pluralLabel = QString::fromLatin1(plural);
    t.role = role;
    t.titleField = QString::fromLatin1(titleField);
    t.parentField = QString::fromLatin1(parentField);
    t.listColumns = std::move(listColumns);
    t.fields = std::move(fields);
    if (t.field(QStringLiteral("position")))
        t.orderField = QStringLiteral("position");
    return t;
}

QList<RecordTypeDef> buildModel()
{
    using R = RecordRole;
    using F = FieldType;
    QList<RecordTypeDef> m;

    m << type("organisation", "Organisation", "Organisations", R::Main, "name", "", cols({"name", "acronym", "kind", "country"}),
              {text("name", "Name", true), text("acronym", "Acronym"),
               choice("kind", "Kind", {"un_entity", "government", "ngo", "academic", "donor", "private_sector", "network", "other"}),
               vocab("country", F::Text, "Country", "country"), typed("url", F::Url, "Website"),
               ref("parent_id", "Part of", {"organisation"}), typed("description", F::LongText, "Description")});

    m << type("person", "Person", "People", R::Main, "name", "", cols({"name", "affiliation_id", "job_title", "country"}),
              {text("name", "Name", true), text("honorific", "Honorific"), ref("affiliation_id", "Affiliation", {"organisation"}),
               text("affiliation_text", "Affiliation (as written)"), text("job_title", "Job title"), typed("email", F::Email, "Email"),
               typed("expertise", F::List, "Expertise"), vocab("languages", F::List, "Languages", "language"),
               vocab("country", F::Text, "Country", "country"), typed("bio", F::LongText, "Biography"),
               typed("notes", F::LongText, "Notes")});

    m << type("material", "Material", "Materials", R::Main, "title", "", cols({"title", "material_type", "year", "languages", "status"}),
              {text("title", "Title", true), text("subtitle", "Subtitle"),
               choice("material_type", "Type", {"manual", "toolkit", "module", "e_course", "video", "handout", "guide", "report",
                                                "presentation", "curriculum", "glossary", "inventory", "other"}),
               ranged("year", "Year", 1900, 2100), typed("date", F::Date, "Date"),
               vocab("languages", F::List, "Languages", "language"), typed("topics", F::List, "Topics"),
               typed("audiences", F::List, "Audience"), choice("level", "Level", {"introductory", "intermediate", "advanced", "mixed"}),
               vocab("regions", F::List, "Regions", "region"), vocab("countries", F::List, "Countries", "country"),
               text("duration", "Duration"),
               choice("format", "Format", {"print", "pdf", "online", "video", "audio", "slides", "interactive", "mixed"}),
               typed("url", F::Url, "URL"), text("licence", "Licence"), typed("abstract", F::LongText, "Abstract"),
               typed("notes", F::LongText, "Notes"), ranged("rating", "Rating", 0, 5),
               choice("status", "Status", {"draft", "catalogued", "reviewed", "archived"})});

    m << type("material_contributor", "Author or editor", "Authors and editors", R::Part, "name_text", "material_id",
              cols({"person_id", "name_text", "role"}),
              {ref("material_id", "Material", {"material"}, true), ref("person_id", "Person", {"person"}),
               text("name_text", "Name (as written)"), choice("role", "Role", {"author", "editor", "translator", "contributor"}),
               position()});

    m << type("material_organisation", "Organisation of a material", "Organisations", R::Part, "name_text", "material_id",
              cols({"organisation_id", "name_text", "role"}),
              {ref("material_id", "Material", {"material"}, true), ref("organisation_id", "Organisation", {"organisation"}),
               text("name_text", "Name (as written)"), choice("role", "Role", {"producer", "publisher", "funder", "partner"}),
               position()});

    m << type("criteria_framework", "Criteria framework", "Criteria frameworks", R::Main, "name", "", cols({"name"}),
              {text("name", "Name", true), typed("description", F::LongText, "Description")});

    m << type("criterion", "Criterion", "Criteria", R::Part, "name", "framework_id", cols({"position", "name"}),
              {ref("framework_id", "Framework", {"criteria_framework"}, true), position(), text("name", "Name", true),
               typed("description", F::LongText, "Description")});

    m << type("case_study", "Case", "Cases", R::Main, "title", "", cols({"title", "countries", "period_start", "period_end"}),
              {text("title", "Title", true), typed("summary", F::LongText, "Summary"), typed("period_start", F::Date, "From"),
               typed("period_end", F::Date, "To"), vocab("countries", F::List, "Countries", "country"),
               vocab("regions", F::List, "Regions", "region"), typed("topics", F::List, "Topics"),
               ref("framework_id", "Criteria framework", {"criteria_framework"}), typed("notes", F::LongText, "Notes")});

    m << type("case_organisation", "Organisation of a case", "Organisations", R::Part, "name_text", "case_id",
              cols({"organisation_id", "name_text", "role"}),
              {ref("case_id", "Case", {"case_study"}, true), ref("organisation_id", "Organisation", {"organisation"}),
               text("name_text", "Name (as written)"), choice("role", "Role", {"implementer", "funder", "partner", "author"}),
               position()});

    m << type("case_section", "Section", "Sections", R::Part, "title", "case_id", cols({"position", "kind", "title"}),
              {ref("case_id", "Case", {"case_study"}, true), position(),
               choice("kind", "Kind", {"context", "objectives", "methodology", "participants", "results", "challenges",
                                       "lessons_learned", "tools_and_activities", "other"}),
               text("title", "Title"), typed("body", F::LongText, "Text")});

    m << type("case_assessment", "Criterion assessment", "Criteria assessment", R::Part, "criterion_id", "case_id",
              cols({"criterion_id", "rating", "evidence"}),
              {ref("case_id", "Case", {"case_study"}, true), ref("criterion_id", "Criterion", {"criterion"}, true),
               ranged("rating", "Rating", 0, 5), typed("evidence", F::LongText, "Evidence")});

    m << type("code", "Code", "Codebook", R::Main, "name", "", cols({"name", "parent_id", "colour"}),
              {text("name", "Name", true), typed("description", F::LongText, "Description"), text("colour", "Colour"),
               ref("parent_id", "Parent code", {"code"}), position()});

    m << type("coding", "Coding", "Codings", R::Link, "quote", "code_id", cols({"code_id", "target_id", "quote", "coder"}),
              {ref("code_id", "Code", {"code"}, true), ref("target_id", "Coded text", {"case_section", "post"}, true),
               typed("start_offset", F::Integer, "Start", true), typed("end_offset", F::Integer, "End", true),
               typed("quote", F::LongText, "Quoted text"), text("coder", "Coder"), typed("memo", F::LongText, "Memo"),
               typed("coded_at", F::DateTime, "Coded at")});

    m << type("memo", "Memo", "Memos", R::Main, "title", "", cols({"title", "author", "target_id"}),
              {text("title", "Title", true), typed("body", F::LongText, "Text"), ref("target_id", "About", {}),
               text("author", "Author")});

    m << type("dialogue", "Dialogue", "Dialogues", R::Main, "title", "", cols({"title", "kind", "start_date", "end_date"}),
              {text("title", "Title", true),
               choice("kind", "Kind", {"virtual_dialogue", "webinar", "workshop", "meeting_session", "mail_list"}, true),
               text("number", "Number"), typed("start_date", F::Date, "Start"), typed("end_date", F::Date, "End"),
               vocab("languages", F::List, "Languages", "language"), ref("organiser_id", "Organiser", {"organisation"}),
               text("venue", "Venue or platform"), typed("concept_note", F::LongText, "Concept note"),
               typed("summary", F::LongText, "Summary")});

    m << type("dialogue_phase", "Phase", "Phases and weeks", R::Part, "title", "dialogue_id", cols({"position", "title", "start_date", "end_date"}),
              {ref("dialogue_id", "Dialogue", {"dialogue"}, true), position(), text("title", "Title", true),
               typed("start_date", F::Date, "Start"), typed("end_date", F::Date, "End"),
               typed("description", F::LongText, "Description")});

    m << type("key_question", "Key question", "Key questions", R::Part, "text", "phase_id", cols({"position", "text"}),
              {ref("phase_id", "Phase", {"dialogue_phase"}, true), position(), typed("text", F::LongText, "Question", true)});

    m << type("webinar_session", "Webinar session", "Webinar sessions", R::Part, "title", "dialogue_id",
              cols({"title", "starts_at", "language"}),
              {ref("dialogue_id", "Dialogue", {"dialogue"}, true), text("title", "Title", true),
               typed("starts_at", F::DateTime, "Starts at"), text("time_zone", "Time zone"),
               vocab("language", F::Text, "Language", "language"), typed("duration_minutes", F::Integer, "Duration (minutes)"),
               typed("recording_url", F::Url, "Recording"), typed("notes", F::LongText, "Notes"), position()});

    m << type("dialogue_participant", "Participant", "Participants", R::Part, "name_text", "dialogue_id",
              cols({"person_id", "name_text", "role", "organisation_id"}),
              {ref("dialogue_id", "Dialogue", {"dialogue"}, true), ref("person_id", "Person", {"person"}),
               text("name_text", "Name (as written)"),
               choice("role", "Role", {"chair", "moderator", "facilitator", "speaker", "rapporteur", "secretary", "participant"}, true),
               ref("organisation_id", "Representing", {"organisation"}), ref("session_id", "Webinar session", {"webinar_session"}),
               typed("notes", F::LongText, "Notes"), position()});

    m << type("agenda_item", "Agenda item", "Agenda", R::Part, "title", "dialogue_id", cols({"number", "title"}),
              {ref("dialogue_id", "Dialogue", {"dialogue"}, true), ref("parent_item_id", "Under item", {"agenda_item"}),
               position(), text("number", "Number"), text("title", "Title", true), typed("description", F::LongText, "Description")});

    m << type("recommendation", "Recommendation", "Recommendations", R::Part, "number", "dialogue_id",
              cols({"number", "text", "status", "due_date"}),
              {ref("dialogue_id", "Dialogue", {"dialogue"}, true), ref("agenda_item_id", "Agenda item", {"agenda_item"}),
               text("number", "Number"), typed("text", F::LongText, "Recommendation", true),
               ref("responsible_org_id", "Responsible organisation", {"organisation"}), typed("due_date", F::Date, "Due"),
               choice("status", "Status", {"proposed", "adopted", "in_progress", "implemented", "dropped"}),
               typed("follow_up", F::LongText, "Follow-up notes"), position()});

    m << type("thread", "Thread", "Threads", R::Part, "title", "dialogue_id", cols({"title", "phase_id", "started_at"}),
              {ref("dialogue_id", "Dialogue", {"dialogue"}, true), ref("phase_id", "Phase", {"dialogue_phase"}),
               text("title", "Title", true), typed("started_at", F::DateTime, "Started"), position()});

    m << type("post", "Post", "Posts", R::Part, "subject", "thread_id", cols({"posted_at", "author_name", "subject"}),
              {ref("thread_id", "Thread", {"thread"}, true), ref("author_id", "Author", {"person"}),
               text("author_name", "Author (as written)"), typed("posted_at", F::DateTime, "Posted"),
               vocab("language", F::Text, "Language", "language"), text("subject", "Subject"), typed("body", F::LongText, "Text"),
               ref("reply_to_id", "In reply to", {"post"}), text("message_id", "Message-ID")});

    m << type("tag", "Tag", "Tags", R::Main, "name", "", cols({"name", "parent_id", "colour"}),
              {text("name", "Name", true), ref("parent_id", "Parent tag", {"tag"}), text("colour", "Colour"),
               typed("description", F::LongText, "Description")});

    m << type("tagging", "Tagging", "Taggings", R::Link, "tag_id", "record_id", cols({"tag_id", "record_id"}),
              {ref("record_id", "Record", {}, true), ref("tag_id", "Tag", {"tag"}, true)});

    m << type("collection", "Collection", "Collections", R::Main, "name", "", cols({"name", "kind"}),
              {text("name", "Name", true), choice("kind", "Kind", {"manual", "smart"}, true), text("query", "Saved search"),
               ref("parent_id", "Inside", {"collection"}), typed("description", F::LongText, "Description")});

    m << type("collection_item", "Collection entry", "Collection entries", R::Link, "record_id", "collection_id",
              cols({"collection_id", "record_id"}),
              {ref("collection_id", "Collection", {"collection"}, true), ref("record_id", "Record", {}, true), position()});

    m << type("attachment", "Attachment", "Attachments", R::Part, "title", "owner_id", cols({"title", "file_name", "size"}),
              {ref("owner_id", "Attached to", {}, true), text("title", "Title"), text("file_name", "File name"),
               text("sha256", "SHA-256"), typed("size", F::Integer, "Size (bytes)"), text("mime_type", "Media type"),
               typed("url", F::Url, "URL")});

    m << type("custom_field", "Custom field", "Custom fields", R::Main, "label", "", cols({"record_type", "label", "field_type"}),
              {choice("record_type", "For records of type", {"material", "case_study", "dialogue", "person", "organisation", "memo", "post", "recommendation"}, true),
               text("name", "Name", true), text("label", "Label"),
               choice("field_type", "Type", {"text", "long_text", "number", "date", "choice", "multi_choice", "boolean", "url"}, true),
               typed("choices", F::List, "Choices"), position()});

    m << type("custom_value", "Custom field value", "Custom field values", R::Link, "value", "record_id",
              cols({"field_id", "record_id", "value"}),
              {ref("record_id", "Record", {}, true), ref("field_id", "Field", {"custom_field"}, true), typed("value", F::LongText, "Value")});

    return m;
}

// The traits of each type that other parts of Praxis ask about.
void describe(QList<RecordTypeDef> &model)
{
    struct Traits {
        const char *type;
        const char *searchKind;
        bool attachments;
        bool duplicates;
        bool namedElsewhere;
        std::initializer_list<const char *> codable;
    };
    static const Traits traits[] = {
        {"material", "material", true, true, false, {"abstract", "notes"}},
        {"case_study", "case", true, true, false, {"summary", "notes"}},
        {"case_section", "", false, false, false, {"body"}},
        {"dialogue", "dialogue", false, false, false, {"concept_note"}},
        {"post", "post", false, false, false, {"body"}},
        {"recommendation", "recommendation", false, false, false, {"text"}},
        {"memo", "memo", false, false, false, {"body"}},
        {"person", "person", false, true, true, {}},
        {"organisation", "organisation", false, true, true, {}},
    };
    for (const Traits &t : traits) {
        for (RecordTypeDef &def : model) {
            if (def.name != QLatin1String(t.type))
                continue;
            def.searchKind = QString::fromLatin1(t.searchKind);
            def.hasAttachments = t.attachments;
            def.checkDuplicates = t.duplicates;
            def.namedElsewhere = t.namedElsewhere;
            for (const char *field : t.codable) {
                if (const FieldDef *f = def.field(QString::fromLatin1(field)); f && f->type == FieldType::LongText)
                    def.codableFields << f->name;
            }
        }
    }
}

// How each type's records behave in the window, filters, duplicate checks and merges.
void describeBehaviour(QList<RecordTypeDef> &model)
{
    auto def = [&model](const char *name) -> RecordTypeDef & {
        for (RecordTypeDef &d : model) {
            if (d.name == QLatin1String(name))
                return d;
        }
        Q_UNREACHABLE();
    };
    for (RecordTypeDef &d : model)
        d.hasCustomFields = d.role == RecordRole::Main;
    for (const char *name : {"tag", "collection", "custom_field"})
        def(name).taggable = false;
    def("custom_field").hasCustomFields = false;
    def("organisation").quickCreate = true;
    def("person").quickCreate = true;
    def("collection").gathers = true;
    def("attachment").holdsFiles = true;
    def("material_contributor").duplicateNames = QStringLiteral("@authors");
    def("material_organisation").duplicateNames = QStringLiteral("@organisations");
    def("custom_value").identityFields = {QStringLiteral("field_id")};
    def("custom_value").keptValueField = QStringLiteral("value");
    def("attachment").identityFields = {QStringLiteral("sha256"), QStringLiteral("url")};
}

// How each type reads in search (see RecordTypeDef: the paths, the parts and the filters).
void describeSearch(QList<RecordTypeDef> &model)
{
    struct Facet {
        const char *facet;
        const char *path;
    };
    struct Search {
        const char *type;
        std::initializer_list<const char *> title = {};
        std::initializer_list<const char *> body = {};
        const char *language = "";
        const char *year = "";
        std::initializer_list<Facet> facets = {};
        const char *filter = "";
        std::initializer_list<const char *> names = {};
        const char *narrower = "";
    };
    static const Search searches[] = {
        {.type = "material", .title = {"title", "subtitle"},
         .body = {"abstract", "notes", "topics", "audiences", "material_contributor", "material_organisation"},
         .language = "languages", .year = "year|date",
         .facets = {{"lang", "languages"}, {"type", "material_type"}, {"country", "countries"}, {"region", "countries"},
                    {"region", "regions"}, {"topic", "topics"}}},
        {.type = "material_contributor", .body = {"person_id|name_text"}, .facets = {{"person", "person_id"}}},
        {.type = "material_organisation", .body = {"organisation_id|name_text"}, .facets = {{"org", "organisation_id"}}},
        {.type = "case_study", .title = {"title"}, .body = {"summary", "case_section", "case_assessment", "topics", "notes", "case_organisation"},
         .year = "period_start", .facets = {{"country", "countries"}, {"region", "countries"}, {"region", "regions"}}},
        {.type = "case_organisation", .body = {"organisation_id|name_text"}, .facets = {{"org", "organisation_id"}}},
        {.type = "dialogue", .title = {"title"},
         .body = {"concept_note", "summary", "venue", "dialogue_phase", "webinar_session", "agenda_item", "dialogue_participant"},
         .language = "languages", .year = "start_date",
         .facets = {{"lang", "languages"}, {"type", "kind"}, {"org", "organiser_id"}, {"dialogue", "id"}},
         .filter = "dialogue", .names = {"number", "title"}},
        {.type = "dialogue_participant", .facets = {{"person", "person_id"}}},
        {.type = "post", .title = {"subject|thread_id.title"}, .body = {"body", "author_name", "author_id"},
         .language = "language|thread_id.dialogue_id.languages", .year = "posted_at",
         .facets = {{"person", "author_id"}, {"dialogue", "thread_id.dialogue_id"}, {"week", "thread_id.phase_id.position"},
                    {"lang", "@language"}}},
        {.type = "recommendation", .title = {"@label", "number", "— dialogue_id.title"}, .body = {"text", "follow_up"},
         .year = "dialogue_id.start_date|due_date",
         .facets = {{"type", "status"}, {"org", "responsible_org_id"}, {"dialogue", "dialogue_id"}}},
        {.type = "memo", .title = {"title"}, .body = {"body", "author"}},
        {.type = "person", .title = {"name"}, .body = {"job_title", "affiliation_text", "affiliation_id", "expertise", "bio", "notes"},
         .facets = {{"country", "country"}, {"org", "affiliation_id"}, {"lang", "languages"}},
         .filter = "person", .names = {"name"}},
        {.type = "organisation", .title = {"name", "acronym"}, .body = {"description"},
         .facets = {{"type", "kind"}, {"country", "country"}, {"org", "id"}},
         .filter = "org", .names = {"name", "acronym"}},
        {.type = "tag", .filter = "tag", .names = {"name"}, .narrower = "parent_id"},
    };
    auto strings = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out << QString::fromUtf8(s);
        return out;
    };
    for (const Search &s : searches) {
        for (RecordTypeDef &def : model) {
            if (def.name != QLatin1String(s.type))
                continue;
            def.searchTitle = strings(s.title);
            def.searchBody = strings(s.body);
            def.searchLanguage = QString::fromLatin1(s.language);
            def.searchYear = QString::fromLatin1(s.year);
            for (const Facet &f : s.facets)
                def.searchFacets.append({QString::fromLatin1(f.facet), QString::fromLatin1(f.path)});
            def.searchFilter = QString::fromLatin1(s.filter);
            def.searchNames = strings(s.names);
            def.searchNarrower = QString::fromLatin1(s.narrower);
        }
    }
}

} // namespace

const QList<RecordTypeDef> &RecordTypes::all()
{
    static const QList<RecordTypeDef> model = [] {
        QList<RecordTypeDef> m = buildModel();
        describe(m);
        describeBehaviour(m);
        describeSearch(m);
        return m;
    }();
    return model;
}

const RecordTypeDef *RecordTypes::ofSearchKind(const QString &kind)
{
    for (const RecordTypeDef &t : all()) {
        if (!t.searchKind.isEmpty() && t.searchKind == kind)
            return &t;
    }
    return nullptr;
}

const RecordTypeDef *RecordTypes::ofSearchFilter(const QString &filter)
{
    for (const RecordTypeDef &t : all()) {
        if (!t.searchFilter.isEmpty() && t.searchFilter == filter)
            return &t;
    }
    return nullptr;
}

const RecordTypeDef *RecordTypes::find(const QString &name)
{
    for (const RecordTypeDef &t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QList<const RecordTypeDef *> RecordTypes::partsOf(const QString &typeName)
{
    QList<const RecordTypeDef *> out;
    for (const RecordTypeDef &t : all()) {
        if (t.role != RecordRole::Part || t.parentField.isEmpty())
            continue;
        const FieldDef *f = t.field(t.parentField);
        if (f && f->refTypes.contains(typeName))
            out << &t;
    }
    return out;
}

QList<QPair<const RecordTypeDef *, const FieldDef *>> RecordTypes::referencesTo(const QString &typeName)
{
    QList<QPair<const RecordTypeDef *, const FieldDef *>> out;
    for (const RecordTypeDef &t : all()) {
        for (const FieldDef &f : t.fields) {
            if (f.type == FieldType::Reference && (f.refTypes.isEmpty() || f.refTypes.contains(typeName)))
                out.append({&t, &f});
        }
    }
    return out;
}

} // namespace praxis::core
