#include "settings/SettingsPane.h"

#include "money/Gstin.h"
#include "services/CompanyService.h"
#include "settings/CompanyProfileDialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace bcp::ui {

SettingsPane::SettingsPane(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session) {
    setObjectName(QStringLiteral("settingsPane"));
    auto *title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("companyCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardTitle = new QLabel(tr("<b>Company profile</b>"), card);
    auto *cardText = new QLabel(tr("Letterhead, GSTIN and PAN, bank and UPI details, signatory, number templates "
                                   "and default terms, as every quote and invoice prints them."),
                                card);
    cardText->setWordWrap(true);
    m_logo = new QLabel(card);
    m_logo->setFixedSize(160, 64);
    m_logo->setAlignment(Qt::AlignCenter);
    m_summary = new QLabel(card);
    m_summary->setObjectName(QStringLiteral("companySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_company = new QPushButton(tr("Edit &company profile\u2026"), card);
    m_company->setObjectName(QStringLiteral("settingsCompany"));
    connect(m_company, &QPushButton::clicked, this, [this] { editCompanyProfile(); });

    auto *body = new QHBoxLayout;
    body->addWidget(m_logo, 0, Qt::AlignTop);
    body->addWidget(m_summary, 1);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(cardTitle);
    cardLayout->addWidget(cardText);
    cardLayout->addLayout(body);
    cardLayout->addWidget(m_company, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(title);
    layout->addWidget(card);
    layout->addStretch();
    refresh();
}

void SettingsPane::refresh() {
    CompanyService company(m_db);
    auto profile = company.get(m_session);
    if (!profile) {
        m_summary->setText(profile.error().message);
        return;
    }
    const CompanyProfile &p = profile.value();
    QStringList lines;
    lines << p.name;
    const QString cityPin = QStringList{p.city, p.pin}.join(QLatin1Char(' ')).trimmed();
    QStringList parts;
    for (const QString &s : {p.addressLine1, p.addressLine2, cityPin}) {
        if (!s.isEmpty())
            parts << s;
    }
    if (!parts.isEmpty())
        lines << parts.join(QStringLiteral(", "));
    lines << tr("State: %1").arg(p.stateCode.isEmpty() ? tr("not set") : Gstin::stateName(p.stateCode));
    lines << tr("GSTIN: %1").arg(p.gstin.isEmpty() ? tr("not registered") : p.gstin);
    lines << tr("Numbers: invoices %1, quotes %2, credit notes %3")
                 .arg(p.invoiceTemplate, p.quoteTemplate, p.creditNoteTemplate);
    if (p.identityLocked)
        lines << tr("Legal identity locked: the shop has issued final invoices.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const QImage logo = QImage::fromData(p.logoPng);
    if (logo.isNull()) {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(
            QPixmap::fromImage(logo.scaled(m_logo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

bool SettingsPane::editCompanyProfile() {
    CompanyProfileDialog dialog(m_db, m_session, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    refresh();
    return saved;
}

} // namespace bcp::ui
