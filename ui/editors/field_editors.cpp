#include "editors/field_editors.h"

#include "editors/field_editor.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace praxis::ui {

namespace {

struct Entry {
    int id;
    FieldEditors::Maker maker;
};

// Touched on the GUI thread only, as widgets are.
QList<Entry> &makers()
{
    static QList<Entry> list;
    return list;
}

} // namespace

FieldEditor *FieldEditors::create(const core::FieldDef &field, core::RecordStore &store, QWidget *parent)
{
    const QList<Entry> &list = makers();
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (FieldEditor *editor = it->maker(field, store, parent))
            return editor;
    }
    return new FieldEditor(field, store, parent);
}

FieldEditors::Registration::Registration(Maker maker)
{
    static int next = 0;
    m_id = ++next;
    makers().append({m_id, std::move(maker)});
}

FieldEditors::Registration::~Registration()
{
    QList<Entry> &list = makers();
    list.erase(std::remove_if(list.begin(), list.end(), [this](const Entry &e) { return e.id == m_id; }), list.end());
}

} // namespace praxis::ui
