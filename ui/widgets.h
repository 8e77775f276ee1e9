// Small widgets the panels share.
#pragma once

#include <QComboBox>

namespace mner::ui {

// The layers a model is judged against: the corrected layer (gold with the edits) or gold.
inline QComboBox *referenceLayerCombo(QWidget *parent) {
    auto *c = new QComboBox(parent);
    c->addItems({"corrected", "gold"});
    c->setAccessibleName(QComboBox::tr("Reference layer"));
    return c;
}

}  // namespace mner::ui
