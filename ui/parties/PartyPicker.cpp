#include "parties/PartyPicker.h"

#include "parties/PartyDialog.h"
#include "parties/PartyMatchesModel.h"
#include "parties/PartyPickerDelegate.h"
#include "services/PartyService.h"
#include "services/Permissions.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>

namespace bcp::ui {

PartyPicker::PartyPicker(PartyService &parties, const Session &session, QWidget *parent)
    : QWidget(parent), m_parties(parties), m_session(session), m_model(new PartyMatchesModel(parties, session, this)) {

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("partySearch"));
    m_edit->setPlaceholderText(tr("Type a name, company or mobile number\u2026"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    auto *view = new QListView;
    view->setObjectName(QStringLiteral("partyMatches"));
    view->setUniformItemSizes(true);
    view->setItemDelegate(new PartyPickerDelegate(view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->setPopup(view);
    // Attached to the field for the popup and its keys only: the search itself is ours, in the database.
    m_completer->setWidget(m_edit);

    m_new = new QPushButton(tr("&New party\u2026"), this);
    m_new->setObjectName(QStringLiteral("newParty"));
    m_new->setToolTip(tr("Add a party and choose it (what you typed is filled in)"));
    m_editButton = new QPushButton(tr("Edit part&y\u2026"), this);
    m_editButton->setObjectName(QStringLiteral("editParty"));
    m_editButton->setToolTip(tr("Change the chosen party's details"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("partyHint"));
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #6b6b6b; }"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_new);
    layout->addWidget(m_editButton);
    layout->addWidget(m_hint);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kSearchPauseMs);
    connect(m_pause, &QTimer::timeout, this, &PartyPicker::showMatches);
    connect(m_edit, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const qint64 id = index.data(PartyMatchesModel::IdRole).toLongLong();
                if (id > 0)
                    chooseId(id);
            });
    connect(m_new, &QPushButton::clicked, this, &PartyPicker::newParty);
    connect(m_editButton, &QPushButton::clicked, this, &PartyPicker::editParty);
    updateButtons();
}

PartyPicker::~PartyPicker() {
    // The field loses its focus while the widgets go away; the choice it would restore is gone by then.
    m_edit->removeEventFilter(this);
}

QAbstractItemView *PartyPicker::popup() const {
    return m_completer->popup();
}

QString PartyPicker::displayText(const Party &party) const {
    return party.company.isEmpty() ? party.name : tr("%1 \u2014 %2").arg(party.name, party.company);
}

void PartyPicker::updateButtons() {
    m_edit->setReadOnly(m_locked);
    m_edit->setClearButtonEnabled(!m_locked);
    m_new->setVisible(!m_locked);
    m_editButton->setEnabled(hasParty() && m_session.can(perm::PartiesEdit));
    m_new->setEnabled(m_session.can(perm::PartiesEdit));
}

void PartyPicker::showParty(const Party &party) {
    m_party = party;
    m_pause->stop();
    m_completer->popup()->hide();
    m_hint->clear();
    restoreText();
    updateButtons();
}

void PartyPicker::clear() {
    m_party.reset();
    m_pause->stop();
    m_completer->popup()->hide();
    m_hint->clear();
    m_edit->clear();
    updateButtons();
}

void PartyPicker::choose(const Party &party) {
    showParty(party);
    Q_EMIT partyChosen(party);
}

bool PartyPicker::chooseId(qint64 partyId) {
    auto party = m_parties.get(m_session, partyId);
    if (!party) {
        m_hint->setText(party.error().text());
        return false;
    }
    choose(party.value());
    return true;
}

void PartyPicker::setLocked(bool locked) {
    m_locked = locked;
    if (locked)
        m_completer->popup()->hide();
    updateButtons();
}

void PartyPicker::restoreText() {
    m_edit->setText(m_party ? displayText(*m_party) : QString());
    m_edit->setCursorPosition(0);
}

void PartyPicker::searchNow() {
    m_pause->stop();
    showMatches();
}

void PartyPicker::showMatches() {
    if (m_locked)
        return;
    QString text = m_edit->text().trimmed();
    // The chosen party's own text is not a search: show the other parties instead.
    if (m_party && text == displayText(*m_party))
        text.clear();
    if (!m_model->search(text, kMatches)) {
        m_hint->setText(m_model->errorText());
        return;
    }
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        m_hint->setText(text.isEmpty() ? tr("No parties yet: add one with New party\u2026")
                                       : tr("No party matches \u201c%1\u201d").arg(text));
        return;
    }
    m_hint->clear();
    m_completer->complete();
    // Enter takes the best match, the way a search box is expected to work.
    QAbstractItemView *view = m_completer->popup();
    view->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

bool PartyPicker::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress && !m_locked) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_F4) && !m_completer->popup()->isVisible()) {
                searchNow();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_completer->popup()->isVisible() &&
                m_pause->isActive()) {
                // Enter before the pause ended: search now and take the best match.
                searchNow();
                if (m_model->rowCount() > 0) {
                    m_completer->popup()->hide();
                    chooseId(m_model->idAt(0));
                }
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_completer->popup()->isVisible() && m_party &&
                m_edit->text() != displayText(*m_party)) {
                m_pause->stop();
                restoreText();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut && !m_completer->popup()->isVisible()) {
            // Leaving the field without picking keeps the party that was chosen.
            m_pause->stop();
            if (m_party)
                restoreText();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PartyPicker::newParty() {
    PartyDialog dialog(m_parties, m_session, this);
    const QString typed = m_edit->text().trimmed();
    if (!m_party || typed != displayText(*m_party))
        dialog.prefill(typed);
    if (dialog.exec() != QDialog::Accepted)
        return;
    choose(dialog.savedParty());
}

void PartyPicker::editParty() {
    if (!m_party)
        return;
    auto current = m_parties.get(m_session, m_party->id);
    if (!current) {
        m_hint->setText(current.error().text());
        return;
    }
    PartyDialog dialog(m_parties, m_session, current.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    choose(dialog.savedParty());
}

} // namespace bcp::ui
