#include "languageloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QueueLens"));
    QApplication::setOrganizationName(QStringLiteral("QueueLens"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "UI language, e.g. zh_CN or ru."),
                                        QCoreApplication::translate("main", "code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QCoreApplication::translate("main", "Save a picture of the window to <file> after start-up, then quit."),
                                              QCoreApplication::translate("main", "file"));
    parser.addOptions({langOption, screenshotOption});
    parser.process(app);
    LanguageLoader::install(parser.value(langOption));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("QueueLens"));
    auto *label = new QLabel(QCoreApplication::translate("main", "No tasks yet."), &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1100, 700);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(700, &window, [&window, file] {
            window.grab().save(file);
            QCoreApplication::exit(0);
        });
    }
    return app.exec();
}
