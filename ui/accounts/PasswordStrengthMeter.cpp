#include "accounts/PasswordStrengthMeter.h"

#include "services/PasswordHasher.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPalette>

namespace bcp::ui {

namespace {

// Red, amber, yellow-green, green: the usual reading of a strength bar.
QColor levelColour(int strength) {
    switch (strength) {
    case 0:
    case 1:
        return QColor(0xc6, 0x28, 0x28);
    case 2:
        return QColor(0xe6, 0x8a, 0x00);
    case 3:
        return QColor(0x7c, 0xb3, 0x42);
    default:
        return QColor(0x2e, 0x7d, 0x32);
    }
}

class StrengthBar : public QWidget {
public:
    explicit StrengthBar(QWidget *parent) : QWidget(parent) {
        setFixedHeight(6);
        setMinimumWidth(120);
    }
    void setLevel(int filled, const QColor &colour) {
        m_filled = filled;
        m_colour = colour;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        constexpr int kSegments = 4;
        constexpr int kGap = 4;
        const qreal w = (width() - kGap * (kSegments - 1)) / qreal(kSegments);
        const QColor empty = palette().color(QPalette::Mid).lighter(130);
        for (int i = 0; i < kSegments; ++i) {
            const QRectF r(i * (w + kGap), 0, w, height());
            p.setPen(Qt::NoPen);
            p.setBrush(i < m_filled ? m_colour : empty);
            p.drawRoundedRect(r, 2, 2);
        }
    }

private:
    int m_filled = 0;
    QColor m_colour;
};

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget *parent)
    : QWidget(parent), m_bar(new StrengthBar(this)), m_verdict(new QLabel(this)), m_message(new QLabel(this)) {
    m_verdict->setObjectName(QStringLiteral("strengthVerdict"));
    m_verdict->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Very weak")) + 8);
    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_message->setWordWrap(true);
    QFont small = m_message->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_message->setFont(small);
    m_verdict->setFont(small);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_bar, 0, 0, Qt::AlignVCenter);
    grid->addWidget(m_verdict, 0, 1);
    grid->addWidget(m_message, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    refresh();
}

void PasswordStrengthMeter::setIdentity(const QString &username, const QString &displayName, const QString &email) {
    m_username = username;
    m_displayName = displayName;
    m_email = email;
    refresh();
}

void PasswordStrengthMeter::setPassword(const QString &password) {
    m_password = password;
    refresh();
}

QString PasswordStrengthMeter::verdict() const {
    if (m_password.isEmpty())
        return QString();
    switch (m_strength) {
    case 0:
        return tr("Very weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Good");
    default:
        return tr("Strong");
    }
}

QString PasswordStrengthMeter::policyMessage() const {
    return m_policyText;
}

void PasswordStrengthMeter::refresh() {
    const PasswordHasher::Identity who{m_username, m_displayName, m_email};
    m_strength = PasswordHasher::strength(m_password, who);
    const auto policy = PasswordHasher::checkPolicy(m_password, who);
    m_policyOk = policy.ok();

    const QColor colour = levelColour(m_strength);
    static_cast<StrengthBar *>(m_bar)->setLevel(m_password.isEmpty() ? 0 : qMax(1, m_strength), colour);
    m_verdict->setText(verdict());
    QPalette verdictPalette = m_verdict->palette();
    verdictPalette.setColor(QPalette::WindowText, colour);
    m_verdict->setPalette(verdictPalette);

    // The line below the bar never disappears, so the form does not jump while typing.
    m_policyText = policy ? QString() : policy.error().message;
    QPalette messagePalette = palette();
    if (m_password.isEmpty()) {
        m_message->setText(
            tr("At least %1 characters, not containing your name or user name.").arg(PasswordHasher::kMinLength));
    } else if (m_policyOk) {
        m_message->setText(tr("Meets the password rules."));
        messagePalette.setColor(QPalette::WindowText, levelColour(4));
    } else {
        m_message->setText(m_policyText);
        messagePalette.setColor(QPalette::WindowText, levelColour(0));
    }
    m_message->setPalette(messagePalette);
}

} // namespace bcp::ui
