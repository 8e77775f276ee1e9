// Colours per entity type. The default is the Okabe-Ito palette, which stays distinguishable
// for the common forms of colour blindness.
#pragma once

#include <QColor>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mner::ui {

class TypePalette {
public:
    TypePalette();
    QColor color(const QString &type) const;
    void setColor(const QString &type, const QColor &c) { colors_[type] = c; }
    // Gives each listed type without a colour of its own a distinct one (the rest of the
    // Okabe-Ito set first), so that a project's types never share a colour by chance.
    void assignDistinct(const QStringList &types);
    // Black or white, whichever reads better on the type's colour.
    QColor textColor(const QString &type) const;

private:
    QMap<QString, QColor> colors_;
};

}  // namespace mner::ui
