#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace praxis::ui {

// One setting of the window: its key and its value when nothing was saved, read and written as its type.
template <typename T>
class Setting {
public:
    Setting(QString key, T fallback = T()) : m_key(std::move(key)), m_fallback(std::move(fallback)) {}

    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_fallback)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }
    bool isSaved() const { return QSettings().contains(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

// Named values kept under one group (saved import mappings, for example): names in the order saved.
class SettingGroup {
public:
    explicit SettingGroup(QString group) : m_group(std::move(group)) {}
    QStringList names() const;
    QString value(const QString &name) const;
    void set(const QString &name, const QString &value) const;

private:
    QString m_group;
};

// Every setting the window keeps, in one place. Keys are written once, here.
namespace settings {

// The main window.
Setting<QByteArray> windowGeometry();
Setting<QByteArray> windowState();
Setting<QByteArray> windowSplitter();
Setting<QString> windowSection();

// The records table of a section, and its filter panel.
Setting<QByteArray> tableHeader(const QString &section);
Setting<QStringList> tableColumns(const QString &section);
Setting<bool> filterPanelShown();
Setting<QByteArray> filterSplitter();
Setting<bool> facetCollapsed(const QString &type, const QString &facet);

// Editors.
Setting<bool> markdownPreview();

// Folders last used in file dialogs, and the last export format.
Setting<QString> importFolder();
Setting<QString> attachmentsFolder();
Setting<QString> exportFormat();
SettingGroup csvMappings();

} // namespace settings

} // namespace praxis::ui
