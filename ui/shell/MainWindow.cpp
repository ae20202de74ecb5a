#include "shell/MainWindow.h"

#include "data/Database.h"
#include "shell/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bcp::ui {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_root(new QStackedWidget(this)), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_engine(new QLabel(this)), m_user(new QLabel(this)),
      m_tenant(new QLabel(this)) {
    setWindowTitle(tr("BoxCostPro"));
    resize(1280, 800);

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(190);
    m_nav->setUniformItemSizes(true);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { font-size: 11pt; padding-top: 6px; }"
                                        "QListWidget#navigation::item { padding: 7px 10px; }"));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    m_root->addWidget(central);
    setCentralWidget(m_root);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BoxCostPro"), this, &MainWindow::showAbout);

    int schema = 0;
    QString engine = db.url().engineName();
    try {
        schema = db.schemaVersion();
        engine = db.engineVersion();
    } catch (const DbError &) {
        // The status bar then shows what is known without the server's answer.
    }
    m_engine->setObjectName(QStringLiteral("engineStatus"));
    m_engine->setText(tr("%1 · %2 · schema %3").arg(engine, db.url().location()).arg(schema));
    statusBar()->addPermanentWidget(m_engine);
    m_user->setObjectName(QStringLiteral("userStatus"));
    m_tenant->setObjectName(QStringLiteral("tenantStatus"));
    for (QLabel *label : {m_tenant, m_user}) {
        label->setStyleSheet(QStringLiteral("QLabel { padding: 0 4px 0 8px; border-left: 1px solid palette(mid); }"));
        label->hide();
    }
    statusBar()->addPermanentWidget(m_tenant);
    statusBar()->addPermanentWidget(m_user);
}

void MainWindow::setSignedIn(const QString &user, const QString &tenant) {
    m_user->setText(user);
    m_tenant->setText(tenant);
    m_user->setVisible(!user.isEmpty());
    m_tenant->setVisible(!tenant.isEmpty());
}

void MainWindow::lock() {
    if (!m_lockPage) {
        m_lockPage = new QWidget(m_root);
        m_lockPage->setObjectName(QStringLiteral("lockPage"));
        auto *title = new QLabel(tr("BoxCostPro is locked"), m_lockPage);
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        title->setFont(big);
        auto *hint = new QLabel(tr("Locked to protect your shop's data. Your work is kept as you left it."),
                                m_lockPage);
        auto *lockLayout = new QVBoxLayout(m_lockPage);
        // Above the centre, where the unlock dialog does not cover it.
        lockLayout->addStretch(1);
        lockLayout->addWidget(title, 0, Qt::AlignHCenter);
        lockLayout->addWidget(hint, 0, Qt::AlignHCenter);
        lockLayout->addStretch(4);
        m_root->addWidget(m_lockPage);
    }
    if (!isLocked())
        m_focusBeforeLock = focusWidget();
    m_root->setCurrentWidget(m_lockPage);
    menuBar()->setEnabled(false);
}

void MainWindow::unlock() {
    m_root->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
}

bool MainWindow::isLocked() const {
    return m_lockPage && m_root->currentWidget() == m_lockPage;
}

void MainWindow::addPane(const QString &title, QWidget *pane) {
    m_stack->addWidget(pane);
    m_nav->addItem(title);
    if (m_nav->count() == 1)
        m_nav->setCurrentRow(0);
}

int MainWindow::paneCount() const {
    return m_stack->count();
}

void MainWindow::showPane(int index) {
    m_nav->setCurrentRow(index);
}

void MainWindow::showAbout() {
    AboutDialog about(m_db, this);
    about.exec();
}

} // namespace bcp::ui
