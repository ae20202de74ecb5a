#include "accounts/IdleLock.h"

#include "accounts/UnlockDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

bool isUserInput(const QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    case QEvent::MouseMove:
        // Qt sends itself mouse moves when widgets appear under a still pointer; only real moves count.
        return event->spontaneous();
    default:
        return false;
    }
}

QWidget *makeCover(QWidget *window) {
    auto *cover = new QWidget(window);
    cover->setObjectName(QStringLiteral("idleLockCover"));
    cover->setAutoFillBackground(true);
    auto *label = new QLabel(QCoreApplication::translate("bcp::ui::IdleLock", "Locked"), cover);
    label->setAlignment(Qt::AlignCenter);
    QPalette dim = label->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    label->setPalette(dim);
    auto *layout = new QVBoxLayout(cover);
    layout->addWidget(label);
    cover->setGeometry(window->rect());
    cover->raise();
    cover->show();
    return cover;
}

} // namespace

IdleLock::IdleLock(MainWindow &window, AccountService &accounts, const Session &session, QObject *parent)
    : QObject(parent), m_window(window), m_accounts(accounts), m_session(session), m_timer(new QTimer(this)),
      m_warningLabel(new QLabel(&window)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);

    m_warningLabel->setObjectName(QStringLiteral("idleWarning"));
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #5f3b00;"
                                                 " border: 1px solid #e6a23c; border-radius: 2px;"
                                                 " padding: 1px 8px; }"));
    m_warningLabel->hide();
    window.statusBar()->addWidget(m_warningLabel);

    qApp->installEventFilter(this);
    m_lastInput.start();
    scheduleCheck();
}

IdleLock::~IdleLock() {
    qApp->removeEventFilter(this);
    uncoverWindows();
    delete m_dialog;
}

UnlockDialog *IdleLock::unlockDialog() const {
    return m_dialog;
}

void IdleLock::setIdleTimeouts(int idleMs, int warnMs) {
    m_idleMs = qMax(1, idleMs);
    m_warnMs = qBound(0, warnMs, m_idleMs);
    if (m_locked)
        return;
    clearWarning();
    m_lastInput.restart();
    scheduleCheck();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Resize && !m_covers.isEmpty()) {
        if (auto *window = qobject_cast<QWidget *>(watched); window && m_covers.contains(window)) {
            if (QWidget *cover = m_covers.value(window))
                cover->setGeometry(window->rect());
        }
    }
    if (!m_locked && isUserInput(event))
        noteActivity();
    return QObject::eventFilter(watched, event);
}

void IdleLock::noteActivity() {
    m_lastInput.restart();
    if (m_warning) {
        clearWarning();
        scheduleCheck();
    }
}

void IdleLock::scheduleCheck() {
    if (m_locked)
        return;
    const qint64 idle = m_lastInput.elapsed();
    const qint64 warnAt = qint64(m_idleMs) - m_warnMs;
    const qint64 next = (!m_warning && m_warnMs > 0 && idle < warnAt) ? warnAt : qint64(m_idleMs);
    m_timer->start(int(qBound(qint64(0), next - idle, qint64(m_idleMs))));
}

void IdleLock::check() {
    if (m_locked)
        return;
    const qint64 idle = m_lastInput.elapsed();
    if (idle >= m_idleMs) {
        lockNow();
        return;
    }
    if (m_warnMs > 0 && idle >= qint64(m_idleMs) - m_warnMs && !m_warning)
        showWarning(m_idleMs - idle);
    scheduleCheck();
}

void IdleLock::showWarning(qint64 msLeft) {
    m_warning = true;
    const int minutes = int((msLeft + 59999) / 60000);
    m_warningLabel->setText(minutes <= 1 ? tr("No activity: BoxCostPro locks in a minute. Move the mouse or press "
                                              "a key to stay signed in.")
                                         : tr("No activity: BoxCostPro locks in %1 minutes. Move the mouse or press "
                                              "a key to stay signed in.")
                                               .arg(minutes));
    m_warningLabel->show();
    QApplication::alert(&m_window);
    Q_EMIT warned();
}

void IdleLock::clearWarning() {
    m_warning = false;
    m_warningLabel->hide();
}

void IdleLock::lockNow() {
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    clearWarning();
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_window.lock();
    coverOtherWindows();

    m_dialog = new UnlockDialog(m_accounts, m_session, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &IdleLock::unlock);
    connect(m_dialog, &UnlockDialog::signOutRequested, this, &IdleLock::signOutRequested);
    // Application-modal, not open()'s window-modal: other open windows must not take input while locked.
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->show();
    Q_EMIT locked();
}

void IdleLock::coverOtherWindows() {
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == &m_window || !window->isVisible())
            continue;
        const Qt::WindowType type = window->windowType();
        if (type == Qt::ToolTip || type == Qt::Popup || type == Qt::Desktop)
            continue;
        m_covers.insert(window, makeCover(window));
    }
}

void IdleLock::uncoverWindows() {
    for (const QPointer<QWidget> &cover : std::as_const(m_covers)) {
        if (cover) {
            cover->hide();
            cover->deleteLater();
        }
    }
    m_covers.clear();
}

void IdleLock::unlock() {
    uncoverWindows();
    m_window.unlock();
    m_locked = false;
    m_lastInput.restart();
    scheduleCheck();
    Q_EMIT unlocked();
}

} // namespace bcp::ui
