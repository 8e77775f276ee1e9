#include "palette.h"

namespace mner::ui {

TypePalette::TypePalette() {
    colors_["PER"] = QColor(0xE6, 0x9F, 0x00);    // orange
    colors_["LOC"] = QColor(0x56, 0xB4, 0xE9);    // sky blue
    colors_["ORG"] = QColor(0x00, 0x9E, 0x73);    // bluish green
    colors_["OTHER"] = QColor(0xCC, 0x79, 0xA7);  // reddish purple
    colors_["MISC"] = QColor(0xCC, 0x79, 0xA7);
}

QColor TypePalette::color(const QString &type) const {
    auto it = colors_.find(type);
    if (it != colors_.end()) return *it;
    // Unknown types: the rest of the Okabe-Ito set, chosen by a stable hash of the name.
    static const QColor extra[] = {QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                   QColor(0x99, 0x99, 0x99)};
    return extra[qHash(type) % 4];
}

void TypePalette::assignDistinct(const QStringList &types) {
    static const QColor extra[] = {QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                   QColor(0x99, 0x99, 0x99), QColor(0x88, 0x44, 0x00), QColor(0x44, 0xAA, 0x99),
                                   QColor(0x88, 0x22, 0x55), QColor(0x33, 0x22, 0x88), QColor(0xDD, 0xCC, 0x77)};
    QList<QColor> used;
    for (const QString &t : types)
        if (colors_.contains(t)) used << colors_[t];
    size_t next = 0;
    for (const QString &t : types) {
        if (colors_.contains(t)) continue;
        while (next < std::size(extra) && used.contains(extra[next])) ++next;
        QColor c = next < std::size(extra) ? extra[next++] : extra[qHash(t) % std::size(extra)];
        colors_[t] = c;
        used << c;
    }
}

QColor TypePalette::textColor(const QString &type) const {
    QColor c = color(type);
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) > 140 ? Qt::black : Qt::white;
}

}  // namespace mner::ui
