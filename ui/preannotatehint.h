// The offer, once per project, to pre-annotate a project no model has tagged yet: a bar above the
// tweet with the default model's name, a Run button and a Not now button.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace mner::ui {

class PreAnnotateHint : public QFrame {
    Q_OBJECT
public:
    explicit PreAnnotateHint(QWidget *parent = nullptr);
    // Shows the offer for the model named modelLabel (e.g. "cwi (bundled, cwi.mnerm)").
    void offer(const QString &modelLabel);
    QPushButton *runButton() const { return run_; }
    QPushButton *laterButton() const { return later_; }

Q_SIGNALS:
    // Either answer hides the bar; the window remembers that the offer was made.
    void runRequested();
    void dismissed();

private:
    QLabel *text_;
    QPushButton *run_;
    QPushButton *later_;
};

}  // namespace mner::ui
