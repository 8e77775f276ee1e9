#include "errorbrowser.h"
#include "errortext.h"
#include "pagedreader.h"

#include "eval/errors.h"
#include "store/project.h"
#include "widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QAbstractTableModel>
#include <QHash>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

namespace mner::ui {

// Every span of the reference and the model layers, compact (a few dozen bytes a row: a
// million tweets' spans stay in memory), filtered and sorted here on integers rather than by a
// proxy asking every row for strings. Rows of a tweet that changed are marked dead and left
// until the next reading.
class ErrorTable : public QAbstractTableModel {
public:
    struct Row {
        int64_t tweet;
        uint32_t text;  // index into texts_
        uint16_t goldType, predType;  // index into types_ (0: none)
        uint16_t goldBegin, goldEnd, predBegin, predEnd;
        uint8_t model, kind;
        bool dead;
    };
    ErrorTable(QObject *parent) : QAbstractTableModel(parent) { clear(); }
    Project *project = nullptr;
    QStringList models;
    // the filter: kind name ("": every error, i.e. all but correct), type, model, text
    QString kind, type, model, text;

    void clear() {
        beginResetModel();
        rows_.clear();
        sortedEnd_ = 0;
        visible_.clear();
        types_ = {QString()};
        typeIds_.clear();
        texts_.clear();
        textIds_.clear();
        extIds_.clear();
        sortColumn_ = -1;
        endResetModel();
    }
    // Appends a tweet's spans for one model; the visible ones show at the end.
    void append(int64_t id, const std::vector<std::string> &ref, uint8_t modelIndex, const std::vector<std::string> &pred,
                const std::vector<std::string> &words) {
        if (ref.size() != pred.size()) return;
        const size_t first = rows_.size();
        for (const SpanError &e : classifySpans(spansOf(ref), spansOf(pred))) {
            const Span &where = e.goldIndex >= 0 ? e.gold : e.pred;
            std::string t;
            for (int k = where.begin; k < where.end && k < int(words.size()); ++k) t += (k > where.begin ? " " : "") + words[size_t(k)];
            Row r{id,
                  intern(texts_, textIds_, QString::fromStdString(t)),
                  uint16_t(e.goldIndex >= 0 ? intern(types_, typeIds_, QString::fromStdString(e.gold.type)) : 0),
                  uint16_t(e.predIndex >= 0 ? intern(types_, typeIds_, QString::fromStdString(e.pred.type)) : 0),
                  uint16_t(e.gold.begin),
                  uint16_t(e.gold.end),
                  uint16_t(e.pred.begin),
                  uint16_t(e.pred.end),
                  modelIndex,
                  uint8_t(e.kind),
                  false};
            rows_.push_back(r);
        }
        // rows in tweet order (as the reading appends them) are found by binary search
        if (sortedEnd_ == first && (first == 0 || rows_[first - 1].tweet <= id)) sortedEnd_ = rows_.size();
        std::vector<uint32_t> shown;
        const Filter f = filter();
        for (size_t i = first; i < rows_.size(); ++i)
            if (f.accepts(rows_[i])) shown.push_back(uint32_t(i));
        if (shown.empty()) return;
        if (sortColumn_ < 0) {  // import order: at the end
            beginInsertRows({}, int(visible_.size()), int(visible_.size() + shown.size()) - 1);
            visible_.insert(visible_.end(), shown.begin(), shown.end());
            endInsertRows();
            return;
        }
        if (shown.size() > 16) {  // many (the reading): at the end, then merged into the order
            const size_t old = visible_.size();
            beginInsertRows({}, int(old), int(old + shown.size()) - 1);
            visible_.insert(visible_.end(), shown.begin(), shown.end());
            endInsertRows();
            Q_EMIT layoutAboutToBeChanged();
            std::stable_sort(visible_.begin() + long(old), visible_.end(), less());
            std::inplace_merge(visible_.begin(), visible_.begin() + long(old), visible_.end(), less());
            Q_EMIT layoutChanged();
            return;
        }
        for (uint32_t i : shown) {  // sorted: each where it belongs
            auto at = std::upper_bound(visible_.begin(), visible_.end(), i, less());
            const int pos = int(at - visible_.begin());
            beginInsertRows({}, pos, pos);
            visible_.insert(at, i);
            endInsertRows();
        }
    }
    // A tweet's rows leave the table (its new ones are appended).
    void removeTweet(int64_t id) {
        // its rows: a range of the ordered part, and any appended after it
        auto byTweet = [](const Row &r, int64_t t) { return r.tweet < t; };
        const auto lo = std::lower_bound(rows_.begin(), rows_.begin() + long(sortedEnd_), id, byTweet);
        uint32_t from = uint32_t(lo - rows_.begin()), to = from;
        while (to < sortedEnd_ && rows_[to].tweet == id) rows_[to++].dead = true;
        std::vector<uint32_t> tail;
        for (size_t i = sortedEnd_; i < rows_.size(); ++i)
            if (rows_[i].tweet == id && !rows_[i].dead) {
                rows_[i].dead = true;
                tail.push_back(uint32_t(i));
            }
        if (from == to && tail.empty()) return;
        auto gone = [&](uint32_t i) { return (i >= from && i < to) || std::find(tail.begin(), tail.end(), i) != tail.end(); };
        for (int v = int(visible_.size()) - 1; v >= 0; --v)
            if (gone(visible_[size_t(v)])) {
                int last = v;
                while (v > 0 && gone(visible_[size_t(v - 1)])) --v;
                beginRemoveRows({}, v, last);
                visible_.erase(visible_.begin() + v, visible_.begin() + last + 1);
                endRemoveRows();
            }
    }
    void applyFilter() {
        beginResetModel();
        visible_.clear();
        const Filter f = filter();
        for (size_t i = 0; i < rows_.size(); ++i)
            if (f.accepts(rows_[i])) visible_.push_back(uint32_t(i));
        if (sortColumn_ >= 0) std::stable_sort(visible_.begin(), visible_.end(), less());
        endResetModel();
    }
    const Row *row(int r) const { return r >= 0 && size_t(r) < visible_.size() ? &rows_[visible_[size_t(r)]] : nullptr; }
    QString typeName(uint16_t i) const { return types_[i]; }
    QStringList typeNames() const { return QStringList(types_.begin() + 1, types_.end()); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(visible_.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ErrorBrowser::ColumnCount; }
    QVariant headerData(int section, Qt::Orientation o, int role) const override {
        if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
        switch (section) {
        case ErrorBrowser::TweetCol: return ErrorBrowser::tr("Tweet");
        case ErrorBrowser::ModelCol: return ErrorBrowser::tr("Model");
        case ErrorBrowser::KindCol: return ErrorBrowser::tr("Kind");
        case ErrorBrowser::GoldCol: return ErrorBrowser::tr("Reference");
        case ErrorBrowser::PredCol: return ErrorBrowser::tr("Predicted");
        case ErrorBrowser::TextCol: return ErrorBrowser::tr("Text");
        }
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override {
        const Row *r = row(index.row());
        if (!r) return {};
        const bool gold = r->goldType != 0;  // where the row points: the reference's span, else the prediction's
        switch (role) {
        case ErrorBrowser::TweetIdRole: return QVariant::fromValue<qlonglong>(r->tweet);
        case ErrorBrowser::BeginRole: return gold ? r->goldBegin : r->predBegin;
        case ErrorBrowser::EndRole: return gold ? r->goldEnd : r->predEnd;
        case ErrorBrowser::KindRole: return QString::fromLatin1(errorKindName(ErrorKind(r->kind)));
        case Qt::DisplayRole:
        case Qt::ToolTipRole: break;
        default: return {};
        }
        auto describe = [&](uint16_t type, int b, int e) {
            return type ? QStringLiteral("%1 %2–%3").arg(types_[type]).arg(b + 1).arg(e) : QString();
        };
        switch (index.column()) {
        case ErrorBrowser::TweetCol: return extId(r->tweet);
        case ErrorBrowser::ModelCol: return models.value(r->model);
        case ErrorBrowser::KindCol: return errorKindText(ErrorKind(r->kind));
        case ErrorBrowser::GoldCol: return describe(r->goldType, r->goldBegin, r->goldEnd);
        case ErrorBrowser::PredCol: return describe(r->predType, r->predBegin, r->predEnd);
        case ErrorBrowser::TextCol: return texts_[r->text];
        }
        return {};
    }
    void sort(int column, Qt::SortOrder order) override {
        sortColumn_ = column;
        sortOrder_ = order;
        Q_EMIT layoutAboutToBeChanged();
        if (column == ErrorBrowser::TweetCol) rankTweets();
        if (column == ErrorBrowser::TextCol) rankTexts();
        std::stable_sort(visible_.begin(), visible_.end(), less());
        Q_EMIT layoutChanged();
    }

private:
    struct Filter {
        int kind = -1;  // -1: every error
        int type = -1, model = -1;
        std::vector<bool> text;  // per interned text: contains the search (empty: no search)
        bool accepts(const Row &r) const {
            if (r.dead) return false;
            if (kind < 0 ? ErrorKind(r.kind) == ErrorKind::Correct : r.kind != kind) return false;
            if (model >= 0 && r.model != model) return false;
            if (type >= 0 && r.goldType != type && r.predType != type) return false;
            return text.empty() || text[r.text];
        }
    };
    Filter filter() const {
        Filter f;
        for (int k = 0; k < kErrorKinds; ++k)
            if (kind == QLatin1String(errorKindName(ErrorKind(k)))) f.kind = k;
        if (!type.isEmpty()) f.type = typeIds_.value(type, -2);
        if (!model.isEmpty()) f.model = int(models.indexOf(model));
        if (!model.isEmpty() && f.model < 0) f.model = 1 << 20;  // a model not read: nothing
        if (!text.isEmpty()) {
            f.text.resize(texts_.size());
            for (size_t i = 0; i < texts_.size(); ++i) f.text[i] = texts_[i].contains(text, Qt::CaseInsensitive);
        }
        return f;
    }
    template <class Ids>
    static uint32_t intern(std::vector<QString> &names, Ids &ids, const QString &s) {
        auto it = ids.constFind(s);
        if (it != ids.constEnd()) return uint32_t(*it);
        names.push_back(s);
        ids.insert(s, typename Ids::mapped_type(names.size() - 1));
        return uint32_t(names.size() - 1);
    }
    // the tweet's id as imported, read when shown (a handful of rows at a time) and remembered
    QString extId(int64_t tweet) const {
        auto it = extIds_.find(tweet);
        if (it != extIds_.end()) return it->second;
        if (extIds_.size() > 100000) extIds_.clear();
        QString s;
        if (project) try {
                auto rows = project->tweetRows({tweet}, {});
                if (!rows.empty()) s = QString::fromStdString(rows[0].extId);
            } catch (const std::exception &) {
                return {};  // not now (a server out of reach); asked again when redrawn
            }
        return extIds_[tweet] = s;
    }
    // tweet ids as imported rank numbers first, as numbers (9975 before 1001621), then as text
    void rankTweets() {
        tweetRank_.clear();
        std::vector<int64_t> ids;
        for (uint32_t i : visible_) ids.push_back(rows_[i].tweet);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::vector<std::pair<QString, int64_t>> named;
        if (project) try {
                for (const TweetRow &t : project->tweetRows(ids, {})) named.emplace_back(QString::fromStdString(t.extId), t.id);
            } catch (const std::exception &) {
            }
        std::stable_sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
            bool na = false, nb = false;
            const qlonglong x = a.first.toLongLong(&na), y = b.first.toLongLong(&nb);
            if (na && nb && x != y) return x < y;
            if (na != nb) return na;
            return a.first < b.first;
        });
        for (size_t k = 0; k < named.size(); ++k) tweetRank_[named[k].second] = int64_t(k);
    }
    void rankTexts() {
        std::vector<uint32_t> order(texts_.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = uint32_t(i);
        std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return texts_[a].localeAwareCompare(texts_[b]) < 0; });
        textRank_.assign(texts_.size(), 0);
        for (size_t k = 0; k < order.size(); ++k) textRank_[order[k]] = uint32_t(k);
    }
    std::function<bool(uint32_t, uint32_t)> less() const {
        const int c = sortColumn_;
        const bool down = sortOrder_ == Qt::DescendingOrder;
        return [this, c, down](uint32_t ia, uint32_t ib) {
            const Row &a = rows_[ia], &b = rows_[ib];
            int cmp = 0;  // a against b in the column
            auto three = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
            auto rank = [&](int64_t tweet) {
                auto it = tweetRank_.find(tweet);
                return it == tweetRank_.end() ? INT64_MAX : it->second;
            };
            auto textRank = [&](uint32_t t) { return size_t(t) < textRank_.size() ? int64_t(textRank_[t]) : INT64_MAX; };
            switch (c) {
            case ErrorBrowser::TweetCol: cmp = three(rank(a.tweet), rank(b.tweet)); break;
            case ErrorBrowser::ModelCol: cmp = three(a.model, b.model); break;
            case ErrorBrowser::KindCol: cmp = three(a.kind, b.kind); break;
            case ErrorBrowser::GoldCol:  // as shown: by type name (none first), then where
                cmp = types_[a.goldType].compare(types_[b.goldType]);
                if (!cmp) cmp = three(a.goldBegin, b.goldBegin);
                break;
            case ErrorBrowser::PredCol:
                cmp = types_[a.predType].compare(types_[b.predType]);
                if (!cmp) cmp = three(a.predBegin, b.predBegin);
                break;
            case ErrorBrowser::TextCol: cmp = three(textRank(a.text), textRank(b.text)); break;
            }
            if (cmp) return down ? cmp > 0 : cmp < 0;
            return ia < ib;
        };
    }
    std::vector<Row> rows_;
    size_t sortedEnd_ = 0;  // rows_[0, sortedEnd_) are in tweet order
    std::vector<uint32_t> visible_;
    std::vector<QString> types_, texts_;
    QHash<QString, int> typeIds_;
    QHash<QString, uint32_t> textIds_;
    mutable std::unordered_map<int64_t, QString> extIds_;
    std::unordered_map<int64_t, int64_t> tweetRank_;
    std::vector<uint32_t> textRank_;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
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
    rows_ = new ErrorTable(this);
    reader_ = new PagedReader(this);
    table_ = new QTableView(this);
    table_->setModel(rows_);
    // unsorted until a header is clicked: rows in the project's order as the reading brings them
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
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
    reader_->stop();
    project_ = p;
    rows_->project = p;
    refresh();
}

int ErrorBrowser::rowCount() const { return rows_->rowCount(); }

bool ErrorBrowser::reading() const { return reader_->running(); }

void ErrorBrowser::finishReading() { reader_->finish(); }

void ErrorBrowser::setKindFilter(const QString &kind) {
    int i = kind_->findData(kind);
    kind_->setCurrentIndex(i < 0 ? 0 : i);
}

void ErrorBrowser::activateRow(int row) {
    QModelIndex i = rows_->index(row, 0);
    if (!i.isValid()) return;
    Q_EMIT openSpan(i.data(TweetIdRole).toLongLong(), i.data(BeginRole).toInt(), i.data(EndRole).toInt());
}

void ErrorBrowser::showCount() {
    count_->setText(reader_->running() ? tr("%n row(s), reading…", nullptr, rows_->rowCount())
                                       : tr("%n row(s)", nullptr, rows_->rowCount()));
}

void ErrorBrowser::applyFilter() {
    rows_->kind = kind_->currentData().toString();
    rows_->type = type_->currentData().toString();
    rows_->model = model_->currentData().toString();
    rows_->text = search_->text().trimmed();
    rows_->applyFilter();
    showCount();
}

// The types met so far in the type filter.
void ErrorBrowser::addTypes() {
    QSignalBlocker block(type_);
    for (const QString &t : rows_->typeNames())
        if (type_->findData(t) < 0) type_->addItem(t, t);
}

void ErrorBrowser::tweetChanged(int64_t id) {
    if (!project_ || !reader_->covers(id)) return;  // a tweet the reading has not reached is read there
    try {
        // this tweet's rows go, its new ones come: the other tweets are not read again
        rows_->removeTweet(id);
        const std::vector<std::string> ref = project_->labels(reference_->currentText().toStdString(), id);
        const std::vector<std::string> words = project_->allWords(id, id)[id];
        for (int m = 0; m < rows_->models.size(); ++m)
            rows_->append(id, ref, uint8_t(m), project_->labels(rows_->models[m].toStdString(), id), words);
    } catch (const std::exception &e) {
        count_->setText(errorText(e));
        return;
    }
    addTypes();
    showCount();
}

void ErrorBrowser::refresh() {
    reader_->stop();
    rows_->clear();
    rows_->models.clear();
    QString keepModel = model_->currentData().toString(), keepType = type_->currentData().toString();
    {
        QSignalBlocker b1(model_), b2(type_);
        model_->clear();
        type_->clear();
        model_->addItem(tr("all models"), QString());
        type_->addItem(tr("all types"), QString());
        if (project_) try {
                for (const LayerInfo &l : project_->layerList())
                    if (l.kind == "model" && rows_->models.size() < 255) {
                        const QString name = QString::fromStdString(l.name);
                        rows_->models << name;
                        model_->addItem(name, name);
                    }
            } catch (const std::exception &e) { count_->setText(errorText(e)); }
        model_->setCurrentIndex(std::max(0, model_->findData(keepModel)));
        // the type is kept until the reading shows whether it is still there
        if (!keepType.isEmpty()) type_->addItem(keepType, keepType);
        type_->setCurrentIndex(std::max(0, type_->findData(keepType)));
    }
    rows_->kind = kind_->currentData().toString();
    rows_->type = type_->currentData().toString();
    rows_->model = model_->currentData().toString();
    rows_->text = search_->text().trimmed();
    if (!project_ || rows_->models.isEmpty()) {
        showCount();
        return;
    }
    const std::string reference = reference_->currentText().toStdString();
    // a page of tweets at a time: the first page shows at once, the rest fill in between events
    bool sized = false;
    reader_->start(
        project_,
        [this, reference, sized](const std::vector<int64_t> &ids) mutable {
            auto ref = project_->layerTags(reference, ids.front(), ids.back());
            auto words = project_->allWords(ids.front(), ids.back());
            std::vector<std::map<int64_t, std::vector<std::string>>> preds;
            for (const QString &m : rows_->models) preds.push_back(project_->layerTags(m.toStdString(), ids.front(), ids.back()));
            // tweet by tweet, each tweet's models together: the rows stay in tweet order
            for (const auto &[id, r] : ref)
                for (size_t m = 0; m < preds.size(); ++m)
                    if (auto p = preds[m].find(id); p != preds[m].end()) rows_->append(id, r, uint8_t(m), p->second, words[id]);
            addTypes();
            showCount();
            if (!sized && rows_->rowCount() > 0) {
                sized = true;
                table_->resizeColumnsToContents();
            }
        },
        [this] { showCount(); }, [this](const std::string &what) { count_->setText(QString::fromStdString(what)); });
}

}  // namespace mner::ui
