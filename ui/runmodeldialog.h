// Model › Run model: which models (bundled, kept in the project, or a file) on which tweets.
#pragma once

#include <QDialog>
#include <QPair>
#include <QVector>

class QComboBox;
class QListWidget;

namespace mner::ui {

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
