// mner-studio: the annotation and inspection GUI.
#include "mainwindow.h"

#include "../common/openblas_core.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace {

// The bundled demo project, copied where the user can write (an installed copy is read-only).
QString demoProject() {
    QString app = QCoreApplication::applicationDirPath();
    for (const QString &src : {app + "/../share/mner-studio/demo/demo.mner", app + "/../demo/demo.mner"}) {
        if (!QFile::exists(src)) continue;
        QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/demo";
        QDir().mkpath(dir);
        QString dst = dir + "/demo.mner";
        if (!QFile::exists(dst)) QFile::copy(src, dst);
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return dst;
    }
    return {};
}

}  // namespace

int main(int argc, char **argv) {
    mner::fixOpenblasCore(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("mner-studio");
    QApplication::setApplicationName("mner-studio");
    QApplication::setApplicationVersion(MNER_VERSION);
    QApplication::setDesktopFileName("io.github.mnerstudio.MnerStudio");
    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "Multimodal named entity recognition for tweets"));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addPositionalArgument("project", QApplication::translate(
                                             "main", "Project file (*.mner) or server project (postgresql://USER@HOST/DB?project=NAME) to open"));
    QCommandLineOption annotator("annotator", QApplication::translate("main", "Annotate as NAME (remembered)"), "NAME");
    QCommandLineOption demo("demo", QApplication::translate("main", "Open (a copy of) the demo project"));
    QCommandLineOption lang("lang", QApplication::translate("main", "Interface language (de, fa, en)"), "CODE");
    cli.addOption(annotator);
    cli.addOption(demo);
    cli.addOption(lang);
    cli.process(app);

    // Translations are built into the binary; Persian also turns the layout right to left.
    QLocale locale = cli.isSet(lang) ? QLocale(cli.value(lang)) : QLocale::system();
    QTranslator ours, qt;
    if (ours.load(locale, "mner-studio", "_", ":/translations")) QApplication::installTranslator(&ours);
    if (qt.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath))) QApplication::installTranslator(&qt);
    QApplication::setLayoutDirection(locale.textDirection());
    if (cli.isSet(lang)) QLocale::setDefault(locale);

    mner::ui::MainWindow w;
    if (cli.isSet(annotator)) w.setAnnotator(cli.value(annotator));
    w.show();
    if (!cli.positionalArguments().isEmpty())
        w.openProject(cli.positionalArguments().first());
    else if (cli.isSet(demo))
        w.openProject(demoProject());
    return app.exec();
}
