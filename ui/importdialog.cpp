#include "importdialog.h"

#include "importrunner.h"

#include <QMessageBox>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mner::ui {

namespace {
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, bool dir, const QString &title) {
    auto *w = new QWidget(parent);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    auto *b = new QPushButton(QObject::tr("Browse…"), w);
    h->addWidget(edit, 1);
    h->addWidget(b);
    QObject::connect(b, &QPushButton::clicked, w, [=] {
        QString p = dir ? QFileDialog::getExistingDirectory(parent, title) : QFileDialog::getOpenFileName(parent, title);
        if (!p.isEmpty()) edit->setText(p);
    });
    return w;
}
}  // namespace

ImportDialog::ImportDialog(QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Import tweets"));
    auto *lay = new QVBoxLayout(this);
    files_ = new QListWidget(this);
    files_->setAccessibleName(tr("Files to import"));
    auto *add = new QPushButton(tr("Add files…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        QStringList f = QFileDialog::getOpenFileNames(this, tr("Annotated tweets"), {},
                                                      tr("Annotated text (*.txt *.conll *.jsonl *.json *.tsv);;All files (*)"));
        for (const QString &s : f) files_->addItem(s);
    });
    auto *form = new QFormLayout;
    format_ = new QComboBox(this);
    format_->addItems({"auto", "twitter", "conll", "conll2003", "jsonl", "doccano"});
    format_->setAccessibleName(tr("Format"));
    split_ = new QLineEdit(this);
    split_->setPlaceholderText(tr("the file's name (train, valid, …)"));
    captions_ = new QLineEdit(this);
    images_ = new QLineEdit(this);
    embed_ = new QCheckBox(tr("Store images inside the project"), this);
    form->addRow(tr("&Format:"), format_);
    form->addRow(tr("&Split:"), split_);
    form->addRow(tr("&Captions file:"), withBrowse(captions_, this, false, tr("Captions")));
    form->addRow(tr("&Images folder:"), withBrowse(images_, this, true, tr("Images folder")));
    form->addRow(QString(), embed_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(files_);
    lay->addWidget(add, 0, Qt::AlignLeft);
    lay->addLayout(form);
    lay->addWidget(buttons);
}

QStringList ImportDialog::files() const {
    QStringList out;
    for (int i = 0; i < files_->count(); ++i) out << files_->item(i)->text();
    return out;
}
void ImportDialog::setFiles(const QStringList &files) {
    files_->clear();
    files_->addItems(files);
}
QString ImportDialog::format() const { return format_->currentText(); }
QString ImportDialog::split() const { return split_->text().trimmed(); }
QString ImportDialog::captionsFile() const { return captions_->text().trimmed(); }
QString ImportDialog::imagesDir() const { return images_->text().trimmed(); }
bool ImportDialog::embedImages() const { return embed_->isChecked(); }

bool askDuplicates(QWidget *parent, const ImportOutcome &found, Duplicates *choice) {
    // Never double a project silently: the annotator says what a re-import means.
    QMessageBox box(QMessageBox::Question, ImportDialog::tr("Tweets already in the project"),
                    ImportDialog::tr("%n tweet(s) of this import are already in the project (the first at %1, line %2).", nullptr,
                                     found.duplicateCount)
                        .arg(found.duplicateFile)
                        .arg(found.duplicateLine),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(ImportDialog::tr("Skip them, import them again as new tweets, or replace their gold labels "
                                            "(corrections and history stay)?"));
    QPushButton *skip = box.addButton(ImportDialog::tr("Skip them"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(ImportDialog::tr("Import again"), QMessageBox::AcceptRole);
    QPushButton *replace = box.addButton(ImportDialog::tr("Replace gold labels"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(skip);
    box.setObjectName("duplicatesBox");
    box.exec();
    if (box.clickedButton() == skip)
        *choice = Duplicates::Skip;
    else if (box.clickedButton() == keep)
        *choice = Duplicates::Keep;
    else if (box.clickedButton() == replace)
        *choice = Duplicates::Replace;
    else
        return false;
    return true;
}

}  // namespace mner::ui
