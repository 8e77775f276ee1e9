#include "exportdialog.h"

#include "store/project.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace mner::ui {

ExportDialog::ExportDialog(Project *project, QWidget *parent) : QDialog(parent), project_(project) {
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

size_t ExportDialog::write(const QString &path) const {
    Document doc = project_->exportLayer(layer().toStdString(), split().toStdString());
    Format f = parseFormat(format().toStdString());
    if (f != Format::Auto && f != doc.format) {
        doc.format = f;
        doc.layout = Layout{};
    }
    std::ofstream out(path.toStdString() + ".part", std::ios::binary);
    writeDocument(out, doc);
    out.close();
    if (!out || std::rename((path + ".part").toLocal8Bit().constData(), path.toLocal8Bit().constData()) != 0)
        throw std::runtime_error("cannot write " + path.toStdString());
    return doc.tweets.size();
}

}  // namespace mner::ui
