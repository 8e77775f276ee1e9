#include "exportdialog.h"

#include "store/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace mner::ui {

ExportDialog::ExportDialog(Project *project, QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    layer_ = new QComboBox(this);
    for (const LayerInfo &l : project->layerList()) layer_->addItem(QString::fromStdString(l.name));
    layer_->setCurrentText("corrected");
    split_ = new QComboBox(this);
    split_->addItem(tr("all splits"), QString());
    for (const auto &s : project->splits()) split_->addItem(QString::fromStdString(s), QString::fromStdString(s));
    format_ = new QComboBox(this);
    format_->addItems({"auto", "twitter", "conll", "conll2003", "jsonl", "doccano"});
    form->addRow(tr("&Layer:"), layer_);
    form->addRow(tr("&Split:"), split_);
    form->addRow(tr("&Format:"), format_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ExportDialog::layer() const { return layer_->currentText(); }
QString ExportDialog::split() const { return split_->currentData().toString(); }
QString ExportDialog::format() const { return format_->currentText(); }

}  // namespace mner::ui
