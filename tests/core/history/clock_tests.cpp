#include "history/clock.h"
#include "history/hybrid_clock.h"
#include "model/record_id.h"

#include "catch_qt.h"

#include <memory>

using namespace praxis::core;

TEST_CASE("HLC readings strictly increase when the wall clock stalls or steps back", "[hlc]")
{
    auto wall = std::make_shared<ManualClock>(1000);
    HybridClock hlc(wall);
    HlcTime previous = hlc.now();
    for (int i = 0; i < 50; ++i) {
        if (i == 10)
            wall->set(500); // the wall clock steps back
        if (i == 30)
            wall->advance(10'000);
        const HlcTime t = hlc.now();
        REQUIRE(previous < t);
        REQUIRE(previous.toString() < t.toString()); // the text form sorts the same way
        previous = t;
    }
    CHECK(previous.wallMs == 10'500);
}

TEST_CASE("HLC moves past a reading received from another device", "[hlc]")
{
    auto wall = std::make_shared<ManualClock>(1000);
    HybridClock hlc(wall);
    hlc.receive(HlcTime{5000, 7});
    const HlcTime next = hlc.now();
    CHECK(next.wallMs == 5000);
    CHECK(next.counter == 9);
}

TEST_CASE("HLC text form round-trips and rejects garbage", "[hlc]")
{
    const HlcTime t{1'700'000'000'123, 42};
    CHECK(HlcTime::fromString(t.toString()) == t);
    CHECK_FALSE(HlcTime::fromString(QStringLiteral("nonsense")).has_value());
    CHECK_FALSE(HlcTime::fromString(QStringLiteral("12-x")).has_value());
}

TEST_CASE("Record ids are UUID version 7 and sort by time", "[uuid]")
{
    const RecordId a = RecordId::generate(1'700'000'000'000);
    const RecordId b = RecordId::generate(1'700'000'000'001);
    CHECK(RecordId::isWellFormed(a.toString()));
    CHECK(a.toString().at(14) == QLatin1Char('7'));
    const QChar variant = a.toString().at(19);
    CHECK((variant == QLatin1Char('8') || variant == QLatin1Char('9') || variant == QLatin1Char('a') || variant == QLatin1Char('b')));
    CHECK(a.toString() < b.toString());
    CHECK(RecordId::generate(1).toString() != RecordId::generate(1).toString());
    CHECK_FALSE(RecordId::isWellFormed(QStringLiteral("not-an-id")));
}
