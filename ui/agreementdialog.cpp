#include "agreementdialog.h"

#include "eval/agreement.h"
#include "store/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace mner::ui {

QString agreementHtml(Project *project, const QString &a, const QString &b) {
    auto ta = project->layerTags(a.toStdString()), tb = project->layerTags(b.toStdString());
    std::vector<std::vector<std::string>> va, vb;
    for (const auto &[id, tags] : ta) {
        auto it = tb.find(id);
        if (it == tb.end() || it->second.size() != tags.size()) continue;
        va.push_back(tags);
        vb.push_back(it->second);
    }
    if (va.empty()) return QObject::tr("%1 and %2 label no tweet in common.").arg(a, b);
    Agreement r = agreement(va, vb);
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
    : LayerPairDialog(project, tr("Agreement"), parent), project_(project), result_(new QLabel(this)) {
    result_->setTextFormat(Qt::RichText);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result_->setObjectName("agreementResult");
    // the result sits above the buttons
    auto *form = static_cast<QFormLayout *>(layout());
    form->insertRow(2, result_);
    auto update = [this] { result_->setText(resultHtml()); };
    connect(a_, &QComboBox::currentIndexChanged, this, update);
    connect(b_, &QComboBox::currentIndexChanged, this, update);
    update();
}

QString AgreementDialog::resultHtml() const {
    if (layerA().isEmpty() || layerB().isEmpty()) return tr("The project has no layers to compare.");
    return agreementHtml(project_, layerA(), layerB());
}

}  // namespace mner::ui
