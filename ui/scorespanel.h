// conlleval scores of every model layer against a reference layer, overall and per type, the
// confusion of types for one model, and a bar chart of F1 per type.
#pragma once

#include <QWidget>

class QComboBox;
class QTableWidget;
class QLabel;

namespace mner {
class Project;
}

namespace mner::ui {

class ScoresPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScoresPanel(QWidget *parent = nullptr);
    QSize sizeHint() const override { return QSize(800, 230); }  // a strip below the tweet
    void setProject(Project *p);
    void refresh();
    QTableWidget *scores() const { return scores_; }
    QTableWidget *confusion() const { return confusion_; }

private:
    Project *project_ = nullptr;
    QComboBox *reference_, *model_;
    QTableWidget *scores_, *confusion_;
    QWidget *chartHolder_;
    void refreshConfusion();
};

}  // namespace mner::ui
