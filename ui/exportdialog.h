// File › Export: which layer, split and format to write (the file is asked for afterwards).
#pragma once

#include <QDialog>

class QComboBox;

namespace mner {
class Project;
}

namespace mner::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Project *project, QWidget *parent = nullptr);
    QString layer() const;
    QString split() const;   // empty: all splits
    QString format() const;  // "auto": the format the tweets were imported from
    // Writes the chosen layer to path (atomically, via PATH.part); returns how many tweets.
    // Throws on failure, leaving any earlier file at path as it was.
    size_t write(const QString &path) const;
    QComboBox *layerBox() const { return layer_; }
    QComboBox *formatBox() const { return format_; }

private:
    Project *project_;
    QComboBox *layer_, *split_, *format_;
};

}  // namespace mner::ui
