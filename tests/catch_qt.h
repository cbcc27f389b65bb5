#pragma once

// Lets Catch print Qt values in failure messages.
#include <QString>
#include <QVariant>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return "\"" + value.toStdString() + "\""; }
};
template<>
struct StringMaker<QVariant> {
    static std::string convert(const QVariant &value) { return "QVariant(" + value.toString().toStdString() + ")"; }
};
} // namespace Catch
