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
    QComboBox *layerBox() const { return layer_; }
    QComboBox *formatBox() const { return format_; }

private:
    QComboBox *layer_, *split_, *format_;
};

}  // namespace mner::ui
