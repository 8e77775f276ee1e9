#include "agreementdialog.h"

#include "eval/agreement.h"
#include "pagedreader.h"
#include "store/layeragreement.h"
#include "store/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace mner::ui {

QString agreementHtml(Project *project, const QString &a, const QString &b) {
    return agreementHtml(layerAgreement(*project, a.toStdString(), b.toStdString()), a, b);
}

QString agreementHtml(const AgreementCounter &counter, const QString &a, const QString &b) {
    if (counter.tweets() == 0) return QObject::tr("%1 and %2 label no tweet in common.").arg(a, b);
    const Agreement r = counter.finish();
    QString html = QObject::tr("<p><b>%1</b> vs <b>%2</b>: %3 tweets, %4 tokens<br>token agreement %5, chance %6, "
                               "<b>Cohen's κ %7</b></p>")
                       .arg(a, b)
                       .arg(r.tweets)
                       .arg(r.tokens)
                       .arg(r.observed, 0, 'f', 3)
                       .arg(r.expected, 0, 'f', 3)
                       .arg(r.kappa, 0, 'f', 3);
    html += "<table cellpadding=3><tr><th>" + QObject::tr("type") + "</th><th>P</th><th>R</th><th>F1</th><th>" +
            QObject::tr("in A") + "</th><th>" + QObject::tr("in B") + "</th></tr>";
    auto row = [&](const QString &t, const TypeScore &s) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(t)
                    .arg(s.precision(), 0, 'f', 2)
                    .arg(s.recall(), 0, 'f', 2)
                    .arg(s.f1(), 0, 'f', 2)
                    .arg(s.gold)
                    .arg(s.found);
    };
    for (const auto &[t, s] : r.spans.byType) row(QString::fromStdString(t), s);
    row(QObject::tr("all"), r.spans.all);
    return html + "</table>";
}

LayerPairDialog::LayerPairDialog(Project *project, const QString &title, QWidget *parent) : QDialog(parent) {
    setWindowTitle(title);
    QStringList layers;
    for (const LayerInfo &l : project->layerList()) layers << QString::fromStdString(l.name);
    auto *form = new QFormLayout(this);
    a_ = new QComboBox(this);
    b_ = new QComboBox(this);
    a_->addItems(layers);
    b_->addItems(layers);
    a_->setAccessibleName(tr("Layer A"));
    b_->setAccessibleName(tr("Layer B"));
    if (b_->count() > 1) b_->setCurrentIndex(1);
    form->addRow(tr("Layer &A:"), a_);
    form->addRow(tr("Layer &B:"), b_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString LayerPairDialog::layerA() const { return a_->currentText(); }
QString LayerPairDialog::layerB() const { return b_->currentText(); }

AgreementDialog::AgreementDialog(Project *project, QWidget *parent)
    : LayerPairDialog(project, tr("Agreement"), parent), project_(project), result_(new QLabel(this)),
      reader_(new PagedReader(this)) {
    result_->setTextFormat(Qt::RichText);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result_->setObjectName("agreementResult");
    // the result sits above the buttons
    auto *form = static_cast<QFormLayout *>(layout());
    form->insertRow(2, result_);
    connect(a_, &QComboBox::currentIndexChanged, this, &AgreementDialog::compare);
    connect(b_, &QComboBox::currentIndexChanged, this, &AgreementDialog::compare);
    compare();
}

void AgreementDialog::compare() {
    reader_->stop();
    counter_ = AgreementCounter();
    const QString a = layerA(), b = layerB();
    if (a.isEmpty() || b.isEmpty()) {
        result_->setText(tr("The project has no layers to compare."));
        return;
    }
    // a page of tweets per turn of the event loop: a million-tweet project is compared in bounded
    // memory while the dialog stays responsive (the choice can change meanwhile)
    result_->setText(tr("Comparing %1 and %2…").arg(a, b));
    reader_->start(
        project_,
        [this, a, b](const std::vector<int64_t> &ids) {
            addLayerAgreement(*project_, a.toStdString(), b.toStdString(), ids, counter_);
            result_->setText(tr("Comparing %1 and %2… %Ln tweets in common so far", nullptr, counter_.tweets()).arg(a, b));
        },
        [this, a, b] { result_->setText(agreementHtml(counter_, a, b)); },
        [this](const std::string &what) { result_->setText(tr("Cannot compare: %1").arg(QString::fromStdString(what))); });
}

QString AgreementDialog::resultHtml() {
    reader_->finish();
    return result_->text();
}

}  // namespace mner::ui
