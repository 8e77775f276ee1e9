// Colours per entity type. The default is the Okabe-Ito palette, which stays distinguishable
// for the common forms of colour blindness.
#pragma once

#include <QColor>
#include <QMap>
#include <QString>

namespace mner::ui {

class TypePalette {
public:
    TypePalette();
    QColor color(const QString &type) const;
    void setColor(const QString &type, const QColor &c) { colors_[type] = c; }
    // Black or white, whichever reads better on the type's colour.
    QColor textColor(const QString &type) const;
private:
    QMap<QString, QColor> colors_;
};

} // namespace mner::ui
