#include "errorbrowser.h"
#include "errortext.h"

#include "eval/errors.h"
#include "store/project.h"
#include "widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mner::ui {

class ErrorFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString kind, type, model, text;
    void changed() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        auto cell = [&](int c) { return sourceModel()->index(row, c, parent).data().toString(); };
        const QString k = sourceModel()->index(row, ErrorBrowser::KindCol, parent).data(ErrorBrowser::KindRole).toString();
        if (!kind.isEmpty() && k != kind) return false;
        if (kind.isEmpty() && k == QLatin1String("correct")) return false;
        if (!model.isEmpty() && cell(ErrorBrowser::ModelCol) != model) return false;
        if (!type.isEmpty() && !cell(ErrorBrowser::GoldCol).startsWith(type + ' ') &&
            !cell(ErrorBrowser::PredCol).startsWith(type + ' '))
            return false;
        if (!text.isEmpty() && !cell(ErrorBrowser::TextCol).contains(text, Qt::CaseInsensitive)) return false;
        return true;
    }
    // Tweet ids sort as numbers where they are numbers (9975 before 1001621), then by text.
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override {
        if (a.column() == ErrorBrowser::TweetCol) {
            bool na = false, nb = false;
            const qlonglong x = a.data().toLongLong(&na), y = b.data().toLongLong(&nb);
            if (na && nb && x != y) return x < y;
            if (na != nb) return na;  // numbers first
        }
        return QSortFilterProxyModel::lessThan(a, b);
    }
};

QString errorKindText(ErrorKind k) {
    switch (k) {
    case ErrorKind::Correct: return ErrorBrowser::tr("correct");
    case ErrorKind::WrongType: return ErrorBrowser::tr("wrong type");
    case ErrorKind::WrongBoundary: return ErrorBrowser::tr("wrong boundary");
    case ErrorKind::WrongTypeAndBoundary: return ErrorBrowser::tr("wrong type and boundary");
    case ErrorKind::Missed: return ErrorBrowser::tr("missed");
    case ErrorKind::Spurious: return ErrorBrowser::tr("spurious");
    }
    return QStringLiteral("?");
}

ErrorBrowser::ErrorBrowser(QWidget *parent) : QWidget(parent) {
    setAccessibleName(tr("Error browser"));
    auto *lay = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    reference_ = referenceLayerCombo(this);
    model_ = new QComboBox(this);
    model_->setAccessibleName(tr("Model layer"));
    kind_ = new QComboBox(this);
    kind_->setAccessibleName(tr("Error kind"));
    kind_->addItem(tr("all errors"), QString());
    for (int k = 0; k < kErrorKinds; ++k) kind_->addItem(errorKindText(ErrorKind(k)), QString(errorKindName(ErrorKind(k))));
    type_ = new QComboBox(this);
    type_->setAccessibleName(tr("Entity type"));
    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("search text"));
    search_->setAccessibleName(tr("Search errors"));
    count_ = new QLabel(this);
    bar->addWidget(new QLabel(tr("Reference:"), this));
    bar->addWidget(reference_);
    bar->addWidget(model_);
    bar->addWidget(kind_);
    bar->addWidget(type_);
    bar->addWidget(search_, 1);
    bar->addWidget(count_);
    lay->addLayout(bar);
    items_ = new QStandardItemModel(0, ColumnCount, this);
    items_->setHorizontalHeaderLabels({tr("Tweet"), tr("Model"), tr("Kind"), tr("Reference"), tr("Predicted"), tr("Text")});
    filter_ = new ErrorFilter(this);
    filter_->setSourceModel(items_);
    table_ = new QTableView(this);
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAccessibleName(tr("Errors"));
    lay->addWidget(table_, 1);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(reference_, &QComboBox::currentIndexChanged, this, &ErrorBrowser::refresh);
    for (QComboBox *c : {kind_, type_, model_}) connect(c, &QComboBox::currentIndexChanged, this, &ErrorBrowser::applyFilter);
    connect(search_, &QLineEdit::textChanged, this, &ErrorBrowser::applyFilter);
}

void ErrorBrowser::setProject(Project *p) {
    project_ = p;
    refresh();
}

int ErrorBrowser::rowCount() const { return filter_->rowCount(); }

void ErrorBrowser::setKindFilter(const QString &kind) {
    int i = kind_->findData(kind);
    kind_->setCurrentIndex(i < 0 ? 0 : i);
}

void ErrorBrowser::activateRow(int row) {
    QModelIndex i = filter_->index(row, 0);
    if (!i.isValid()) return;
    Q_EMIT openSpan(i.data(TweetIdRole).toLongLong(), i.data(BeginRole).toInt(), i.data(EndRole).toInt());
}

void ErrorBrowser::applyFilter() {
    filter_->kind = kind_->currentData().toString();
    filter_->type = type_->currentData().toString();
    filter_->model = model_->currentData().toString();
    filter_->text = search_->text().trimmed();
    filter_->changed();
    count_->setText(tr("%n row(s)", nullptr, filter_->rowCount()));
}

void ErrorBrowser::appendRows(int64_t id, const std::vector<std::string> &ref, const QString &model,
                              const std::vector<std::string> &pred, const std::vector<std::string> &words, const QString &extId) {
    if (ref.size() != pred.size()) return;
    auto spanText = [&](const Span &s) {
        std::string t;
        for (int k = s.begin; k < s.end && k < int(words.size()); ++k) t += (k > s.begin ? " " : "") + words[size_t(k)];
        return QString::fromStdString(t);
    };
    auto describe = [](const Span &s, bool present) {
        return present ? QStringLiteral("%1 %2–%3").arg(QString::fromStdString(s.type)).arg(s.begin + 1).arg(s.end) : QString();
    };
    for (const SpanError &e : classifySpans(spansOf(ref), spansOf(pred))) {
        const Span &where = e.goldIndex >= 0 ? e.gold : e.pred;
        QList<QStandardItem *> row;
        auto *first = new QStandardItem(extId);
        first->setData(QVariant::fromValue<qlonglong>(id), TweetIdRole);
        first->setData(where.begin, BeginRole);
        first->setData(where.end, EndRole);
        auto *kind = new QStandardItem(errorKindText(e.kind));
        kind->setData(QString::fromLatin1(errorKindName(e.kind)), KindRole);
        row << first << new QStandardItem(model) << kind << new QStandardItem(describe(e.gold, e.goldIndex >= 0))
            << new QStandardItem(describe(e.pred, e.predIndex >= 0)) << new QStandardItem(spanText(where));
        items_->appendRow(row);
        const QString t = QString::fromStdString(e.type());
        if (type_->findData(t) < 0) {
            QSignalBlocker block(type_);
            type_->addItem(t, t);
        }
    }
}

void ErrorBrowser::tweetChanged(int64_t id) {
    if (!project_) return;
    try {
        // this tweet's rows go, its new ones come: the other tweets are not read again
        for (int r = items_->rowCount() - 1; r >= 0; --r)
            if (items_->item(r, TweetCol)->data(TweetIdRole).toLongLong() == id) items_->removeRow(r);
        const std::vector<std::string> ref = project_->labels(reference_->currentText().toStdString(), id);
        const TweetRecord t = project_->tweet(id);
        std::vector<std::string> words;
        for (const Token &tok : t.tweet.tokens) words.push_back(tok.text);
        for (const QString &model : models_)
            appendRows(id, ref, model, project_->labels(model.toStdString(), id), words, QString::fromStdString(t.tweet.id));
    } catch (const std::exception &e) {
        count_->setText(errorText(e));
        return;
    }
    // the proxy filters and sorts the new rows itself (dynamic sort and filter): no full re-filter
    count_->setText(tr("%n row(s)", nullptr, filter_->rowCount()));
}

void ErrorBrowser::refresh() {
    items_->removeRows(0, items_->rowCount());
    models_.clear();
    QString keepModel = model_->currentData().toString(), keepType = type_->currentData().toString();
    model_->blockSignals(true);
    type_->blockSignals(true);
    model_->clear();
    type_->clear();
    model_->addItem(tr("all models"), QString());
    type_->addItem(tr("all types"), QString());
    if (!project_) {
        model_->blockSignals(false);
        type_->blockSignals(false);
        return;
    }
    try {
        auto ref = project_->layerTags(reference_->currentText().toStdString());
        auto words = project_->allWords();
        std::map<int64_t, QString> extIds;
        for (const auto &s : project_->tweets(0, 1 << 30)) extIds[s.id] = QString::fromStdString(s.extId);
        for (const LayerInfo &l : project_->layerList()) {
            if (l.kind != "model") continue;
            QString name = QString::fromStdString(l.name);
            models_ << name;
            model_->addItem(name, name);
            for (const auto &[id, pred] : project_->layerTags(l.name)) {
                auto r = ref.find(id);
                if (r != ref.end()) appendRows(id, r->second, name, pred, words[id], extIds[id]);
            }
        }
    } catch (const std::exception &e) { count_->setText(errorText(e)); }
    model_->setCurrentIndex(std::max(0, model_->findData(keepModel)));
    type_->setCurrentIndex(std::max(0, type_->findData(keepType)));
    model_->blockSignals(false);
    type_->blockSignals(false);
    applyFilter();
    table_->resizeColumnsToContents();
}

}  // namespace mner::ui
