#include "tweetlistpane.h"

#include "tweetlistmodel.h"

#include "store/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace mner::ui {

TweetListPane::TweetListPane(TweetListModel *model, QWidget *parent) : QWidget(parent), model_(model) {
    auto *ll = new QVBoxLayout(this);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("Filter by text"));
    search_->setAccessibleName(tr("Filter tweets by text"));
    split_ = new QComboBox(this);
    split_->setAccessibleName(tr("Filter by split"));
    status_ = new QComboBox(this);
    status_->setAccessibleName(tr("Filter by status"));
    status_->addItem(tr("any status"), -1);
    status_->addItem(tr("open"), 0);
    status_->addItem(tr("done"), 1);
    status_->addItem(tr("skipped"), 2);
    filters->addWidget(search_, 1);
    filters->addWidget(split_);
    filters->addWidget(status_);
    ll->addLayout(filters);
    list_ = new QTableView(this);
    list_->setObjectName("tweetList");
    list_->setAccessibleName(tr("Tweet list"));
    list_->setModel(model_);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setSortingEnabled(true);
    list_->sortByColumn(TweetListModel::Number, Qt::AscendingOrder);
    list_->verticalHeader()->hide();
    list_->verticalHeader()->setDefaultSectionSize(list_->fontMetrics().height() + 6);
    list_->horizontalHeader()->setStretchLastSection(true);
    list_->setWordWrap(false);
    list_->setAlternatingRowColors(true);
    list_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    list_->horizontalHeader()->setToolTip(tr("Right click: choose the columns"));
    connect(list_->horizontalHeader(), &QWidget::customContextMenuRequested, this, &TweetListPane::columnMenu);
    const QStringList hidden = QSettings()
                                   .value("list/hiddenColumns", QStringList{QString::number(TweetListModel::Split),
                                                                            QString::number(TweetListModel::Entities)})
                                   .toStringList();
    for (const QString &c : hidden) list_->setColumnHidden(c.toInt(), true);
    ll->addWidget(list_, 1);
    auto refilter = [this] {
        model_->setFilter(search_->text().trimmed(), split_->currentData().toString(), status_->currentData().toInt());
        if (model_->canFetchMore({})) model_->fetchMore({});
        Q_EMIT filtered();
    };
    connect(search_, &QLineEdit::textChanged, this, refilter);
    connect(split_, &QComboBox::currentIndexChanged, this, refilter);
    connect(status_, &QComboBox::currentIndexChanged, this, refilter);
}

void TweetListPane::setSplits(Project *project) {
    QSignalBlocker block(split_);
    split_->clear();
    split_->addItem(tr("all splits"), QString());
    if (project)
        for (const auto &sp : project->splits()) split_->addItem(QString::fromStdString(sp), QString::fromStdString(sp));
}

void TweetListPane::setColumnShown(int column, bool shown) {
    if (column == TweetListModel::Text || column < 0 || column >= TweetListModel::ColumnCount) return;  // the text stays
    list_->setColumnHidden(column, !shown);
    if (shown) list_->resizeColumnToContents(column);
    QStringList hidden;
    for (int c = 0; c < TweetListModel::ColumnCount; ++c)
        if (list_->isColumnHidden(c)) hidden << QString::number(c);
    QSettings().setValue("list/hiddenColumns", hidden);
}

void TweetListPane::columnMenu(const QPoint &pos) {
    QMenu menu(this);
    for (int c = 0; c < TweetListModel::ColumnCount; ++c) {
        if (c == TweetListModel::Text) continue;
        QAction *a = menu.addAction(model_->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!list_->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.exec(list_->horizontalHeader()->mapToGlobal(pos));
}

void TweetListPane::clearFilters() {
    search_->clear();
    split_->setCurrentIndex(0);
    status_->setCurrentIndex(0);
}

void TweetListPane::selectRow(int row) {
    model_->ensureLoaded(row);
    if (row < 0 || row >= model_->rowCount()) return;
    QModelIndex idx = model_->index(row, TweetListModel::Number);
    list_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list_->scrollTo(idx);
}

}  // namespace mner::ui
