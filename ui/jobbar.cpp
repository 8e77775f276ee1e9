#include "jobbar.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace mner::ui {

JobBar::JobBar(const QString &accessibleName, const QString &stopText, QWidget *parent)
    : QWidget(parent), bar_(new QProgressBar(this)), stop_(new QPushButton(stopText, this)) {
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    bar_->setMaximumWidth(220);
    bar_->setAccessibleName(accessibleName);
    l->addWidget(bar_);
    l->addWidget(stop_);
    connect(stop_, &QPushButton::clicked, this, &JobBar::stopRequested);
    hide();
}

void JobBar::begin(const QString &text) {
    bar_->setMaximum(1);
    bar_->setValue(0);
    bar_->setFormat(text);
    show();
}

void JobBar::setProgress(int done, int total, const QString &format) {
    bar_->setMaximum(std::max(1, total));
    bar_->setValue(done);
    bar_->setFormat(format);
}

}  // namespace mner::ui
