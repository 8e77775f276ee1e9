// MainWindow: the menus, their keys (as the user set them in the settings) and the dialogs that
// need nothing but the window.
#include "mainwindow.h"

#include "errorbrowser.h"
#include "errortext.h"
#include "agreementdialog.h"
#include "exportdialog.h"
#include "keysdialog.h"
#include "runmodeldialog.h"
#include "projectsession.h"
#include "retrain.h"
#include "scorespanel.h"
#include "serverdialog.h"
#include "settingsdialog.h"
#include "tweetview.h"

#include "store/project.h"

#include <QAction>
#include <QTableView>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>

namespace mner::ui {

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    a->setShortcut(QKeySequence::Open);
    a = file->addAction(tr("Open &Server Project…"), this, &MainWindow::openServerDialog);
    a->setObjectName("open-server-project");
    a = file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    a = file->addAction(tr("&Export…"), this, &MainWindow::exportDialog);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::settingsDialog);
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoGroup_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));  // the same on every platform theme
    QAction *redo = undoGroup_->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // label keys act while the tweet view or the list has focus
    auto labelAction = [&](const QString &type, const QString &text, QList<QKeySequence> keys) {
        QAction *act = edit->addAction(text);
        act->setObjectName(type.isEmpty() ? QStringLiteral("clear") : "label-" + type);
        act->setShortcuts(keys);
        act->setShortcutContext(Qt::WindowShortcut);
        connect(act, &QAction::triggered, this, [this, type] { labelSelection(type); });
        return act;
    };
    // 1-9: the project's types in their order (Edit › Entity types); P, L, G, M: PER, LOC, ORG
    // and OTHER/MISC by name, where the project has them.
    for (int k = 1; k <= 9; ++k) {
        QAction *act = edit->addAction(tr("Label as type %1").arg(k));
        act->setObjectName(QStringLiteral("label-key-%1").arg(k));
        act->setShortcut(QKeySequence(Qt::Key_0 + k));
        act->setShortcutContext(Qt::WindowShortcut);
        connect(act, &QAction::triggered, this, [this, k] {
            QStringList types = entityTypes();
            if (k <= types.size())
                labelSelection(types[k - 1]);
            else
                statusBar()->showMessage(tr("This project has no type %1 (Edit › Entity types)").arg(k), 4000);
        });
    }
    labelAction("PER", tr("Label as PER"), {QKeySequence(Qt::Key_P)});
    labelAction("LOC", tr("Label as LOC"), {QKeySequence(Qt::Key_L)});
    labelAction("ORG", tr("Label as ORG"), {QKeySequence(Qt::Key_G)});
    labelAction("OTHER", tr("Label as OTHER/MISC"), {QKeySequence(Qt::Key_M)});
    labelAction("", tr("Clear label"), {QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    a = edit->addAction(tr("Label all &occurrences…"), this, [this] { labelAllOccurrences(); });
    a->setObjectName("label-all");
    a->setShortcut(QKeySequence(Qt::Key_O));
    a->setStatusTip(tr("Offer every other unlabelled occurrence of the span at the cursor, to label as one step"));
    edit->addSeparator();
    a = edit->addAction(tr("Entity &types…"), this, &MainWindow::entityTypesDialog);
    a->setObjectName("entity-types");
    edit->addSeparator();
    a = edit->addAction(tr("Accept span of the first row below"), this, [this] { acceptModelSpan(0); });
    a->setObjectName("accept-span");
    a->setShortcut(QKeySequence(Qt::Key_A));
    a = edit->addAction(tr("Accept tweet of the first row below"), this, [this] { acceptModelTweet(0); });
    a->setObjectName("accept-tweet");
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    a = edit->addAction(tr("Accept span of the second row below"), this, [this] { acceptModelSpan(1); });
    a->setObjectName("accept-span-2");
    a->setShortcut(QKeySequence(Qt::Key_B));
    a = edit->addAction(tr("Accept tweet of the second row below"), this, [this] { acceptModelTweet(1); });
    a->setObjectName("accept-tweet-2");
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_B));

    QMenu *tweet = menuBar()->addMenu(tr("&Tweet"));
    a = tweet->addAction(tr("&Next"), this, [this] { nextTweet(1); });
    a->setObjectName("next-tweet");
    a->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Period)});
    a = tweet->addAction(tr("&Previous"), this, [this] { nextTweet(-1); });
    a->setObjectName("previous-tweet");
    a->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Comma)});
    a = tweet->addAction(tr("&Reload"), this, &MainWindow::reloadTweet);
    a->setObjectName("reload-tweet");
    a->setShortcut(QKeySequence(Qt::Key_F5));
    a = tweet->addAction(tr("Next &uncertain"), this, [this] { nextUncertain(); });
    a->setObjectName("next-uncertain");
    a->setShortcut(QKeySequence(Qt::Key_U));
    a = tweet->addAction(tr("Next &disagreement"), this, [this] { nextDisagreement(); });
    a->setObjectName("next-disagreement");
    a->setShortcut(QKeySequence(Qt::Key_D));
    tweet->addSeparator();
    a = tweet->addAction(tr("Mark &done"), this, [this] { setStatus(1); });
    a->setObjectName("mark-done");
    a->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    a = tweet->addAction(tr("&Skip"), this, [this] { setStatus(2); });
    a->setObjectName("skip");
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return));

    QMenu *models = menuBar()->addMenu(tr("&Model"));
    a = models->addAction(tr("&Run model…"), this, &MainWindow::runModelDialog);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    a = models->addAction(tr("Re&train…"), this, [this] {
        if (RetrainDialog *d = retrainDialog()) d->show();
    });
    a->setObjectName("retrain");
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    models->addAction(tr("Model for &pre-annotation…"), this, &MainWindow::chooseDefaultModel);
    a = models->addAction(tr("&Tag images"), this, [this] { tagImages(false); });
    a->setObjectName("tag-images");
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    a->setStatusTip(tr("Store the five best ImageNet classes of every image not tagged yet as its image words"));
    models->addAction(tr("Tag all images again"), this, [this] { tagImages(true); });

    // keys the user changed in the settings
    QSettings settings;
    for (QAction *act : findChildren<QAction *>())
        if (!act->objectName().isEmpty() && settings.contains("keys/" + act->objectName()))
            act->setShortcuts(QKeySequence::listFromString(settings.value("keys/" + act->objectName()).toString()));

    // Annotation keys are bare keys (1, P, A, U, Enter…): they act only while the tweet view or the
    // tweet list has focus, so what is typed into a filter, a table or a combo box stays there.
    // Marking done and skipping (Enter) belong to the view alone: Enter in a list or table opens its row.
    for (QAction *act : findChildren<QAction *>()) {
        const QString n = act->objectName();
        const bool viewOnly = n == "mark-done" || n == "skip";
        const bool annotation = viewOnly || n.startsWith("label-") || n == "clear" || n.startsWith("accept-") ||
                                n == "next-tweet" || n == "previous-tweet" || n == "next-uncertain" || n == "next-disagreement" ||
                                n == "label-all";
        if (!annotation) continue;
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view_->addAction(act);
        if (!viewOnly) tweetList()->addAction(act);
    }
    a = tweet->addAction(tr("Back to the &tweet"), this, [this] {
        if (view_->hasFocus())
            view_->setSelection(view_->cursor(), view_->cursor() + 1);  // Escape in the view: drop the selection
        else
            view_->setFocus(Qt::ShortcutFocusReason);
    });
    a->setObjectName("focus-tweet");
    a->setShortcut(QKeySequence(Qt::Key_Escape));
    a->setShortcutContext(Qt::WindowShortcut);
    a->setStatusTip(tr("Escape returns the keys to the tweet from a filter, a table or a dock"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *outside = viewMenu->addAction(tr("Allow images outside the project"));
    outside->setObjectName("allow-outside-images");
    outside->setCheckable(true);
    connect(outside, &QAction::toggled, this, [this](bool on) {
        allowOutsideImages_ = on;
        if (project_) QSettings().setValue("outside/" + projectKey(), on);
        if (current_) showTweet(current_);
    });
    QAction *suggest = viewMenu->addAction(tr("&Suggestions row"));
    suggest->setObjectName("show-suggestions");
    suggest->setCheckable(true);
    suggest->setChecked(showSuggestions_ = QSettings().value("suggest/show", true).toBool());
    suggest->setStatusTip(tr("Spans labelled before and gazetteer entries (File › Settings) as a row below the tweet"));
    connect(suggest, &QAction::toggled, this, [this](bool on) {
        showSuggestions_ = on;
        QSettings().setValue("suggest/show", on);
        if (current_) showTweet(current_, true);
    });
    for (QDockWidget *d : findChildren<QDockWidget *>()) viewMenu->addAction(d->toggleViewAction());
    viewMenu->addAction(tr("&Agreement…"), this, &MainWindow::agreementDialog);
    a = viewMenu->addAction(tr("A&djudicate…"), this, &MainWindow::adjudicateDialog);
    a->setObjectName("adjudicate");
    viewMenu->addAction(tr("Stop adjudicating"), this, [this] { setAdjudication({}); });
    viewMenu->addAction(tr("Refresh errors and scores"), this, [this] {
        errors_->refresh();
        scores_->refresh();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a = help->addAction(tr("&Keys"), this, [this] {
        KeysDialog d(keyRows(menuBar()), this);  // the keys as they are now, remapped ones included
        d.exec();
    });
    a->setObjectName("help-keys");
    a->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::updateKeyActions() {
    // the Edit menu lists the keys the project has (a key without a type is left out)
    const QStringList types = entityTypes();
    for (int k = 1; k <= 9; ++k)
        if (auto *act = findChild<QAction *>(QStringLiteral("label-key-%1").arg(k))) {
            act->setText(k <= types.size() ? tr("Label as %1").arg(types[k - 1]) : tr("Label as type %1").arg(k));
            act->setVisible(k <= types.size());
        }
    for (const char *t : {"PER", "LOC", "ORG", "OTHER"})
        if (auto *act = findChild<QAction *>(QStringLiteral("label-%1").arg(t)))
            act->setVisible(types.contains(session_ ? session_->projectType(QString::fromLatin1(t)) : QString::fromLatin1(t)));
}

void MainWindow::newProject() {
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), {}, tr("mner projects (*.mner)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(".mner")) path += ".mner";
    openProject(path, true);
}

void MainWindow::openServerDialog() {
    ServerDialog d(this);
    if (d.exec() != QDialog::Accepted) return;
    d.remember();
    // libpq reads it for this process's connections (background jobs too); it is never stored
    if (!d.password().isEmpty()) qputenv("PGPASSWORD", d.password().toUtf8());
    openProject(d.url());
}

void MainWindow::openProjectDialog() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr("mner projects (*.mner);;All files (*)"));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::exportDialog() {
    if (!project_) return;
    ExportDialog d(project_, this);
    if (d.exec() != QDialog::Accepted) return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export to"), {}, tr("Text (*.txt *.conll *.jsonl)"));
    if (path.isEmpty()) return;
    try {
        const size_t n = d.write(path);
        statusBar()->showMessage(tr("Exported %1 tweets to %2").arg(n).arg(path), 8000);
    } catch (const std::exception &e) { showError(tr("Export failed"), errorText(e)); }
}

void MainWindow::settingsDialog() {
    QList<QAction *> actions;
    for (QAction *act : findChildren<QAction *>())
        if (!act->objectName().isEmpty()) actions << act;
    SettingsDialog d(who_, int(view_->font().pointSizeF()), actions, entityTypes().join(QStringLiteral(", ")),
                     project_ != nullptr, this);
    connect(&d, &SettingsDialog::entityTypesRequested, this, [this, &d] {
        entityTypesDialog();
        d.setTypesTip(entityTypes().join(QStringLiteral(", ")));
    });
    if (d.exec() != QDialog::Accepted) return;
    d.store();
    QFont f = view_->font();
    f.setPointSizeF(d.fontSize());
    view_->setFont(f);
    if (d.annotator() != who_) setAnnotator(d.annotator());
    updateEditLayer();
    if (project_) rebuildSuggestions();  // the gazetteers may have changed
    updateProgress();
    showTweet(current_, true);
}

void MainWindow::agreementDialog() {
    if (!project_) return;
    AgreementDialog d(project_, this);
    d.exec();
}

void MainWindow::chooseDefaultModel() {
    if (project_) ui::chooseDefaultModel(project_, this);
}

}  // namespace mner::ui
