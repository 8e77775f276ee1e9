#include "keylegend.h"

namespace mner::ui {

KeyLegend::KeyLegend(QWidget *parent) : QLabel(parent) {
    setWordWrap(true);
    setAccessibleName(tr("Keys"));
}

void KeyLegend::setTypes(const QStringList &types) {
    QStringList keys;
    for (int i = 0; i < types.size() && i < 9; ++i)
        keys << QStringLiteral("<b>%1</b> %2").arg(i + 1).arg(types[i].toHtmlEscaped());
    setText(tr("<small>%1 · <b>0</b>/<b>Del</b> clear · <b>A</b>/<b>B</b> take the span of the first/second row below · "
               "<b>Shift+A</b>/<b>Shift+B</b> the whole tweet · <b>←→</b> move, <b>Shift</b> extend · "
               "<b>PgDn</b>/<b>PgUp</b> next/previous tweet · <b>U</b> most uncertain · <b>D</b> next disagreement · "
               "<b>Enter</b> done · <b>Shift+Enter</b> skip · <b>Ctrl+Z</b> undo</small>")
                .arg(keys.join(QStringLiteral(" · "))));
}

}  // namespace mner::ui
