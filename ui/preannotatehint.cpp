#include "preannotatehint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mner::ui {

PreAnnotateHint::PreAnnotateHint(QWidget *parent) : QFrame(parent) {
    setObjectName("preannotateHint");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(8, 4, 8, 4);
    text_ = new QLabel(this);
    text_->setWordWrap(true);  // fits a narrow window: the text wraps, the buttons stay
    run_ = new QPushButton(this);
    later_ = new QPushButton(tr("Not now"), this);
    // the bar is not in the way of the labelling keys: its buttons take the focus only when clicked
    run_->setFocusPolicy(Qt::ClickFocus);
    later_->setFocusPolicy(Qt::ClickFocus);
    lay->addWidget(text_, 1);
    lay->addWidget(run_);
    lay->addWidget(later_);
    connect(run_, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT runRequested();
    });
    connect(later_, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void PreAnnotateHint::offer(const QString &modelLabel) {
    text_->setText(tr("No model has pre-annotated this project yet. %1 can label every tweet in the background; "
                      "you then correct its spans instead of typing them.")
                       .arg(modelLabel));
    run_->setText(tr("Pre-annotate with %1").arg(modelLabel.left(modelLabel.indexOf(QStringLiteral(" (")))));
    show();
}

}  // namespace mner::ui
