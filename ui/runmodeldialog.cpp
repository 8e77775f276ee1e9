#include "runmodeldialog.h"

#include "modelrunner.h"

#include "store/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mner::ui {

QVector<QPair<QString, QString>> availableModels(Project *project) {
    QVector<QPair<QString, QString>> out;
    for (const auto &[name, file] : bundledModels())
        out.push_back({QObject::tr("%1 (bundled, %2)").arg(name, QFileInfo(file).fileName()), "file:" + file});
    if (project)
        for (const ModelRow &m : project->models())
            if (m.stored)
                out.push_back({QObject::tr("%1 v%2 (trained here %3, %4)")
                                   .arg(QString::fromStdString(m.name))
                                   .arg(m.version)
                                   .arg(QString::fromStdString(m.created).left(16), QString::fromStdString(m.metrics)),
                               QStringLiteral("project:%1").arg(m.id)});
    return out;
}

QPair<QString, QString> defaultModel(Project *project) {
    const auto models = availableModels(project);
    const QString want =
        project && project->defaultModel() ? QStringLiteral("project:%1").arg(project->defaultModel()) : QString();
    for (const auto &m : models)
        if (want.isEmpty() ? m.first.startsWith(QStringLiteral("cwi (")) : m.second == want) return m;
    return {};
}

void chooseDefaultModel(Project *project, QWidget *parent) {
    QStringList labels{QObject::tr("the bundled default (cwi)")};
    QStringList specs{QString()};
    for (const auto &[label, spec] : availableModels(project))
        if (spec.startsWith("project:")) {
            labels << label;
            specs << spec;
        }
    int cur = std::max(0, int(specs.indexOf(QStringLiteral("project:%1").arg(project->defaultModel()))));
    bool ok = false;
    QString pick = QInputDialog::getItem(parent, QObject::tr("Model for pre-annotation"), QObject::tr("Pre-annotate with:"),
                                         labels, cur, false, &ok);
    if (!ok) return;
    QString spec = specs[labels.indexOf(pick)];
    project->setDefaultModel(spec.isEmpty() ? 0 : spec.mid(8).toLongLong());
}

RunModelDialog::RunModelDialog(const QVector<QPair<QString, QString>> &models, const QString &defaultSpec, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Run model"));
    auto *lay = new QVBoxLayout(this);
    list_ = new QListWidget(this);
    list_->setAccessibleName(tr("Models"));
    setMinimumWidth(480);
    for (const auto &[label, spec] : models) {
        auto *it = new QListWidgetItem(label, list_);
        it->setToolTip(spec.startsWith("file:") ? spec.mid(5) : label);
        it->setData(Qt::UserRole, spec.startsWith("file:") ? spec.mid(5) : spec);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        bool isDefault = !defaultSpec.isEmpty() ? spec == defaultSpec : label.startsWith("cwi (");
        it->setCheckState(isDefault ? Qt::Checked : Qt::Unchecked);
    }
    auto *add = new QPushButton(tr("Add model file…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        QString f = QFileDialog::getOpenFileName(this, tr("Model file"), {}, tr("mner models (*.mnerm)"));
        if (!f.isEmpty()) addModelFile(f);
    });
    scope_ = new QComboBox(this);
    scope_->addItem(tr("All tweets"), AllTweets);
    scope_->addItem(tr("Tweets in the list (filtered)"), ListedTweets);
    scope_->addItem(tr("This tweet"), ThisTweet);
    scope_->setAccessibleName(tr("Tweets to tag"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(new QLabel(tr("Models (%1):").arg(ModelRunner::device()), this));
    lay->addWidget(list_);
    lay->addWidget(add, 0, Qt::AlignLeft);
    lay->addWidget(scope_);
    lay->addWidget(buttons);
}

void RunModelDialog::addModelFile(const QString &f) {
    auto *it = new QListWidgetItem(tr("%1 (%2)").arg(QFileInfo(f).completeBaseName(), f), list_);
    it->setToolTip(f);
    it->setData(Qt::UserRole, f);
    it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
    it->setCheckState(Qt::Checked);
}

QStringList RunModelDialog::models() const {
    QStringList files;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->checkState() == Qt::Checked) files << list_->item(i)->data(Qt::UserRole).toString();
    return files;
}

RunModelDialog::Scope RunModelDialog::scope() const { return Scope(scope_->currentData().toInt()); }

}  // namespace mner::ui
