#include "settingsdialog.h"

#include "imagetagrunner.h"
#include "modelrunner.h"

#include "model/model.h"
#include "model/taggers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mner::ui {

SettingsDialog::SettingsDialog(const QString &annotator, int fontSize, const QList<QAction *> &actions, const QString &typesTip,
                               bool haveProject, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    setObjectName("settingsDialog");
    // two tabs and a scrolling key list: the dialog fits a 1366×768 screen however many keys there are
    auto *outer = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    who_ = new QLineEdit(annotator, this);
    who_->setAccessibleName(tr("Annotator name"));
    size_ = new QSpinBox(this);
    size_->setRange(8, 32);
    size_->setValue(fontSize);
    size_->setAccessibleName(tr("Font size"));
    form->addRow(tr("&Annotator:"), who_);
    ownLayer_ = new QCheckBox(tr("Annotate in my own layer (several annotators)"), this);
    ownLayer_->setChecked(QSettings().value("annotate/ownLayer", false).toBool());
    form->addRow(QString(), ownLayer_);
    form->addRow(tr("Tweet &font size:"), size_);
    tagger_ = new QLineEdit(taggerSetting(), this);
    tagger_->setAccessibleName(tr("Image tagger"));
    tagger_->setToolTip(tr("mobilenet (the bundled MobileNetV2) or onnx:FILE for an ImageNet classifier in ONNX"));
    modelsDir_ = new QLineEdit(modelsDirSetting(), this);
    modelsDir_->setAccessibleName(tr("Models folder"));
    modelsDir_->setPlaceholderText(tr("searched first for mobilenet_v2_1.0_224_quant.tflite"));
    measure_ = new QComboBox(this);
    measure_->setAccessibleName(tr("Uncertainty measure"));
    measure_->addItem(tr("least confidence (1 - probability of the best tagging)"), "least-confidence");
    measure_->addItem(tr("margin between the best and second-best tagging"), "margin");
    measure_->addItem(tr("token entropy of the CRF marginals"), "entropy");
    measure_->setCurrentIndex(std::max(0, measure_->findData(uncertaintySetting())));
    form->addRow(tr("&Uncertainty:"), measure_);
    device_ = new QComboBox(this);
    device_->setAccessibleName(tr("Run models on"));
    device_->addItem(tr("CUDA when there is a device, else the CPU"), "auto");
    device_->addItem(tr("the CPU"), "cpu");
    device_->addItem(tr("CUDA"), "cuda");
    device_->setCurrentIndex(std::max(0, device_->findData(deviceSetting())));
    device_->setToolTip(cudaAvailable() ? tr("A CUDA device is available") : tr("No CUDA device here: models run on the CPU"));
    form->addRow(tr("Run models &on:"), device_);
    form->addRow(tr("Image &tagger:"), tagger_);
    form->addRow(tr("&Models folder:"), modelsDir_);
    found_ = new QLabel(this);
    found_->setWordWrap(true);
    auto showFound = [this] {
        std::string file = findTaggerFile(kMobilenetFile, taggerSearchDirs(modelsDir_->text().trimmed().toStdString()));
        found_->setText(file.empty() ? tr("MobileNetV2 (%1) is not in the models folders; see the README for where to get it.")
                                           .arg(QString::fromLatin1(kMobilenetFile))
                                     : tr("MobileNetV2 found: %1").arg(QString::fromStdString(file)));
    };
    showFound();
    connect(modelsDir_, &QLineEdit::textChanged, this, showFound);
    form->addRow(QString(), found_);
    gazetteers_ = new QLineEdit(QSettings().value("suggest/gazetteers").toString(), this);
    gazetteers_->setAccessibleName(tr("Gazetteers"));
    gazetteers_->setPlaceholderText(tr("TYPE=FILE; … e.g. LOC=countries.txt"));
    gazetteers_->setToolTip(tr("Phrase lists whose entries appear as suggestions below the tweet: one phrase per line, "
                               "optionally followed by a tab and its type"));
    form->addRow(tr("&Gazetteers:"), gazetteers_);
    // the project's types, their keys (1-9 by order), colours and aliases have a dialog of their own
    types_ = new QPushButton(tr("Entity types, keys and colours…"), this);
    types_->setObjectName("settings-entity-types");
    types_->setEnabled(haveProject);
    types_->setToolTip(typesTip);
    connect(types_, &QPushButton::clicked, this, &SettingsDialog::entityTypesRequested);
    form->addRow(tr("Entity types:"), types_);
    auto *keysArea = new QScrollArea(tabs);
    keysArea->setObjectName("settings-keys");
    keysArea->setWidgetResizable(true);
    keysArea->setFrameShape(QFrame::NoFrame);
    auto *keysBox = new QWidget(keysArea);
    auto *keysForm = new QFormLayout(keysBox);
    for (QAction *act : actions) {
        auto *k = new QKeySequenceEdit(act->shortcut(), keysBox);
        k->setAccessibleName(tr("Key for %1").arg(act->text().remove('&')));
        keysForm->addRow(act->text().remove('&') + ':', k);
        keyEdits_.push_back({act, k});
    }
    keysArea->setWidget(keysBox);
    tabs->addTab(general, tr("&General"));
    tabs->addTab(keysArea, tr("&Keys"));
    outer->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
}

QString SettingsDialog::annotator() const { return who_->text(); }
int SettingsDialog::fontSize() const { return size_->value(); }
bool SettingsDialog::ownLayer() const { return ownLayer_->isChecked(); }
void SettingsDialog::setTypesTip(const QString &tip) { types_->setToolTip(tip); }

void SettingsDialog::store() const {
    QSettings s;
    for (const auto &[act, k] : keyEdits_) {
        if (k->keySequence() == act->shortcut()) continue;
        QList<QKeySequence> keys = act->shortcuts();
        if (keys.isEmpty())
            keys << k->keySequence();
        else
            keys[0] = k->keySequence();  // the first key changes; alternatives stay
        act->setShortcuts(keys);
        s.setValue("keys/" + act->objectName(), QKeySequence::listToString(keys));
    }
    s.setValue("view/fontSize", size_->value());
    s.setValue("tagger/tagger", tagger_->text().trimmed().isEmpty() ? QStringLiteral("mobilenet") : tagger_->text().trimmed());
    s.setValue("tagger/modelsDir", modelsDir_->text().trimmed());
    s.setValue("al/measure", measure_->currentData().toString());
    s.setValue("model/device", device_->currentData().toString());
    s.setValue("annotate/ownLayer", ownLayer_->isChecked());
    s.setValue("suggest/gazetteers", gazetteers_->text().trimmed());
}

}  // namespace mner::ui
