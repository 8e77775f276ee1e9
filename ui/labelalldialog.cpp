#include "labelalldialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mner::ui {

LabelAllDialog::LabelAllDialog(const QString &phrase, const QString &type, const QVector<Place> &places, QWidget *parent)
    : QDialog(parent), type_(type) {
    setWindowTitle(tr("Label all occurrences"));
    setObjectName("labelAllDialog");
    auto *lay = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("“%1” occurs unlabelled in %n more place(s). Label the checked ones as %2 (one step: "
                                "Undo takes them all back).",
                                nullptr, int(places.size()))
                                 .arg(phrase.toHtmlEscaped(), type),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    list_ = new QListWidget(this);
    list_->setAccessibleName(tr("Occurrences"));
    for (const Place &p : places) {
        // the tweet's id, then the words around with the phrase in brackets
        auto *item = new QListWidgetItem(QStringLiteral("%1   …%2 [%3] %4…").arg(p.tweet, p.before, p.phrase, p.after), list_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    lay->addWidget(list_, 1);
    auto *row = new QHBoxLayout;
    auto *all = new QPushButton(tr("Check &all"), this);
    auto *none = new QPushButton(tr("Check &none"), this);
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    lay->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    ok_ = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    ok_->setDefault(true);
    lay->addWidget(buttons);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(list_, &QListWidget::itemChanged, this, &LabelAllDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 400);
    updateButton();
}

QVector<int> LabelAllDialog::chosen() const {
    QVector<int> out;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->checkState() == Qt::Checked) out << i;
    return out;
}

void LabelAllDialog::setAllChecked(bool on) {
    for (int i = 0; i < list_->count(); ++i) setChecked(i, on);
}

void LabelAllDialog::setChecked(int place, bool on) {
    if (QListWidgetItem *it = list_->item(place)) it->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void LabelAllDialog::updateButton() {
    const int n = int(chosen().size());
    ok_->setText(tr("&Label %n as %1", nullptr, n).arg(type_));
    ok_->setEnabled(n > 0);
}

}  // namespace mner::ui
