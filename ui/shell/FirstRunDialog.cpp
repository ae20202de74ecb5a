#include "shell/FirstRunDialog.h"

#include "data/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bcp::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent), m_local(new QRadioButton(tr("&This computer"), this)),
      m_server(new QRadioButton(tr("&Shared server (PostgreSQL)"), this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Change…"), this)), m_serverBox(new QWidget(this)), m_host(new QLineEdit(m_serverBox)),
      m_port(new QSpinBox(m_serverBox)), m_database(new QLineEdit(m_serverBox)), m_user(new QLineEdit(m_serverBox)),
      m_password(new QLineEdit(m_serverBox)), m_test(new QPushButton(tr("Test &connection"), m_serverBox)),
      m_testResult(new QLabel(m_serverBox)) {
    setWindowTitle(tr("Welcome to BoxCostPro"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("<b>Where should BoxCostPro keep your shop's data?</b><br>"
                                "Choose <i>This computer</i> when one PC does the work; it works offline. "
                                "Choose <i>Shared server</i> when several PCs work on the same quotes and invoices."),
                             this);
    intro->setWordWrap(true);

    m_local->setChecked(true);
    m_path->setText(DbUrl::defaultLocal().location());
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_host->setText(QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("boxcostpro"));
    m_password->setEchoMode(QLineEdit::Password);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *serverForm = new QFormLayout(m_serverBox);
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("Pass&word:"), m_password);
    serverForm->addRow(m_test, m_testResult);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_local);
    auto *pathIndent = new QHBoxLayout;
    pathIndent->setContentsMargins(24, 0, 0, 0);
    pathIndent->addLayout(pathRow);
    layout->addLayout(pathIndent);
    layout->addWidget(m_server);
    layout->addWidget(m_serverBox);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_local, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, &FirstRunDialog::browse);
    connect(m_test, &QPushButton::clicked, this, &FirstRunDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    updateEnabled();
}

void FirstRunDialog::updateEnabled() {
    const bool local = m_local->isChecked();
    m_path->setEnabled(local);
    m_browse->setEnabled(local);
    m_serverBox->setEnabled(!local);
}

void FirstRunDialog::browse() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), m_path->text(),
                                                      tr("BoxCostPro database (*.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

DbUrl FirstRunDialog::url() const {
    if (m_local->isChecked())
        return DbUrl::sqliteFile(QDir::fromNativeSeparators(m_path->text().trimmed()));
    DbUrl u;
    u.engine = DbUrl::Engine::Postgres;
    u.host = m_host->text().trimmed();
    u.port = m_port->value();
    u.database = m_database->text().trimmed();
    u.user = m_user->text().trimmed();
    return u;
}

QString FirstRunDialog::password() const {
    return m_server->isChecked() ? m_password->text() : QString();
}

QString FirstRunDialog::missingServerField() const {
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the database name.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the user name.");
    return {};
}

void FirstRunDialog::testConnection() {
    if (const QString missing = missingServerField(); !missing.isEmpty()) {
        m_testResult->setText(missing);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_testResult->setText(tr("Connecting…"));
    m_testResult->repaint();
    auto db = Database::open(url(), password());
    QString version;
    if (db) {
        try {
            version = db.value()->engineVersion();
        } catch (const DbError &e) {
            version = e.message();
        }
    }
    QApplication::restoreOverrideCursor();
    m_testResult->setText(db ? tr("Connected: %1").arg(version) : db.error().text());
}

void FirstRunDialog::accept() {
    if (m_local->isChecked() && m_path->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file for the database."));
        return;
    }
    if (m_server->isChecked()) {
        if (const QString missing = missingServerField(); !missing.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), missing);
            return;
        }
    }
    QDialog::accept();
}

} // namespace bcp::ui
