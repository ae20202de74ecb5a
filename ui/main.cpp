// BoxCostPro: the desktop application.

#include "data/Database.h"
#include "shell/MainWindow.h"
#include "shell/Startup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BoxCostPro"));
    QApplication::setApplicationName(QStringLiteral("BoxCostPro"));
    QApplication::setApplicationVersion(QStringLiteral(BOXCOST_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("boxcostpro"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    std::unique_ptr<bcp::Database> db = bcp::ui::connectInteractively();
    if (!db)
        return 0;
    bcp::ui::MainWindow window(*db);
    window.show();
    return QApplication::exec();
}
