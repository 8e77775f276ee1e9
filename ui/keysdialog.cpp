#include "keysdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mner::ui {

QList<KeyRow> keyRows(const QMenuBar *menus) {
    QList<KeyRow> rows;
    for (QAction *top : menus->actions()) {
        QMenu *menu = top->menu();
        if (!menu) continue;
        const QString menuName = top->text().remove('&');
        for (QAction *a : menu->actions()) {
            if (a->shortcuts().isEmpty() || !a->isVisible()) continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts()) keys << k.toString(QKeySequence::NativeText);
            const QString scope =
                a->shortcutContext() == Qt::WidgetWithChildrenShortcut
                    ? (a->associatedObjects().size() > 2 ? KeysDialog::tr("tweet view and list") : KeysDialog::tr("tweet view"))
                    : KeysDialog::tr("anywhere in the window");
            rows.push_back({keys.join(QStringLiteral(", ")), a->text().remove('&').remove(QStringLiteral("…")), menuName, scope});
        }
    }
    const QString view = KeysDialog::tr("tweet view");
    rows.push_back({KeysDialog::tr("Left, Right"), KeysDialog::tr("Previous, next token"), QString(), view});
    rows.push_back({KeysDialog::tr("Up, Down"), KeysDialog::tr("Token on the line above, below"), QString(), view});
    rows.push_back({KeysDialog::tr("Home, End"), KeysDialog::tr("First, last token"), QString(), view});
    rows.push_back({KeysDialog::tr("Shift + any of these"), KeysDialog::tr("Extend the selection"), QString(), view});
    return rows;
}

QString keyRowsMarkdown(const QList<KeyRow> &rows) {
    QString out = QStringLiteral("| key | does | menu | acts in |\n| --- | --- | --- | --- |\n");
    for (const KeyRow &k : rows) out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(k.keys, k.action, k.menu, k.scope);
    return out;
}

KeysDialog::KeysDialog(const QList<KeyRow> &rows, QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Keys"));
    setObjectName("keysDialog");
    auto *lay = new QVBoxLayout(this);
    table_ = new QTableWidget(int(rows.size()), 4, this);
    table_->setAccessibleName(tr("Keys"));
    table_->setHorizontalHeaderLabels({tr("Key"), tr("Does"), tr("Menu"), tr("Acts in")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        const KeyRow &k = rows[r];
        const QStringList cells{k.keys, k.action, k.menu, k.scope};
        for (int c = 0; c < 4; ++c) table_->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
    lay->addWidget(table_, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
    resize(640, 520);
}

}  // namespace mner::ui
