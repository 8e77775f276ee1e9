// The project's entity types: add, rename, merge, reorder (keys 1-9 follow the order) and colour.
// Renames and merges rewrite every layer's labels at once (one transaction each); the list order
// and new types are written when the dialog is accepted.
#pragma once

#include <QDialog>
#include <QMap>
#include <QColor>

class QLineEdit;
class QListWidget;
class QLabel;

namespace mner {
class Project;
}

namespace mner::ui {

class TypePalette;

class EntityTypesDialog : public QDialog {
    Q_OBJECT
public:
    EntityTypesDialog(Project *project, TypePalette *palette, QWidget *parent = nullptr);
    // The types as listed (what accept() stores).
    QStringList types() const;
    // Colours chosen here, by type (applied to the palette and the settings on accept).
    const QMap<QString, QColor> &colours() const { return colours_; }
    QListWidget *list() const { return list_; }
    // "geo-loc=LOC, person=PER": a model's type = this project's type (MISC = OTHER is built in).
    QLineEdit *aliases() const { return aliases_; }

    // The operations behind the buttons (the buttons ask for names; tests call these directly).
    bool addType(const QString &name);
    bool renameType(const QString &from, const QString &to);  // merges when `to` is listed
    void move(int row, int by);

    void accept() override;
    // Whether a rename or merge rewrote labels (stored at once, also when the dialog is cancelled).
    bool renamedLabels() const { return renamed_; }

private:
    void refresh(const QString &select = {});
    void askRename(bool merge);
    Project *project_;
    TypePalette *palette_;
    QListWidget *list_;
    QLabel *status_;
    QLineEdit *aliases_;
    QMap<QString, QColor> colours_;
    bool renamed_ = false;
};

}  // namespace mner::ui
