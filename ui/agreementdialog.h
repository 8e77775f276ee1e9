// View › Agreement: two layers compared (token agreement, Cohen's κ, span scores by type), and
// the two-layer picker that adjudication also starts from.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace mner {
class Project;
}

namespace mner::ui {

// Agreement of two layers over the tweets both label, as HTML.
QString agreementHtml(Project *project, const QString &a, const QString &b);

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
    QString resultHtml() const;

private:
    Project *project_;
    QLabel *result_;
};

}  // namespace mner::ui
