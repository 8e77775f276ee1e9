// Model › Run model: which models (bundled, kept in the project, or a file) on which tweets.
#pragma once

#include <QDialog>
#include <QPair>
#include <QVector>

class QComboBox;
class QListWidget;

namespace mner {
class Project;
}

namespace mner::ui {

// Bundled models ("file:PATH") and the models kept in the project ("project:ID"), labelled.
QVector<QPair<QString, QString>> availableModels(Project *project);
// The model a project pre-annotates with, as (label, spec): its default model when it has one,
// else the bundled cwi; empty when neither is available.
QPair<QString, QString> defaultModel(Project *project);
// Model › Model for pre-annotation: asks which kept model (or the bundled default) pre-annotates
// and stores the choice in the project.
void chooseDefaultModel(Project *project, QWidget *parent);

class RunModelDialog : public QDialog {
    Q_OBJECT
public:
    enum Scope { AllTweets = 0, ListedTweets = 1, ThisTweet = 2 };
    // models: (label, spec) with spec "file:PATH" or "project:ID"; defaultSpec is checked.
    RunModelDialog(const QVector<QPair<QString, QString>> &models, const QString &defaultSpec, QWidget *parent = nullptr);
    // The checked models: model files, or "project:ID" for kept ones.
    QStringList models() const;
    Scope scope() const;
    void addModelFile(const QString &file);
    QListWidget *list() const { return list_; }

private:
    QListWidget *list_;
    QComboBox *scope_;
};

}  // namespace mner::ui
