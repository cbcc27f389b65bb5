-- Praxis library schema, version 1.
-- Every record has a row in `records` (identity, type, times, authors, trash state) and a row in the
-- table of its type with its fields. Multi-valued fields live in `field_value`. Every mutation is
-- appended to `change_log` in the same transaction.

PRAGMA application_id = 1347573843;

CREATE TABLE library_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE records (
    id TEXT PRIMARY KEY NOT NULL,
    type TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    deleted_at TEXT,
    sample INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX records_type_idx ON records(type, deleted_at);
CREATE INDEX records_deleted_idx ON records(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX records_sample_idx ON records(sample) WHERE sample = 1;

CREATE TABLE field_value (
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (record_id, field, position)
) WITHOUT ROWID;
CREATE INDEX field_value_value_idx ON field_value(field, value);

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    author TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL,
    field TEXT,
    value TEXT
);
CREATE INDEX change_log_record_idx ON change_log(record_id, seq);

CREATE TABLE tombstone (
    record_id TEXT PRIMARY KEY NOT NULL,
    record_type TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organisation (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT,
    acronym TEXT,
    kind TEXT,
    country TEXT,
    url TEXT,
    parent_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT
);
CREATE INDEX organisation_name_idx ON organisation(name COLLATE NOCASE);
CREATE INDEX organisation_acronym_idx ON organisation(acronym COLLATE NOCASE);
CREATE INDEX organisation_kind_idx ON organisation(kind COLLATE NOCASE);
CREATE INDEX organisation_country_idx ON organisation(country COLLATE NOCASE);
CREATE INDEX organisation_parent_id_idx ON organisation(parent_id);

CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT,
    honorific TEXT,
    affiliation_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    affiliation_text TEXT,
    job_title TEXT,
    email TEXT,
    country TEXT,
    bio TEXT,
    notes TEXT
);
CREATE INDEX person_name_idx ON person(name COLLATE NOCASE);
CREATE INDEX person_affiliation_id_idx ON person(affiliation_id);
CREATE INDEX person_job_title_idx ON person(job_title COLLATE NOCASE);
CREATE INDEX person_country_idx ON person(country COLLATE NOCASE);

CREATE TABLE material (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    title TEXT,
    subtitle TEXT,
    material_type TEXT,
    year INTEGER,
    date TEXT,
    level TEXT,
    duration TEXT,
    format TEXT,
    url TEXT,
    licence TEXT,
    abstract TEXT,
    notes TEXT,
    rating INTEGER,
    status TEXT
);
CREATE INDEX material_title_idx ON material(title COLLATE NOCASE);
CREATE INDEX material_material_type_idx ON material(material_type COLLATE NOCASE);
CREATE INDEX material_year_idx ON material(year COLLATE NOCASE);
CREATE INDEX material_status_idx ON material(status COLLATE NOCASE);

CREATE TABLE material_contributor (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    material_id TEXT REFERENCES material(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    name_text TEXT,
    role TEXT,
    position INTEGER
);
CREATE INDEX material_contributor_material_id_idx ON material_contributor(material_id);
CREATE INDEX material_contributor_person_id_idx ON material_contributor(person_id);

CREATE TABLE material_organisation (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    material_id TEXT REFERENCES material(id) DEFERRABLE INITIALLY DEFERRED,
    organisation_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    name_text TEXT,
    role TEXT,
    position INTEGER
);
CREATE INDEX material_organisation_material_id_idx ON material_organisation(material_id);
CREATE INDEX material_organisation_organisation_id_idx ON material_organisation(organisation_id);

CREATE TABLE criteria_framework (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT,
    description TEXT
);
CREATE INDEX criteria_framework_name_idx ON criteria_framework(name COLLATE NOCASE);

CREATE TABLE criterion (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    framework_id TEXT REFERENCES criteria_framework(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER,
    name TEXT,
    description TEXT
);
CREATE INDEX criterion_framework_id_idx ON criterion(framework_id);

CREATE TABLE case_study (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    title TEXT,
    summary TEXT,
    period_start TEXT,
    period_end TEXT,
    framework_id TEXT REFERENCES criteria_framework(id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT
);
CREATE INDEX case_study_title_idx ON case_study(title COLLATE NOCASE);
CREATE INDEX case_study_period_start_idx ON case_study(period_start COLLATE NOCASE);
CREATE INDEX case_study_period_end_idx ON case_study(period_end COLLATE NOCASE);
CREATE INDEX case_study_framework_id_idx ON case_study(framework_id);

CREATE TABLE case_organisation (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    case_id TEXT REFERENCES case_study(id) DEFERRABLE INITIALLY DEFERRED,
    organisation_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    name_text TEXT,
    role TEXT,
    position INTEGER
);
CREATE INDEX case_organisation_case_id_idx ON case_organisation(case_id);
CREATE INDEX case_organisation_organisation_id_idx ON case_organisation(organisation_id);

CREATE TABLE case_section (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    case_id TEXT REFERENCES case_study(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER,
    kind TEXT,
    title TEXT,
    body TEXT
);
CREATE INDEX case_section_case_id_idx ON case_section(case_id);

CREATE TABLE case_assessment (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    case_id TEXT REFERENCES case_study(id) DEFERRABLE INITIALLY DEFERRED,
    criterion_id TEXT REFERENCES criterion(id) DEFERRABLE INITIALLY DEFERRED,
    rating INTEGER,
    evidence TEXT
);
CREATE INDEX case_assessment_case_id_idx ON case_assessment(case_id);
CREATE INDEX case_assessment_criterion_id_idx ON case_assessment(criterion_id);

CREATE TABLE code (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT,
    description TEXT,
    colour TEXT,
    parent_id TEXT REFERENCES code(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER
);
CREATE INDEX code_name_idx ON code(name COLLATE NOCASE);
CREATE INDEX code_colour_idx ON code(colour COLLATE NOCASE);
CREATE INDEX code_parent_id_idx ON code(parent_id);

CREATE TABLE coding (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    code_id TEXT REFERENCES code(id) DEFERRABLE INITIALLY DEFERRED,
    target_id TEXT REFERENCES records(id) DEFERRABLE INITIALLY DEFERRED,
    start_offset INTEGER,
    end_offset INTEGER,
    quote TEXT,
    coder TEXT,
    memo TEXT,
    coded_at TEXT
);
CREATE INDEX coding_code_id_idx ON coding(code_id);
CREATE INDEX coding_target_id_idx ON coding(target_id);

CREATE TABLE memo (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    title TEXT,
    body TEXT,
    target_id TEXT REFERENCES records(id) DEFERRABLE INITIALLY DEFERRED,
    author TEXT
);
CREATE INDEX memo_title_idx ON memo(title COLLATE NOCASE);
CREATE INDEX memo_target_id_idx ON memo(target_id);
CREATE INDEX memo_author_idx ON memo(author COLLATE NOCASE);

CREATE TABLE dialogue (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    title TEXT,
    kind TEXT,
    number TEXT,
    start_date TEXT,
    end_date TEXT,
    organiser_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    venue TEXT,
    concept_note TEXT,
    summary TEXT
);
CREATE INDEX dialogue_title_idx ON dialogue(title COLLATE NOCASE);
CREATE INDEX dialogue_kind_idx ON dialogue(kind COLLATE NOCASE);
CREATE INDEX dialogue_start_date_idx ON dialogue(start_date COLLATE NOCASE);
CREATE INDEX dialogue_end_date_idx ON dialogue(end_date COLLATE NOCASE);
CREATE INDEX dialogue_organiser_id_idx ON dialogue(organiser_id);

CREATE TABLE dialogue_phase (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    dialogue_id TEXT REFERENCES dialogue(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER,
    title TEXT,
    start_date TEXT,
    end_date TEXT,
    description TEXT
);
CREATE INDEX dialogue_phase_dialogue_id_idx ON dialogue_phase(dialogue_id);

CREATE TABLE key_question (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    phase_id TEXT REFERENCES dialogue_phase(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER,
    text TEXT
);
CREATE INDEX key_question_phase_id_idx ON key_question(phase_id);

CREATE TABLE webinar_session (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    dialogue_id TEXT REFERENCES dialogue(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT,
    starts_at TEXT,
    time_zone TEXT,
    language TEXT,
    duration_minutes INTEGER,
    recording_url TEXT,
    notes TEXT,
    position INTEGER
);
CREATE INDEX webinar_session_dialogue_id_idx ON webinar_session(dialogue_id);

CREATE TABLE dialogue_participant (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    dialogue_id TEXT REFERENCES dialogue(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    name_text TEXT,
    role TEXT,
    organisation_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    session_id TEXT REFERENCES webinar_session(id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT,
    position INTEGER
);
CREATE INDEX dialogue_participant_dialogue_id_idx ON dialogue_participant(dialogue_id);
CREATE INDEX dialogue_participant_person_id_idx ON dialogue_participant(person_id);
CREATE INDEX dialogue_participant_organisation_id_idx ON dialogue_participant(organisation_id);
CREATE INDEX dialogue_participant_session_id_idx ON dialogue_participant(session_id);

CREATE TABLE agenda_item (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    dialogue_id TEXT REFERENCES dialogue(id) DEFERRABLE INITIALLY DEFERRED,
    parent_item_id TEXT REFERENCES agenda_item(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER,
    number TEXT,
    title TEXT,
    description TEXT
);
CREATE INDEX agenda_item_dialogue_id_idx ON agenda_item(dialogue_id);
CREATE INDEX agenda_item_parent_item_id_idx ON agenda_item(parent_item_id);

CREATE TABLE recommendation (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    dialogue_id TEXT REFERENCES dialogue(id) DEFERRABLE INITIALLY DEFERRED,
    agenda_item_id TEXT REFERENCES agenda_item(id) DEFERRABLE INITIALLY DEFERRED,
    number TEXT,
    text TEXT,
    responsible_org_id TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    due_date TEXT,
    status TEXT,
    follow_up TEXT,
    position INTEGER
);
CREATE INDEX recommendation_dialogue_id_idx ON recommendation(dialogue_id);
CREATE INDEX recommendation_agenda_item_id_idx ON recommendation(agenda_item_id);
CREATE INDEX recommendation_responsible_org_id_idx ON recommendation(responsible_org_id);

CREATE TABLE thread (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    dialogue_id TEXT REFERENCES dialogue(id) DEFERRABLE INITIALLY DEFERRED,
    phase_id TEXT REFERENCES dialogue_phase(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT,
    started_at TEXT,
    position INTEGER
);
CREATE INDEX thread_dialogue_id_idx ON thread(dialogue_id);
CREATE INDEX thread_phase_id_idx ON thread(phase_id);

CREATE TABLE post (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    thread_id TEXT REFERENCES thread(id) DEFERRABLE INITIALLY DEFERRED,
    author_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    author_name TEXT,
    posted_at TEXT,
    language TEXT,
    subject TEXT,
    body TEXT,
    reply_to_id TEXT REFERENCES post(id) DEFERRABLE INITIALLY DEFERRED,
    message_id TEXT
);
CREATE INDEX post_thread_id_idx ON post(thread_id);
CREATE INDEX post_author_id_idx ON post(author_id);
CREATE INDEX post_reply_to_id_idx ON post(reply_to_id);

CREATE TABLE tag (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT,
    parent_id TEXT REFERENCES tag(id) DEFERRABLE INITIALLY DEFERRED,
    colour TEXT,
    description TEXT
);
CREATE INDEX tag_name_idx ON tag(name COLLATE NOCASE);
CREATE INDEX tag_parent_id_idx ON tag(parent_id);
CREATE INDEX tag_colour_idx ON tag(colour COLLATE NOCASE);

CREATE TABLE tagging (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    record_id TEXT REFERENCES records(id) DEFERRABLE INITIALLY DEFERRED,
    tag_id TEXT REFERENCES tag(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX tagging_record_id_idx ON tagging(record_id);
CREATE INDEX tagging_tag_id_idx ON tagging(tag_id);

CREATE TABLE collection (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT,
    kind TEXT,
    query TEXT,
    parent_id TEXT REFERENCES collection(id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT
);
CREATE INDEX collection_name_idx ON collection(name COLLATE NOCASE);
CREATE INDEX collection_kind_idx ON collection(kind COLLATE NOCASE);
CREATE INDEX collection_parent_id_idx ON collection(parent_id);

CREATE TABLE collection_item (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    collection_id TEXT REFERENCES collection(id) DEFERRABLE INITIALLY DEFERRED,
    record_id TEXT REFERENCES records(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER
);
CREATE INDEX collection_item_collection_id_idx ON collection_item(collection_id);
CREATE INDEX collection_item_record_id_idx ON collection_item(record_id);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    owner_id TEXT REFERENCES records(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT,
    file_name TEXT,
    sha256 TEXT,
    size INTEGER,
    mime_type TEXT,
    url TEXT
);
CREATE INDEX attachment_owner_id_idx ON attachment(owner_id);

CREATE TABLE custom_field (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    record_type TEXT,
    name TEXT,
    label TEXT,
    field_type TEXT,
    position INTEGER
);
CREATE INDEX custom_field_record_type_idx ON custom_field(record_type COLLATE NOCASE);
CREATE INDEX custom_field_label_idx ON custom_field(label COLLATE NOCASE);
CREATE INDEX custom_field_field_type_idx ON custom_field(field_type COLLATE NOCASE);

CREATE TABLE custom_value (
    id TEXT PRIMARY KEY NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    record_id TEXT REFERENCES records(id) DEFERRABLE INITIALLY DEFERRED,
    field_id TEXT REFERENCES custom_field(id) DEFERRABLE INITIALLY DEFERRED,
    value TEXT
);
CREATE INDEX custom_value_record_id_idx ON custom_value(record_id);
CREATE INDEX custom_value_field_id_idx ON custom_value(field_id);

