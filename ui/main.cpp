// BoxCostPro: the desktop application.

#include "accounts/AppFlow.h"
#include "accounts/BrandMark.h"
#include "accounts/SecretPrompt.h"
#include "data/Database.h"
#include "services/SecretStore.h"
#include "shell/Startup.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BoxCostPro"));
    QApplication::setApplicationName(QStringLiteral("BoxCostPro"));
    QApplication::setApplicationVersion(QStringLiteral(BOXCOST_VERSION));
    QApplication::setWindowIcon(QIcon(bcp::ui::BrandMark::pixmap(256)));

    // The app's own texts, and the buttons Qt draws itself (OK, Cancel, Next...) in the same language.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("boxcostpro"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&qtTranslator);

    // Before the database opens: a server password may have to be asked for when the keychain cannot give it.
    bcp::ui::SecretPrompt::install(bcp::SecretStore::instance());

    std::unique_ptr<bcp::Database> db = bcp::ui::connectInteractively();
    if (!db)
        return 0;

    // Setup wizard or sign-in, any forced password change or two-factor enrolment, then the main window.
    bcp::ui::AppFlow flow(*db);
    QObject::connect(&flow, &bcp::ui::AppFlow::cancelled, &app, &QApplication::quit, Qt::QueuedConnection);
    flow.start();
    return QApplication::exec();
}
