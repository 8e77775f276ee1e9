// File › Settings: the annotator, the font size, the image tagger and its folder, the uncertainty
// measure, the keys of every named action, and the way to the project's entity types. store()
// writes what it owns to the settings and rebinds the keys; the window applies the rest.
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QCheckBox;
class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mner::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // actions: those whose keys can be changed (named ones); typesTip lists the project's types
    // (the button is disabled without a project).
    SettingsDialog(const QString &annotator, int fontSize, const QList<QAction *> &actions, const QString &typesTip,
                   bool haveProject, QWidget *parent = nullptr);
    QString annotator() const;
    int fontSize() const;
    bool ownLayer() const;
    // Writes the tagger, models folder, measure, own-layer choice and font size to QSettings and
    // gives each action whose key was changed its new first key (alternatives stay), remembered.
    void store() const;
    void setTypesTip(const QString &tip);
    QLineEdit *modelsDirEdit() const { return modelsDir_; }
    QLabel *foundLabel() const { return found_; }

Q_SIGNALS:
    void entityTypesRequested();

private:
    QLineEdit *who_, *tagger_, *modelsDir_, *gazetteers_;
    QSpinBox *size_;
    QCheckBox *ownLayer_;
    QComboBox *measure_, *device_;
    QLabel *found_;
    QPushButton *types_;
    QList<QPair<QAction *, QKeySequenceEdit *>> keyEdits_;
};

}  // namespace mner::ui
