// Retraining from corrections: a dialog that picks the base model, the layer, the splits and the
// epochs, then trains in a worker thread with a progress bar, a live learning curve (loss and dev
// F1 per epoch) and cancel. The new version is kept in the project by the main window.
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QPointer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QLineSeries;
class QValueAxis;

namespace mner {
class Project;
}

namespace mner::ui {

class JobController;

struct RetrainJob {
    QString projectPath, layer = QStringLiteral("corrected"), devSplit, name = QStringLiteral("retrained");
    QStringList splits;
    QString baseModelFile;  // a model file to continue, or empty with baseModelBytes
    QByteArray baseModelBytes;
    int epochs = 5;
    uint64_t seed = 1;
};

struct RetrainResult {
    QByteArray modelBytes;  // the trained model's file
    QString arch, fingerprint, error;
    QString note;  // what changed beyond the weights (the tag set)
    double devF1 = 0, seconds = 0;
    int bestEpoch = 0, trainTweets = 0;
    bool cancelled = false;
};

class RetrainRunner : public QObject {
    Q_OBJECT
public:
    explicit RetrainRunner(RetrainJob job) : job_(std::move(job)) {}
    void cancel() { cancel_ = true; }
public Q_SLOTS:
    void run();
Q_SIGNALS:
    void progress(int batch, int batches);
    void epochDone(int epoch, int epochs, double loss, double devF1, double seconds);
    void finished(const mner::ui::RetrainResult &r);

private:
    RetrainJob job_;
    std::atomic<bool> cancel_{false};
};

// Set-up and progress in one window: OK starts training, the curve grows while it runs.
class RetrainDialog : public QDialog {
    Q_OBJECT
public:
    // models: (label, spec) pairs, spec "file:PATH" or "project:ID"
    RetrainDialog(Project *project, const QVector<QPair<QString, QString>> &models, QWidget *parent = nullptr);
    ~RetrainDialog() override;
    // Starts training with the dialog's choices; false (and why in error()) when it cannot start.
    bool start();
    bool running() const { return runner_ != nullptr; }
    void cancel();
    QString error() const { return error_; }
    int epochsSeen() const { return epochsSeen_; }
    // Training runs as a job of the project's session (stopped and joined with it); it may not
    // start while edits wait in memory, since it reads the project file.
    void setJobs(JobController *jobs, std::function<int()> pendingEdits) {
        jobs_ = jobs;
        pendingEdits_ = std::move(pendingEdits);
    }
    // For tests: what the dialog shows.
    QString baseModelSpec() const;
    QPushButton *stopOrCloseButton() const { return cancelButton_; }
    QValueAxis *epochAxis() const { return xAxis_; }
    // For tests: preset the choices.
    void setChoices(const QString &modelSpec, const QStringList &splits, const QString &devSplit, int epochs,
                    const QString &name);

Q_SIGNALS:
    void trained(const mner::ui::RetrainResult &r, const QString &name);

private:
    void showResult(const RetrainResult &r);
    void setEpochAxis(int epochs);
    Project *project_;
    QComboBox *base_, *layer_, *dev_;
    QListWidget *splits_;
    QSpinBox *epochs_;
    QLineEdit *name_;
    QProgressBar *bar_;
    QLabel *status_;
    QPushButton *startButton_, *cancelButton_;
    QLineSeries *loss_, *f1_;
    QValueAxis *xAxis_, *lossAxis_, *f1Axis_;
    QPointer<RetrainRunner> runner_;  // owned by the job controller
    JobController *jobs_ = nullptr;
    std::function<int()> pendingEdits_;
    QString error_;
    int epochsSeen_ = 0;
    double maxLoss_ = 1;
};

}  // namespace mner::ui

Q_DECLARE_METATYPE(mner::ui::RetrainResult)
