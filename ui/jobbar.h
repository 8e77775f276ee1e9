// A background job's progress in the status bar: a bar and a button that stops the job. Hidden
// while no job of its kind runs.
#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace mner::ui {

class JobBar : public QWidget {
    Q_OBJECT
public:
    JobBar(const QString &accessibleName, const QString &stopText, QWidget *parent = nullptr);
    // Shows the bar, empty, with a text such as "loading the model…".
    void begin(const QString &text);
    // format as QProgressBar's (%v done, %m total).
    void setProgress(int done, int total, const QString &format);
    void end() { hide(); }

Q_SIGNALS:
    void stopRequested();

private:
    QProgressBar *bar_;
    QPushButton *stop_;
};

}  // namespace mner::ui
