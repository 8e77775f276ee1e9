// Help › Keys: every key of the window as it is now (keys remapped in the settings included),
// generated from the live actions, with where each acts; plus the tweet view's own movement keys.
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QMenuBar;
class QTableWidget;

namespace mner::ui {

struct KeyRow {
    QString keys, action, menu, scope;
};

// The rows for a menu bar's actions that have keys, in menu order, then the view's own keys.
QList<KeyRow> keyRows(const QMenuBar *menus);
// The rows as a Markdown table (the user guide's key page is this table for the default keys).
QString keyRowsMarkdown(const QList<KeyRow> &rows);

class KeysDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeysDialog(const QList<KeyRow> &rows, QWidget *parent = nullptr);
    QTableWidget *table() const { return table_; }

private:
    QTableWidget *table_;
};

}  // namespace mner::ui
