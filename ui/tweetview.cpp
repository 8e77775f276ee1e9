#include "tweetview.h"

#include "eval/errors.h"
#include "text/tags.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace mner::ui {

namespace {
constexpr int kMargin = 8, kTokenGap = 6, kLineGap = 10, kBandGap = 3;

std::vector<std::string> toStd(const QStringList &l) {
    std::vector<std::string> v;
    v.reserve(size_t(l.size()));
    for (const QString &s : l) v.push_back(s.toStdString());
    return v;
}

// Short marks drawn after a predicted span's type: words where a symbol would not say it.
QString markText(ErrorKind k) {
    switch (k) {
    case ErrorKind::Correct: return QStringLiteral("✓");
    case ErrorKind::WrongType: return TweetView::tr("≠type");
    case ErrorKind::WrongBoundary: return TweetView::tr("≠span");
    case ErrorKind::WrongTypeAndBoundary: return TweetView::tr("≠type+span");
    case ErrorKind::Spurious: return TweetView::tr("extra");
    case ErrorKind::Missed: return TweetView::tr("missed");
    }
    return {};
}

QString mistakeText(const SpanError &e) {
    const QString ref = QString::fromStdString(e.gold.type);
    switch (e.kind) {
    case ErrorKind::Correct: return TweetView::tr("correct");
    case ErrorKind::WrongType: return TweetView::tr("wrong type: the reference says %1").arg(ref);
    case ErrorKind::WrongBoundary:
        return TweetView::tr("wrong boundary: the reference's %1 covers tokens %2–%3")
            .arg(ref)
            .arg(e.gold.begin + 1)
            .arg(e.gold.end);
    case ErrorKind::WrongTypeAndBoundary:
        return TweetView::tr("wrong type and boundary: the reference has %1 on tokens %2–%3")
            .arg(ref)
            .arg(e.gold.begin + 1)
            .arg(e.gold.end);
    case ErrorKind::Spurious: return TweetView::tr("spurious: the reference has no entity here");
    case ErrorKind::Missed: return TweetView::tr("missed: the reference has %1 here, this row nothing").arg(ref);
    }
    return {};
}
}  // namespace

TweetView::TweetView(QWidget *parent) : QWidget(parent) {
    setAccessibleName(tr("Tweet view"));
    setAccessibleDescription(tr("Arrow keys move between tokens, Shift extends the selection"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The tweets are data, not interface: their tokens keep left-to-right order (and "#tag" its
    // hash in front) even when the interface runs right to left.
    setLayoutDirection(Qt::LeftToRight);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.2);  // the text under annotation reads larger than the chrome
    setFont(f);
}

void TweetView::setTweet(const QStringList &tokens, const Layer &reference, const QVector<Layer> &predictions, bool keepCursor) {
    bool keep = keepCursor && tokens.size() == tokens_.size();
    tokens_ = tokens;
    reference_ = reference;
    predictions_ = predictions;
    computeRows();
    if (!keep) cursor_ = anchor_ = 0;
    geo_ = layout(width());
    drawn_.clear();
    updateGeometry();
    update();
}

void TweetView::clear() { setTweet({}, {}, {}); }

QPair<int, int> TweetView::selection() const {
    if (tokens_.isEmpty()) return {0, 0};
    return {std::min(cursor_, anchor_), std::max(cursor_, anchor_) + 1};
}

void TweetView::setSelection(int begin, int end) {
    if (tokens_.isEmpty()) return;
    anchor_ = std::clamp(begin, 0, int(tokens_.size()) - 1);
    cursor_ = std::clamp(end - 1, 0, int(tokens_.size()) - 1);
    update();
    Q_EMIT selectionChanged(selection().first, selection().second);
}

void TweetView::moveCursor(int to, bool extend) {
    if (tokens_.isEmpty()) return;
    cursor_ = std::clamp(to, 0, int(tokens_.size()) - 1);
    if (!extend) anchor_ = cursor_;
    update();
    Q_EMIT selectionChanged(selection().first, selection().second);
}

void TweetView::keyPressEvent(QKeyEvent *e) {
    bool shift = e->modifiers() & Qt::ShiftModifier;
    switch (e->key()) {
    case Qt::Key_Left: moveCursor(cursor_ - 1, shift); return;
    case Qt::Key_Right: moveCursor(cursor_ + 1, shift); return;
    case Qt::Key_Home: moveCursor(0, shift); return;
    case Qt::Key_End: moveCursor(int(tokens_.size()) - 1, shift); return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // to the token of the line above/below nearest in x
        int cur = cursor_;
        if (cur >= geo_.tokenRects.size()) break;
        int line = geo_.lineOf[cur] + (e->key() == Qt::Key_Up ? -1 : 1);
        int x = geo_.tokenRects[cur].center().x(), best = -1, bestD = 1 << 30;
        for (int i = 0; i < geo_.lineOf.size(); ++i)
            if (geo_.lineOf[i] == line && std::abs(geo_.tokenRects[i].center().x() - x) < bestD) {
                best = i;
                bestD = std::abs(geo_.tokenRects[i].center().x() - x);
            }
        if (best >= 0) moveCursor(best, shift);
        return;
    }
    default: break;
    }
    QWidget::keyPressEvent(e);
}

int TweetView::tokenAt(const QPoint &pos) const {
    for (int i = 0; i < geo_.tokenRects.size(); ++i) {
        QRect r = geo_.tokenRects[i].adjusted(-kTokenGap / 2, -geo_.lineHeight / 2, kTokenGap / 2, geo_.lineHeight / 2);
        if (r.contains(pos)) return i;
    }
    return -1;
}

void TweetView::mousePressEvent(QMouseEvent *e) {
    setFocus(Qt::MouseFocusReason);
    int t = tokenAt(e->position().toPoint());
    if (t >= 0) moveCursor(t, e->modifiers() & Qt::ShiftModifier);
}

void TweetView::mouseMoveEvent(QMouseEvent *e) {
    if (!(e->buttons() & Qt::LeftButton)) return;
    int t = tokenAt(e->position().toPoint());
    if (t >= 0) moveCursor(t, true);
}

int TweetView::bandHeight() const { return QFontMetrics(font()).height() * 3 / 4 + 4; }

QFont TweetView::labelFont() const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.7);
    small.setBold(true);
    return small;
}

int TweetView::labelWidth(const QString &label) const { return QFontMetrics(labelFont()).horizontalAdvance(label) + 8; }

QString TweetView::rowTitle(int row) const {
    const Layer &l = row == 0 ? reference_ : predictions_[row - 1];
    return l.title.isEmpty() ? l.name : l.title;
}

void TweetView::computeRows() {
    rows_.clear();
    if (tokens_.isEmpty()) return;
    const std::vector<Span> ref =
        reference_.tags.size() == tokens_.size() ? spansOf(toStd(reference_.tags)) : std::vector<Span>{};
    QVector<RowSpan> refRow;
    for (const Span &s : ref) {
        const QString type = QString::fromStdString(s.type);
        refRow.push_back(
            {s.begin, s.end, type, type, {}, tr("%1, tokens %2–%3 (%4)").arg(type).arg(s.begin + 1).arg(s.end).arg(rowTitle(0))});
    }
    rows_.push_back(refRow);
    for (int k = 0; k < predictions_.size(); ++k) {
        const Layer &l = predictions_[k];
        QVector<RowSpan> row;
        if (l.tags.size() == tokens_.size()) {
            const std::vector<Span> spans = spansOf(toStd(l.tags));
            auto confidence = [&](int b, int e) {
                float c = 1;
                for (int i = b; i < e && i < l.confidence.size(); ++i) c = std::min(c, l.confidence[i]);
                return l.confidence.isEmpty() ? QString() : tr(", confidence %1").arg(double(c), 0, 'f', 2);
            };
            for (const SpanError &e : classifySpans(ref, spans)) {
                const bool missed = e.kind == ErrorKind::Missed;
                const Span &s = missed ? e.gold : e.pred;
                const QString type = QString::fromStdString(s.type);
                QString tip = tr("%1, tokens %2–%3 (%4)%5: %6")
                                  .arg(type)
                                  .arg(s.begin + 1)
                                  .arg(s.end)
                                  .arg(rowTitle(k + 1), missed ? QString() : confidence(s.begin, s.end), mistakeText(e));
                row.push_back({s.begin, s.end, type, type + QLatin1Char(' ') + markText(e.kind),
                               QString::fromLatin1(errorKindName(e.kind)), tip, missed});
            }
        }
        rows_.push_back(row);
    }
}

TweetView::Geometry TweetView::layout(int width) const {
    Geometry g;
    QFontMetrics fm(font()), small(labelFont());
    int band = bandHeight();
    int textH = fm.height() + 4;
    // one band above (reference), the text, one band per prediction below
    g.lineHeight = band + kBandGap + textH + int(predictions_.size()) * (band + kBandGap) + kLineGap;
    // the rows' names in a left margin, at most a fifth of the width
    for (int r = 0; r <= predictions_.size() && !tokens_.isEmpty(); ++r)
        g.gutter = std::max(g.gutter, small.horizontalAdvance(rowTitle(r)) + 10);
    g.gutter = std::min(g.gutter, std::max(60, width / 4));  // long names elide in the middle
    const int left = kMargin + g.gutter;
    // token boxes: the text, widened where a span's label needs more than its tokens give
    QVector<int> w(tokens_.size());
    for (int i = 0; i < tokens_.size(); ++i) w[i] = fm.horizontalAdvance(tokens_[i]) + 6;
    auto spanWidth = [&](int b, int e) {
        int sum = (e - b - 1) * kTokenGap;
        for (int i = b; i < e; ++i) sum += w[i];
        return sum;
    };
    for (const QVector<RowSpan> &row : rows_)
        for (const RowSpan &s : row)
            if (int need = labelWidth(s.label), have = spanWidth(s.begin, s.end); have < need) w[s.end - 1] += need - have;
    QVector<int> widest(tokens_.size(), 0);  // the widest span starting at each token
    for (const QVector<RowSpan> &row : rows_)
        for (const RowSpan &s : row) widest[s.begin] = std::max(widest[s.begin], spanWidth(s.begin, s.end));
    int x = left, line = 0;
    int avail = std::max(width - left - kMargin, 50);
    for (int i = 0; i < tokens_.size(); ++i) {
        // a span goes to the next line whole when it fits there but not here (its label stays whole)
        const bool spanWraps = widest[i] > 0 && x + widest[i] > left + avail && widest[i] <= avail;
        if (x > left && (x + w[i] > left + avail || spanWraps)) {
            x = left;
            ++line;
        }
        int y = kMargin + line * g.lineHeight + band + kBandGap;
        g.tokenRects.push_back(QRect(x, y, w[i], textH));
        g.lineOf.push_back(line);
        x += w[i] + kTokenGap;
    }
    g.height = 2 * kMargin + (tokens_.isEmpty() ? 1 : line + 1) * g.lineHeight;
    return g;
}

QRect TweetView::tokenRect(int token) const {
    return token >= 0 && token < geo_.tokenRects.size() ? geo_.tokenRects[token] : QRect();
}

QSize TweetView::sizeHint() const { return QSize(600, heightForWidth(600)); }
QSize TweetView::minimumSizeHint() const { return QSize(200, 80); }
int TweetView::heightForWidth(int w) const { return layout(w).height; }

void TweetView::resizeEvent(QResizeEvent *) { geo_ = layout(width()); }

void TweetView::drawRow(QPainter &p, int row, int bandOffset) {
    p.setFont(labelFont());
    int band = bandHeight();
    auto barRect = [&](int i, int j) {
        QRect a = geo_.tokenRects[i], b = geo_.tokenRects[j];
        return QRect(a.left(), a.top() + bandOffset, b.right() - a.left() + 1, band);
    };
    const QString layer = row == 0 ? reference_.name : predictions_[row - 1].name;
    for (const RowSpan &s : rows_[row]) {
        const QColor colour = palette_.color(s.type);
        const bool wrong = !s.mark.isEmpty() && s.mark != QLatin1String("correct");
        bool first = true;
        int i = s.begin;
        while (i < s.end) {  // one bar piece per line the span covers
            int line = geo_.lineOf[i], j = i;
            while (j + 1 < s.end && geo_.lineOf[j + 1] == line) ++j;
            QRect bar = barRect(i, j);
            QPainterPath path;
            path.addRoundedRect(bar, 4, 4);
            if (s.missed) {  // nothing predicted here: a hatched box in the reference's colour
                p.fillPath(path, QBrush(colour.darker(110), Qt::BDiagPattern));
                p.setPen(QPen(colour.darker(140), 1.5, Qt::DashLine));
                p.drawPath(path);
            } else {
                p.fillPath(path, colour);
                if (wrong) {  // errors get a dark dashed outline besides their mark
                    p.setPen(QPen(Qt::black, 1.5, Qt::DashLine));
                    p.drawPath(path);
                }
            }
            if (first) {
                p.setPen(s.missed ? palette().color(QPalette::Text) : palette_.textColor(s.type));
                p.drawText(bar.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, s.label);
                drawn_.push_back({layer, s.begin, s.end, s.type, bar, s.mark, s.label, s.tip});
            }
            tips_.push_back({bar, s.tip});
            first = false;
            i = j + 1;
        }
    }
    p.setFont(font());
}

bool TweetView::event(QEvent *e) {
    if (e->type() == QEvent::ToolTip) {
        auto *h = static_cast<QHelpEvent *>(e);
        for (const auto &[r, tip] : tips_)
            if (r.contains(h->pos())) {
                QToolTip::showText(h->globalPos(), tip, this, r);
                return true;
            }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QWidget::event(e);
}

void TweetView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    drawn_.clear();
    if (geo_.tokenRects.size() != tokens_.size()) geo_ = layout(width());
    if (tokens_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No tweet selected"));
        return;
    }
    int band = bandHeight();
    // selection and cursor behind the text
    auto [sb, se] = selection();
    QColor sel = palette().color(QPalette::Highlight);
    sel.setAlpha(hasFocus() ? 70 : 40);
    for (int i = sb; i < se; ++i) p.fillRect(geo_.tokenRects[i], sel);
    p.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2 : 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(geo_.tokenRects[cursor_].adjusted(0, 0, -1, -1));
    // the text; tokens the models are unsure of get a dotted underline
    p.setPen(palette().color(QPalette::Text));
    const Qt::LayoutDirection uiDirection = p.layoutDirection();
    for (int i = 0; i < tokens_.size(); ++i) {
        // each token in its own direction: "#matchday" stays "#matchday" in a right-to-left interface
        p.setLayoutDirection(tokens_[i].isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        p.drawText(geo_.tokenRects[i], Qt::AlignCenter, tokens_[i]);
        p.setLayoutDirection(uiDirection);
        float conf = 1.0f;
        for (const Layer &l : predictions_)
            if (i < l.confidence.size()) conf = std::min(conf, l.confidence[i]);
        if (conf < threshold_) {
            QRect r = geo_.tokenRects[i];
            p.save();
            p.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1.5, Qt::DotLine));
            p.drawLine(r.left() + 2, r.bottom() - 1, r.right() - 2, r.bottom() - 1);
            p.restore();
        }
    }
    tips_.clear();
    rowNames_.clear();
    drawRow(p, 0, -(band + kBandGap));
    int textH = geo_.tokenRects[0].height();
    for (int k = 0; k < predictions_.size(); ++k) drawRow(p, k + 1, textH + kBandGap + k * (band + kBandGap));
    // each row's name in the left margin of every line: which layer a bar comes from
    QFont small = labelFont();
    small.setBold(false);
    p.setFont(small);
    QFontMetrics sm(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (int line = 0; line <= geo_.lineOf.last(); ++line) {
        const int textTop = kMargin + line * geo_.lineHeight + band + kBandGap;
        for (int r = 0; r <= predictions_.size(); ++r) {
            const int top = r == 0 ? textTop - band - kBandGap : textTop + textH + kBandGap + (r - 1) * (band + kBandGap);
            QRect box(kMargin, top, geo_.gutter - 6, band);
            p.drawText(box, Qt::AlignVCenter | Qt::AlignRight, sm.elidedText(rowTitle(r), Qt::ElideMiddle, box.width()));
            if (line == 0) rowNames_.push_back({rowTitle(r), box});
            tips_.push_back({box, r == 0 ? tr("%1: the labels you edit").arg(rowTitle(0))
                                         : tr("%1 (%2)").arg(rowTitle(r), predictions_[r - 1].name)});
        }
    }
    p.setFont(font());
}

}  // namespace mner::ui
