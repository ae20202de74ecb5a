// The buttons Qt draws itself (message boxes, dialog button boxes, wizards) speak Hindi with the app: Qt ships no
// Hindi, so the app carries these texts, and they must match the contexts and texts Qt asks for.

#include "TestDatabase.h"

#include "accounts/SetupWizard.h"
#include "services/AccountService.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QWizard>

using namespace bcp;

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void messageBoxButtons();
    void dialogButtonBoxButtons();
    void setupWizardButtons();

private:
    QTranslator m_qt;
};

void TestTranslations::init() {
    QVERIFY(m_qt.load(QLocale(QLocale::Hindi, QLocale::India), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&m_qt));
}

void TestTranslations::cleanup() {
    QCoreApplication::removeTranslator(&m_qt);
}

void TestTranslations::messageBoxButtons() {
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("हाँ(&Y)"));
    QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("नहीं(&N)"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("रद्द करें"));
}

void TestTranslations::dialogButtonBoxButtons() {
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Save | QDialogButtonBox::Close |
                             QDialogButtonBox::Discard);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("ठीक है"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("सहेजें"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("बंद करें"));
    QCOMPARE(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("छोड़ दें"));
}

void TestTranslations::setupWizardButtons() {
    test::TestDatabase t;
    auto db = t.openMigrated();
    AccountService accounts(*db);
    ui::SetupWizard wizard(accounts);
    wizard.show();
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("आगे(&N) >"));
    QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< पीछे(&B)"));
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("रद्द करें"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
