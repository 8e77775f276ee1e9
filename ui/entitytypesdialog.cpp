#include "entitytypesdialog.h"
#include "errortext.h"

#include "palette.h"

#include "store/project.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mner::ui {

namespace {
QIcon swatch(const QColor &c) {
    QPixmap pm(16, 16);
    pm.fill(c);
    return QIcon(pm);
}
}  // namespace

EntityTypesDialog::EntityTypesDialog(Project *project, TypePalette *palette, QWidget *parent)
    : QDialog(parent), project_(project), palette_(palette) {
    setWindowTitle(tr("Entity types"));
    setObjectName("entityTypesDialog");
    auto *lay = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The keys 1–9 label the types in this order. Renaming or merging changes the labels "
                                "of every layer at once."),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    auto *row = new QHBoxLayout;
    list_ = new QListWidget(this);
    list_->setAccessibleName(tr("Entity types"));
    row->addWidget(list_, 1);
    auto *buttons = new QVBoxLayout;
    auto button = [&](const QString &text, auto fn) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, fn);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Add…"), [this] {
        bool ok = false;
        QString name = QInputDialog::getText(this, tr("Add a type"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
        if (ok && !name.isEmpty()) addType(name);
    });
    button(tr("&Rename…"), [this] { askRename(false); });
    button(tr("&Merge into…"), [this] { askRename(true); });
    button(tr("&Colour…"), [this] {
        auto *it = list_->currentItem();
        if (!it) return;
        QString t = it->data(Qt::UserRole).toString();
        QColor c = QColorDialog::getColor(colours_.value(t, palette_->color(t)), this, tr("Colour of %1").arg(t));
        if (!c.isValid()) return;
        colours_[t] = c;
        refresh(t);
    });
    button(tr("&Up"), [this] { move(list_->currentRow(), -1); });
    button(tr("&Down"), [this] { move(list_->currentRow(), 1); });
    buttons->addStretch();
    row->addLayout(buttons);
    lay->addLayout(row);
    auto *aliasRow = new QHBoxLayout;
    auto *aliasLabel = new QLabel(tr("&Aliases:"), this);
    aliases_ = new QLineEdit(this);
    aliases_->setAccessibleName(tr("Type aliases"));
    aliases_->setPlaceholderText(tr("a model's type = this project's type, e.g. geo-loc=LOC, person=PER"));
    aliases_->setToolTip(tr("Models that say one of these types write the project's type instead (MISC = OTHER always holds)."));
    aliasLabel->setBuddy(aliases_);
    QStringList stored;
    for (const auto &[a, t] : project_->storedTypeAliases()) stored << QString::fromStdString(a + "=" + t);
    aliases_->setText(stored.join(QStringLiteral(", ")));
    aliasRow->addWidget(aliasLabel);
    aliasRow->addWidget(aliases_, 1);
    lay->addLayout(aliasRow);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    lay->addWidget(status_);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &EntityTypesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(box);
    for (const auto &t : project_->entityTypes()) {
        auto *it = new QListWidgetItem(list_);
        it->setData(Qt::UserRole, QString::fromStdString(t));
    }
    refresh();
}

QStringList EntityTypesDialog::types() const {
    QStringList out;
    for (int i = 0; i < list_->count(); ++i) out << list_->item(i)->data(Qt::UserRole).toString();
    return out;
}

void EntityTypesDialog::refresh(const QString &select) {
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem *it = list_->item(i);
        QString t = it->data(Qt::UserRole).toString();
        it->setText(i < 9 ? tr("%1   (key %2)").arg(t).arg(i + 1) : t);
        it->setIcon(swatch(colours_.value(t, palette_->color(t))));
        if (t == select) list_->setCurrentItem(it);
    }
}

bool EntityTypesDialog::addType(const QString &name) {
    if (name.isEmpty() || name.contains(QRegularExpression("\\s")) || name == "O" || types().contains(name)) {
        status_->setText(tr("'%1' cannot be added: a new name without spaces is needed.").arg(name));
        return false;
    }
    auto *it = new QListWidgetItem(list_);
    it->setData(Qt::UserRole, name);
    refresh(name);
    return true;
}

void EntityTypesDialog::askRename(bool merge) {
    auto *it = list_->currentItem();
    if (!it) return;
    QString from = it->data(Qt::UserRole).toString();
    bool ok = false;
    QString to;
    if (merge) {
        QStringList others = types();
        others.removeAll(from);
        if (others.isEmpty()) return;
        to = QInputDialog::getItem(this, tr("Merge %1").arg(from), tr("Merge into:"), others, 0, false, &ok);
        if (!ok) return;
        if (QMessageBox::question(this, tr("Merge %1").arg(from),
                                  tr("Every %1 label of every layer becomes %2. Continue?").arg(from, to)) != QMessageBox::Yes)
            return;
    } else {
        to = QInputDialog::getText(this, tr("Rename %1").arg(from), tr("New name:"), QLineEdit::Normal, from, &ok).trimmed();
        if (!ok || to.isEmpty() || to == from) return;
    }
    renameType(from, to);
}

bool EntityTypesDialog::renameType(const QString &from, const QString &to) {
    try {
        // only the rename is stored now (it rewrote the labels); the list waits for OK
        int n = project_->renameEntityType(from.toStdString(), to.toStdString());
        renamed_ = true;
        bool merged = types().contains(to);
        for (int i = 0; i < list_->count(); ++i)
            if (list_->item(i)->data(Qt::UserRole).toString() == from) {
                if (merged)
                    delete list_->takeItem(i);
                else
                    list_->item(i)->setData(Qt::UserRole, to);
                break;
            }
        if (colours_.contains(from) && !colours_.contains(to)) colours_[to] = colours_.take(from);
        status_->setText(merged ? tr("Merged %1 into %2: %n label(s) changed.", nullptr, n).arg(from, to)
                                : tr("Renamed %1 to %2: %n label(s) changed.", nullptr, n).arg(from, to));
        refresh(to);
        return true;
    } catch (const std::exception &e) {
        status_->setText(tr("Cannot rename %1: %2").arg(from, errorText(e)));
        return false;
    }
}

void EntityTypesDialog::move(int row, int by) {
    int to = row + by;
    if (row < 0 || to < 0 || to >= list_->count()) return;
    QListWidgetItem *it = list_->takeItem(row);
    list_->insertItem(to, it);
    list_->setCurrentRow(to);
    refresh();
}

void EntityTypesDialog::accept() {
    try {
        TypeAliases parsed;
        std::string spec = aliases_->text().remove(' ').toStdString();
        try {
            parsed.addSpec(spec);
        } catch (const std::invalid_argument &) {
            status_->setText(tr("Aliases are written A=B, separated by commas."));
            return;
        }
        std::vector<std::pair<std::string, std::string>> pairs;
        for (const auto &p : parsed.pairs())
            if (!(p.first == "MISC" && p.second == "OTHER")) pairs.push_back(p);
        std::vector<std::string> now;
        for (const QString &t : types()) now.push_back(t.toStdString());
        project_->setEntityTypes(now);
        project_->setTypeAliases(pairs);
    } catch (const std::exception &e) {
        status_->setText(tr("Cannot store the types: %1").arg(errorText(e)));
        return;
    }
    QDialog::accept();
}

}  // namespace mner::ui
