#include "shell/settings.h"

namespace praxis::ui {

QStringList SettingGroup::names() const
{
    QSettings s;
    s.beginGroup(m_group);
    return s.childKeys();
}

QString SettingGroup::value(const QString &name) const
{
    QSettings s;
    s.beginGroup(m_group);
    return s.value(name).toString();
}

void SettingGroup::set(const QString &name, const QString &value) const
{
    QSettings s;
    s.beginGroup(m_group);
    s.setValue(name, value);
}

namespace settings {

Setting<QByteArray> windowGeometry() { return {QStringLiteral("window/geometry")}; }
Setting<QByteArray> windowState() { return {QStringLiteral("window/state")}; }
Setting<QByteArray> windowSplitter() { return {QStringLiteral("window/splitter")}; }
Setting<QString> windowSection() { return {QStringLiteral("window/section")}; }

Setting<QByteArray> tableHeader(const QString &section) { return {QStringLiteral("table/%1/header").arg(section)}; }
Setting<QStringList> tableColumns(const QString &section) { return {QStringLiteral("table/%1/columns").arg(section)}; }
Setting<bool> filterPanelShown() { return {QStringLiteral("table/filterPanel"), true}; }
Setting<QByteArray> filterSplitter() { return {QStringLiteral("table/filterSplitter")}; }
Setting<bool> facetCollapsed(const QString &type, const QString &facet)
{
    return {QStringLiteral("filter/%1/%2/collapsed").arg(type, facet), false};
}

Setting<bool> markdownPreview() { return {QStringLiteral("editor/markdownPreview"), false}; }

Setting<QString> importFolder() { return {QStringLiteral("import/folder")}; }
Setting<QString> attachmentsFolder() { return {QStringLiteral("attachments/folder")}; }
Setting<QString> exportFormat() { return {QStringLiteral("export/format")}; }
SettingGroup csvMappings() { return SettingGroup(QStringLiteral("import/csvMappings")); }

} // namespace settings

} // namespace praxis::ui
