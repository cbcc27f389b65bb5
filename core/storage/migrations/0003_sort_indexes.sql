-- Indexes that let a table sorted by one of its usual columns page through 100,000 records without
-- sorting them all for every page: they match the ORDER BY the record store writes for a field that
-- may be empty, (column) IS NULL then the column, either way round.

CREATE INDEX organisation_acronym_sort_idx ON organisation((acronym) IS NULL, acronym COLLATE NOCASE);
CREATE INDEX organisation_kind_sort_idx ON organisation((kind) IS NULL, kind COLLATE NOCASE);
CREATE INDEX organisation_country_sort_idx ON organisation((country) IS NULL, country COLLATE NOCASE);
CREATE INDEX person_job_title_sort_idx ON person((job_title) IS NULL, job_title COLLATE NOCASE);
CREATE INDEX person_country_sort_idx ON person((country) IS NULL, country COLLATE NOCASE);
CREATE INDEX material_material_type_sort_idx ON material((material_type) IS NULL, material_type COLLATE NOCASE);
CREATE INDEX material_year_sort_idx ON material((year) IS NULL, year);
CREATE INDEX material_status_sort_idx ON material((status) IS NULL, status COLLATE NOCASE);
CREATE INDEX case_study_period_start_sort_idx ON case_study((period_start) IS NULL, period_start COLLATE NOCASE);
CREATE INDEX case_study_period_end_sort_idx ON case_study((period_end) IS NULL, period_end COLLATE NOCASE);
CREATE INDEX dialogue_start_date_sort_idx ON dialogue((start_date) IS NULL, start_date COLLATE NOCASE);
CREATE INDEX dialogue_end_date_sort_idx ON dialogue((end_date) IS NULL, end_date COLLATE NOCASE);
CREATE INDEX material_date_sort_idx ON material((date) IS NULL, date COLLATE NOCASE);
CREATE INDEX material_level_sort_idx ON material((level) IS NULL, level COLLATE NOCASE);
CREATE INDEX material_format_sort_idx ON material((format) IS NULL, format COLLATE NOCASE);
CREATE INDEX material_rating_sort_idx ON material((rating) IS NULL, rating);
