// Choosing files to import and how: format, split, captions, images folder.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QCheckBox;

namespace mner::ui {

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
