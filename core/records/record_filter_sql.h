#pragma once

// The SQL pieces that building a filter's condition and counting its facets share (core/records only).

#include "records/record_filter.h"

namespace praxis::core {

struct FieldDef;
struct RecordTypeDef;

namespace filter_sql {

// The part type and its field `field`, or null when either is unknown.
const RecordTypeDef *partRef(const QString &partType, const QString &field, const FieldDef **out);
// Live records of the type (alias `t`), and those of them a condition selects.
QString live(const RecordTypeDef &def);
QString liveAnd(const RecordTypeDef &def, const SqlCondition &c);
// The records matching a condition, as a subquery of ids.
QString matchingIds(const RecordTypeDef &def, const SqlCondition &c);

} // namespace filter_sql

} // namespace praxis::core
