// View › Agreement: two layers compared (token agreement, Cohen's κ, span scores by type), and
// the two-layer picker that adjudication also starts from.
#pragma once

#include "eval/agreement.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace mner {
class Project;
}

namespace mner::ui {

class PagedReader;

// Agreement of two layers over the tweets both label with as many tokens, as HTML. The project's
// layers are read a page of tweets at a time (bounded memory whatever its size).
QString agreementHtml(Project *project, const QString &a, const QString &b);
// What counter has counted, as HTML.
QString agreementHtml(const AgreementCounter &counter, const QString &a, const QString &b);

// Picks two of the project's layers (A and B).
class LayerPairDialog : public QDialog {
    Q_OBJECT
public:
    LayerPairDialog(Project *project, const QString &title, QWidget *parent = nullptr);
    QString layerA() const;
    QString layerB() const;

protected:
    QComboBox *a_, *b_;
};

// The picker with the agreement of the chosen pair shown below it, updated as the choice changes.
class AgreementDialog : public LayerPairDialog {
    Q_OBJECT
public:
    AgreementDialog(Project *project, QWidget *parent = nullptr);
    // The result shown, once the comparison under way has read every tweet (it reads the rest now).
    QString resultHtml();

private:
    void compare();
    Project *project_;
    QLabel *result_;
    PagedReader *reader_;
    AgreementCounter counter_;
};

}  // namespace mner::ui
