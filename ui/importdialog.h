// Choosing files to import and how: format, split, captions, images folder.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QCheckBox;

#include "store/project.h"

namespace mner::ui {

struct ImportOutcome;

// Asks what to do with tweets of an import that are already in the project: Skip, Keep (import
// again) or Replace their gold labels; false when the user cancels.
bool askDuplicates(QWidget *parent, const ImportOutcome &found, Duplicates *choice);

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);
    QStringList files() const;
    QString format() const;  // "auto", "twitter", ...
    QString split() const;   // empty: each file's stem
    QString captionsFile() const;
    QString imagesDir() const;
    bool embedImages() const;
    void setFiles(const QStringList &files);

private:
    QListWidget *files_;
    QComboBox *format_;
    QLineEdit *split_, *captions_, *images_;
    QCheckBox *embed_;
};

}  // namespace mner::ui
