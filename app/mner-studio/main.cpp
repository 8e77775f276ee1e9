// mner-studio: the annotation and inspection GUI.
#include "mainwindow.h"

#include "../common/openblas_core.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv) {
    mner::fixOpenblasCore(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("mner-studio");
    QApplication::setApplicationName("mner-studio");
    QApplication::setApplicationVersion(MNER_VERSION);
    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "Multimodal named entity recognition for tweets"));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addPositionalArgument("project", QApplication::translate("main", "Project file (*.mner) to open"));
    QCommandLineOption annotator("annotator", QApplication::translate("main", "Annotate as NAME (remembered)"), "NAME");
    cli.addOption(annotator);
    cli.process(app);
    mner::ui::MainWindow w;
    if (cli.isSet(annotator)) w.setAnnotator(cli.value(annotator));
    w.show();
    if (!cli.positionalArguments().isEmpty()) w.openProject(cli.positionalArguments().first());
    return app.exec();
}
