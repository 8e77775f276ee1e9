#include "scorespanel.h"

#include "eval/conlleval.h"
#include "eval/errors.h"
#include "store/project.h"
#include "widgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <set>

namespace mner::ui {

ScoresPanel::ScoresPanel(QWidget *parent) : QWidget(parent) {
    setAccessibleName(tr("Scores"));
    auto *lay = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    reference_ = referenceLayerCombo(this);
    model_ = new QComboBox(this);
    model_->setAccessibleName(tr("Model for the confusion matrix"));
    bar->addWidget(new QLabel(tr("Reference:"), this));
    bar->addWidget(reference_);
    bar->addStretch(1);
    lay->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal, this);  // side by side: the panel is a strip under the tweet
    scores_ = new QTableWidget(this);
    scores_->setAccessibleName(tr("Scores per model and type"));
    scores_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    scores_->verticalHeader()->hide();
    auto *confBox = new QWidget(this);
    auto *cl = new QVBoxLayout(confBox);
    cl->setContentsMargins(0, 0, 0, 0);
    auto *ch = new QHBoxLayout;
    ch->addWidget(new QLabel(tr("Confusion of types for"), confBox));
    ch->addWidget(model_);
    ch->addStretch(1);
    cl->addLayout(ch);
    confusion_ = new QTableWidget(confBox);
    confusion_->setAccessibleName(tr("Confusion matrix"));
    confusion_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cl->addWidget(confusion_);
    chartHolder_ = new QWidget(this);
    chartHolder_->setLayout(new QVBoxLayout);
    chartHolder_->layout()->setContentsMargins(0, 0, 0, 0);
    split->addWidget(scores_);
    split->addWidget(confBox);
    split->addWidget(chartHolder_);
    lay->addWidget(split, 1);
    connect(reference_, &QComboBox::currentIndexChanged, this, &ScoresPanel::refresh);
    connect(model_, &QComboBox::currentIndexChanged, this, &ScoresPanel::refreshConfusion);
}

void ScoresPanel::setProject(Project *p) {
    project_ = p;
    refresh();
}

void ScoresPanel::refresh() {
    scores_->clear();
    model_->blockSignals(true);
    QString keep = model_->currentText();
    model_->clear();
    if (!project_) {
        model_->blockSignals(false);
        return;
    }
    auto ref = project_->layerTags(reference_->currentText().toStdString());
    QStringList headers{tr("Model"), tr("Type"), tr("Precision"), tr("Recall"), tr("F1"), tr("Found"), tr("In reference")};
    scores_->setColumnCount(headers.size());
    scores_->setHorizontalHeaderLabels(headers);
    scores_->setRowCount(0);
    QStringList categories;
    std::vector<std::pair<QString, std::map<std::string, double>>> f1s;
    for (const LayerInfo &l : project_->layerList()) {
        if (l.kind != "model") continue;
        QString name = QString::fromStdString(l.name);
        model_->addItem(name);
        ConllEval ev;
        int n = 0;
        for (const auto &[id, pred] : project_->layerTags(l.name)) {
            auto r = ref.find(id);
            if (r == ref.end() || r->second.size() != pred.size()) continue;
            ev.add(r->second, pred);
            ++n;
        }
        if (!n) continue;
        Scores s = ev.finish();
        std::map<std::string, double> f;
        auto addRow = [&](const QString &type, const TypeScore &t) {
            int row = scores_->rowCount();
            scores_->insertRow(row);
            QStringList cells{name,
                              type,
                              QString::number(t.precision(), 'f', 2),
                              QString::number(t.recall(), 'f', 2),
                              QString::number(t.f1(), 'f', 2),
                              QString::number(t.found),
                              QString::number(t.gold)};
            for (int c = 0; c < cells.size(); ++c) scores_->setItem(row, c, new QTableWidgetItem(cells[c]));
        };
        addRow(tr("all"), s.all);
        f["all"] = s.all.f1();
        for (const auto &[type, t] : s.byType) {
            addRow(QString::fromStdString(type), t);
            f[type] = t.f1();
            if (!categories.contains(QString::fromStdString(type))) categories << QString::fromStdString(type);
        }
        f1s.emplace_back(name, f);
    }
    scores_->resizeColumnsToContents();
    int i = model_->findText(keep);
    model_->setCurrentIndex(i < 0 ? 0 : i);
    model_->blockSignals(false);
    refreshConfusion();

    // F1 per type, one bar per model
    QLayoutItem *old;
    while ((old = chartHolder_->layout()->takeAt(0))) {
        delete old->widget();
        delete old;
    }
    categories.sort();
    categories.prepend(tr("all"));
    auto *series = new QBarSeries;
    for (const auto &[name, f] : f1s) {
        auto *set = new QBarSet(name);
        for (const QString &c : categories) {
            auto it = f.find(c == tr("all") ? "all" : c.toStdString());
            *set << (it == f.end() ? 0.0 : it->second);
        }
        series->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("F1 by type"));
    auto *ax = new QBarCategoryAxis;
    ax->append(categories);
    chart->addAxis(ax, Qt::AlignBottom);
    series->attachAxis(ax);
    auto *ay = new QValueAxis;
    ay->setRange(0, 100);
    chart->addAxis(ay, Qt::AlignLeft);
    series->attachAxis(ay);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 120);
    view->setAccessibleName(tr("F1 chart"));
    chartHolder_->layout()->addWidget(view);
}

void ScoresPanel::refreshConfusion() {
    confusion_->clear();
    if (!project_ || model_->currentText().isEmpty()) {
        confusion_->setRowCount(0);
        confusion_->setColumnCount(0);
        return;
    }
    auto ref = project_->layerTags(reference_->currentText().toStdString());
    std::map<std::pair<std::string, std::string>, int> counts;  // (reference type, predicted type)
    std::set<std::string> types;
    for (const auto &[id, pred] : project_->layerTags(model_->currentText().toStdString())) {
        auto r = ref.find(id);
        if (r == ref.end() || r->second.size() != pred.size()) continue;
        for (const SpanError &e : classifySpans(spansOf(r->second), spansOf(pred))) {
            std::string g = e.goldIndex >= 0 ? e.gold.type : "O", p = e.predIndex >= 0 ? e.pred.type : "O";
            counts[{g, p}]++;
            if (g != "O") types.insert(g);
            if (p != "O") types.insert(p);
        }
    }
    QStringList labels;
    for (const auto &t : types) labels << QString::fromStdString(t);
    labels << QStringLiteral("O");
    confusion_->setRowCount(labels.size());
    confusion_->setColumnCount(labels.size());
    QStringList rowLabels, colLabels;
    for (const QString &l : labels) {
        rowLabels << tr("ref %1").arg(l);
        colLabels << tr("pred %1").arg(l);
    }
    confusion_->setVerticalHeaderLabels(rowLabels);
    confusion_->setHorizontalHeaderLabels(colLabels);
    for (int r = 0; r < labels.size(); ++r)
        for (int c = 0; c < labels.size(); ++c) {
            int n = counts[{labels[r].toStdString(), labels[c].toStdString()}];
            auto *item = new QTableWidgetItem(r == c && labels[r] == "O" ? QString() : QString::number(n));
            item->setTextAlignment(Qt::AlignCenter);
            if (r == c && n)
                item->setBackground(QColor(0, 158, 115, 60));
            else if (n)
                item->setBackground(QColor(213, 94, 0, std::min(200, 30 + n * 10)));
            confusion_->setItem(r, c, item);
        }
    confusion_->resizeColumnsToContents();
}

}  // namespace mner::ui
