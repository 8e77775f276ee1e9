#include "tweetview.h"

#include "eval/errors.h"
#include "text/tags.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace mner::ui {

namespace {
constexpr int kMargin = 8, kTokenGap = 6, kLineGap = 10, kBandGap = 3;

std::vector<std::string> toStd(const QStringList &l) {
    std::vector<std::string> v;
    v.reserve(size_t(l.size()));
    for (const QString &s : l) v.push_back(s.toStdString());
    return v;
}

// Short marks drawn after a predicted span's type.
QString markSymbol(ErrorKind k) {
    switch (k) {
    case ErrorKind::Correct: return QStringLiteral("✓");
    case ErrorKind::WrongType: return QStringLiteral("≠type");
    case ErrorKind::WrongBoundary: return QStringLiteral("↔");
    case ErrorKind::WrongTypeAndBoundary: return QStringLiteral("≠↔");
    case ErrorKind::Spurious: return QStringLiteral("✗");
    case ErrorKind::Missed: return QStringLiteral("missed");
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

TweetView::Geometry TweetView::layout(int width) const {
    Geometry g;
    QFontMetrics fm(font());
    int band = bandHeight();
    int textH = fm.height() + 4;
    // one band above (reference), the text, one band per prediction below
    g.lineHeight = band + kBandGap + textH + int(predictions_.size()) * (band + kBandGap) + kLineGap;
    int x = kMargin, line = 0;
    int avail = std::max(width - 2 * kMargin, 50);
    for (const QString &t : tokens_) {
        int w = fm.horizontalAdvance(t) + 6;
        if (x > kMargin && x + w > kMargin + avail) {
            x = kMargin;
            ++line;
        }
        int y = kMargin + line * g.lineHeight + band + kBandGap;
        g.tokenRects.push_back(QRect(x, y, w, textH));
        g.lineOf.push_back(line);
        x += w + kTokenGap;
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

void TweetView::drawLayer(QPainter &p, const Layer &layer, int bandOffset, bool prediction) {
    if (layer.tags.size() != tokens_.size()) return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.7);
    small.setBold(true);
    p.setFont(small);
    int band = bandHeight();
    std::vector<Span> spans = spansOf(toStd(layer.tags));
    std::vector<SpanError> errors;
    if (prediction) errors = classifySpans(spansOf(toStd(reference_.tags)), spans);
    auto barRect = [&](int i, int j) {
        QRect a = geo_.tokenRects[i], b = geo_.tokenRects[j];
        return QRect(a.left(), a.top() + bandOffset, b.right() - a.left() + 1, band);
    };
    for (int si = 0; si < int(spans.size()); ++si) {
        const Span &s = spans[size_t(si)];
        QString type = QString::fromStdString(s.type);
        QString mark;
        for (const SpanError &e : errors)
            if (e.predIndex == si) mark = QString::fromLatin1(errorKindName(e.kind));
        QColor fill = palette_.color(type);
        bool wrong = !mark.isEmpty() && mark != QLatin1String("correct");
        bool first = true;
        int i = s.begin;
        while (i < s.end) {  // one bar piece per line the span covers
            int line = geo_.lineOf[i], j = i;
            while (j + 1 < s.end && geo_.lineOf[j + 1] == line) ++j;
            QRect bar = barRect(i, j);
            QPainterPath path;
            path.addRoundedRect(bar, 4, 4);
            p.fillPath(path, fill);
            if (wrong) {  // errors get a dark dashed outline besides their mark
                p.setPen(QPen(Qt::black, 1.5, Qt::DashLine));
                p.drawPath(path);
            }
            p.setPen(palette_.textColor(type));
            if (first) {
                QString label = type;
                for (const SpanError &e : errors)
                    if (e.predIndex == si) label += QLatin1Char(' ') + markSymbol(e.kind);
                p.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
                drawn_.push_back({layer.name, s.begin, s.end, type, bar, mark});
            }
            first = false;
            i = j + 1;
        }
    }
    // gold spans the prediction missed: an empty dashed box in the prediction's row
    for (const SpanError &e : errors) {
        if (e.kind != ErrorKind::Missed) continue;
        QRect bar = barRect(e.gold.begin, e.gold.begin);
        for (int k = e.gold.begin; k < e.gold.end && geo_.lineOf[k] == geo_.lineOf[e.gold.begin]; ++k)
            bar = barRect(e.gold.begin, k);
        QString type = QString::fromStdString(e.gold.type);
        p.setPen(QPen(palette_.color(type).darker(130), 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(bar, 4, 4);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, type + QLatin1Char(' ') + markSymbol(e.kind));
        drawn_.push_back({layer.name, e.gold.begin, e.gold.end, type, bar, QString::fromLatin1(errorKindName(e.kind))});
    }
    p.setFont(font());
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
    for (int i = 0; i < tokens_.size(); ++i) {
        p.drawText(geo_.tokenRects[i], Qt::AlignCenter, tokens_[i]);
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
    drawLayer(p, reference_, -(band + kBandGap), false);
    int textH = geo_.tokenRects[0].height();
    for (int k = 0; k < predictions_.size(); ++k) drawLayer(p, predictions_[k], textH + kBandGap + k * (band + kBandGap), true);
}

}  // namespace mner::ui
