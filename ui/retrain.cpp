#include "retrain.h"
#include "jobcontroller.h"
#include "errortext.h"

#include "model/model.h"
#include "pipeline/projectdata.h"
#include "store/project.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>
#include <QValueAxis>
#include <QVBoxLayout>

#include <fstream>

namespace mner::ui {

void RetrainRunner::run() {
    RetrainResult r;
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir tmp;
    try {
        setModelThreads(1);
        std::string base = job_.baseModelFile.toStdString();
        if (base.empty()) {
            base = tmp.filePath("base.mnerm").toStdString();
            std::ofstream(base, std::ios::binary).write(job_.baseModelBytes.constData(), job_.baseModelBytes.size());
        }
        std::string source = Tagger::load(base)->meta().imageWordSource;
        auto project = Project::open(job_.projectPath.toStdString());
        std::vector<std::string> splits;
        for (const QString &s : job_.splits) splits.push_back(s.toStdString());
        auto train = projectExamples(*project, job_.layer.toStdString(), splits, source).examples;
        std::vector<Example> dev;
        if (!job_.devSplit.isEmpty())
            dev = projectExamples(*project, job_.layer.toStdString(), {job_.devSplit.toStdString()}, source).examples;
        if (train.empty()) throw ModelError("no labelled tweets in the chosen splits of layer " + job_.layer.toStdString());
        std::vector<std::string> types;
        {
            auto baseTags = Tagger::load(base)->tags();  // MISC data continues an OTHER model's rows
            alignTypesToModel(train, baseTags, project->typeAliases());
            alignTypesToModel(dev, baseTags, project->typeAliases());
            types = typesForModel(project->entityTypes(), baseTags, project->typeAliases());
        }
        r.trainTweets = int(train.size());
        TrainOptions o;
        o.initPath = base;
        o.epochs = job_.epochs;
        o.seed = job_.seed;
        o.name = job_.name.toStdString();
        o.imageWordSource = source;
        o.trainingData = QFileInfo(job_.projectPath).fileName().toStdString() + ":" + job_.layer.toStdString();
        o.types = types;  // the project's label set, in the model's names
        std::string out = tmp.filePath("trained.mnerm").toStdString();
        bool cancelled = false;
        TrainResult t = trainModel(
            o, train, dev, out,
            [&](const EpochReport &e) {
                Q_EMIT epochDone(e.epoch, e.epochs, e.loss, e.f1, e.seconds);
                return !cancel_;
            },
            [&](size_t b, size_t n) {
                Q_EMIT progress(int(b), int(n));
                if (cancel_) cancelled = true;
                return !cancel_;
            });
        r.cancelled = cancelled || cancel_;
        if (!r.cancelled || QFile::exists(QString::fromStdString(out))) {
            QFile f(QString::fromStdString(out));
            if (f.open(QIODevice::ReadOnly)) r.modelBytes = f.readAll();
            auto trained = Tagger::load(out);
            r.arch = QString::fromStdString(trained->meta().arch);
            r.fingerprint = QString::fromStdString(trained->meta().fingerprint);
            r.devF1 = trained->meta().devF1;
        }
        r.bestEpoch = t.bestEpoch;
        r.note = QString::fromStdString(t.note);
    } catch (const std::exception &e) {
        if (!cancel_) r.error = errorText(e);
        r.cancelled = cancel_;
    }
    r.seconds = timer.elapsed() / 1000.0;
    Q_EMIT finished(r);
}

RetrainDialog::RetrainDialog(Project *project, const QVector<QPair<QString, QString>> &models, QWidget *parent)
    : QDialog(parent), project_(project) {
    setWindowTitle(tr("Retrain from corrections"));
    auto *lay = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    base_ = new QComboBox(this);
    base_->setAccessibleName(tr("Model to continue"));
    for (const auto &[label, spec] : models) base_->addItem(label, spec);
    // the project's model for pre-annotation, else the bundled default (cwi)
    int def = project->defaultModel() ? base_->findData(QStringLiteral("project:%1").arg(project->defaultModel())) : -1;
    for (int k = 0; k < base_->count() && def < 0; ++k)
        if (base_->itemData(k).toString().endsWith("/cwi.mnerm")) def = k;
    if (def >= 0) base_->setCurrentIndex(def);
    layer_ = new QComboBox(this);
    layer_->setAccessibleName(tr("Labels to learn"));
    for (const LayerInfo &l : project->layerList())
        if (l.kind == "corrected" || l.kind == "annotator" || l.kind == "curated")
            layer_->addItem(QString::fromStdString(l.name));
    splits_ = new QListWidget(this);
    splits_->setAccessibleName(tr("Training splits"));
    splits_->setMaximumHeight(90);
    dev_ = new QComboBox(this);
    dev_->setAccessibleName(tr("Dev split"));
    dev_->addItem(tr("(none: keep the last epoch)"), QString());
    for (const std::string &s : project->splits()) {
        QString q = QString::fromStdString(s);
        auto *it = new QListWidgetItem(q, splits_);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        bool isDev = q.contains("valid") || q.contains("dev");
        it->setCheckState(isDev ? Qt::Unchecked : Qt::Checked);
        dev_->addItem(q, q);
        if (isDev) dev_->setCurrentIndex(dev_->count() - 1);
    }
    epochs_ = new QSpinBox(this);
    epochs_->setRange(1, 50);
    epochs_->setValue(5);
    epochs_->setAccessibleName(tr("Epochs"));
    name_ = new QLineEdit(QStringLiteral("retrained"), this);
    name_->setAccessibleName(tr("Name of the new model"));
    form->addRow(tr("Continue &model:"), base_);
    form->addRow(tr("&Labels:"), layer_);
    form->addRow(tr("&Train on:"), splits_);
    form->addRow(tr("&Select on:"), dev_);
    form->addRow(tr("&Epochs:"), epochs_);
    form->addRow(tr("&Name:"), name_);
    lay->addLayout(form);

    auto *chart = new QChart;
    chart->setTitle(tr("Learning curve"));
    loss_ = new QLineSeries;
    loss_->setName(tr("training loss"));
    f1_ = new QLineSeries;
    f1_->setName(tr("dev F1"));
    chart->addSeries(loss_);
    chart->addSeries(f1_);
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(tr("epoch"));
    xAxis_->setLabelFormat("%d");
    setEpochAxis(epochs_->value());
    lossAxis_ = new QValueAxis;
    lossAxis_->setTitleText(tr("loss"));
    f1Axis_ = new QValueAxis;
    f1Axis_->setTitleText(tr("F1"));
    f1Axis_->setRange(0, 100);
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(lossAxis_, Qt::AlignLeft);
    chart->addAxis(f1Axis_, Qt::AlignRight);
    loss_->attachAxis(xAxis_);
    loss_->attachAxis(lossAxis_);
    f1_->attachAxis(xAxis_);
    f1_->attachAxis(f1Axis_);
    auto *view = new QChartView(chart, this);
    view->setMinimumSize(420, 240);
    view->setRenderHint(QPainter::Antialiasing);
    lay->addWidget(view);
    bar_ = new QProgressBar(this);
    bar_->setAccessibleName(tr("Training progress"));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    lay->addWidget(bar_);
    lay->addWidget(status_);
    auto *buttons = new QDialogButtonBox(this);
    startButton_ = buttons->addButton(tr("&Train"), QDialogButtonBox::AcceptRole);
    cancelButton_ = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);  // "Stop" while training
    connect(startButton_, &QPushButton::clicked, this, [this] { start(); });
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        if (running())
            cancel();
        else
            reject();
    });
    lay->addWidget(buttons);
}

RetrainDialog::~RetrainDialog() {
    if (runner_) runner_->cancel();  // the session's job controller joins it; its result went with this dialog
}

void RetrainDialog::setChoices(const QString &modelSpec, const QStringList &splits, const QString &devSplit, int epochs,
                               const QString &name) {
    int i = base_->findData(modelSpec);
    if (i >= 0) base_->setCurrentIndex(i);
    for (int k = 0; k < splits_->count(); ++k)
        splits_->item(k)->setCheckState(splits.contains(splits_->item(k)->text()) ? Qt::Checked : Qt::Unchecked);
    int d = dev_->findData(devSplit);
    dev_->setCurrentIndex(d >= 0 ? d : 0);
    epochs_->setValue(epochs);
    name_->setText(name);
}

bool RetrainDialog::start() {
    if (running()) return false;
    if (!jobs_) {
        error_ = tr("This dialog has no project session to train in.");
        status_->setText(error_);
        return false;
    }
    if (int n = pendingEdits_ ? pendingEdits_() : 0; n > 0) {
        // the training reads the project file, which does not have these edits yet
        error_ = tr("%n edit(s) are not written to the project yet, and training would miss them; "
                    "retrain once they are saved.",
                    nullptr, n);
        status_->setText(error_);
        return false;
    }
    RetrainJob job;
    job.projectPath = QString::fromStdString(project_->path());
    job.layer = layer_->currentText();
    job.devSplit = dev_->currentData().toString();
    job.epochs = epochs_->value();
    job.name = name_->text().trimmed().isEmpty() ? QStringLiteral("retrained") : name_->text().trimmed();
    for (int k = 0; k < splits_->count(); ++k)
        if (splits_->item(k)->checkState() == Qt::Checked) job.splits << splits_->item(k)->text();
    QString spec = base_->currentData().toString();
    try {
        if (job.splits.isEmpty()) throw std::runtime_error(tr("Choose at least one split to train on.").toStdString());
        if (!job.devSplit.isEmpty() && job.splits.contains(job.devSplit))
            throw std::runtime_error(tr("The model would be selected on %1, which it also trains on: its F1 there would say "
                                        "nothing about new tweets. Uncheck %1 under Train on, or select on another split.")
                                         .arg(job.devSplit)
                                         .toStdString());
        if (spec.startsWith("project:")) {
            std::string b = project_->modelBytes(spec.mid(8).toLongLong());
            job.baseModelBytes = QByteArray(b.data(), int(b.size()));
        } else if (spec.startsWith("file:")) {
            job.baseModelFile = spec.mid(5);
        } else {
            throw std::runtime_error(tr("Choose a model to continue.").toStdString());
        }
    } catch (const std::exception &e) {
        error_ = errorText(e);
        status_->setText(error_);
        return false;
    }
    loss_->clear();
    f1_->clear();
    epochsSeen_ = 0;
    maxLoss_ = 1;
    setEpochAxis(job.epochs);
    runner_ = new RetrainRunner(job);
    connect(runner_, &RetrainRunner::progress, this, [this](int b, int n) {
        bar_->setMaximum(n);
        bar_->setValue(b);
    });
    connect(runner_, &RetrainRunner::epochDone, this, [this](int e, int n, double loss, double f1, double secs) {
        epochsSeen_ = e;
        maxLoss_ = std::max(maxLoss_, loss);
        lossAxis_->setRange(0, maxLoss_ * 1.1);
        loss_->append(e, loss);
        f1_->append(e, f1);
        status_->setText(tr("epoch %1/%2: loss %3, dev F1 %4 (%5 s)")
                             .arg(e)
                             .arg(n)
                             .arg(loss, 0, 'f', 3)
                             .arg(f1, 0, 'f', 2)
                             .arg(secs, 0, 'f', 1));
    });
    connect(runner_, &RetrainRunner::finished, this, &RetrainDialog::showResult);
    startButton_->setEnabled(false);
    cancelButton_->setText(tr("Stop"));
    status_->setText(tr("loading %1…").arg(base_->currentText()));
    RetrainRunner *runner = runner_;
    jobs_->start(
        runner, [runner] { runner->run(); }, [runner] { runner->cancel(); }, tr("retraining"));
    return true;
}

QString RetrainDialog::baseModelSpec() const { return base_->currentData().toString(); }

void RetrainDialog::setEpochAxis(int epochs) {
    // whole epochs only: ticks at 0, 1, 2… (at most about ten of them)
    xAxis_->setRange(0, epochs);
    xAxis_->setTickType(QValueAxis::TicksDynamic);
    xAxis_->setTickAnchor(0);
    xAxis_->setTickInterval(std::max(1, (epochs + 9) / 10));
}

void RetrainDialog::cancel() {
    if (runner_) runner_->cancel();
    status_->setText(tr("stopping after this batch…"));
}

void RetrainDialog::showResult(const RetrainResult &r) {
    if (jobs_) jobs_->finish(runner_);  // over (the job controller deletes it)
    runner_ = nullptr;
    startButton_->setEnabled(true);
    cancelButton_->setText(tr("Close"));
    if (!r.error.isEmpty()) {
        error_ = r.error;
        status_->setText(tr("Training failed: %1").arg(r.error));
    } else if (r.modelBytes.isEmpty()) {
        status_->setText(tr("Cancelled; nothing was kept."));
    } else {
        status_->setText(tr("%1 tweets, best epoch %2, dev F1 %3, %4 s%5")
                             .arg(r.trainTweets)
                             .arg(r.bestEpoch)
                             .arg(r.devF1, 0, 'f', 2)
                             .arg(r.seconds, 0, 'f', 0)
                             .arg(r.cancelled ? tr(" (stopped early; the best epoch so far is kept)") : QString()));
        if (!r.note.isEmpty()) status_->setText(status_->text() + "\n" + tr("The model's types changed: %1").arg(r.note));
    }
    Q_EMIT trained(r, name_->text().trimmed().isEmpty() ? QStringLiteral("retrained") : name_->text().trimmed());
}

}  // namespace mner::ui
