#pragma once
// The quote editor's party field: type part of a name, company or mobile number and pick from the matches
// (searched in the database as you type), or add a new party / edit the chosen one without leaving the
// editor. A new party is chosen as soon as it is saved.

#include "services/PartyTypes.h"
#include "services/Session.h"

#include <QWidget>

#include <optional>

class QAbstractItemView;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace bcp {
class PartyService;
}

namespace bcp::ui {

class PartyMatchesModel;

class PartyPicker : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 150;
    static constexpr int kMatches = 25;

    PartyPicker(PartyService &parties, const Session &session, QWidget *parent = nullptr);
    ~PartyPicker() override;

    bool hasParty() const { return m_party.has_value(); }
    // The chosen party (only valid while hasParty()).
    const Party &party() const { return *m_party; }

    // Shows `party` as the choice and emits partyChosen.
    void choose(const Party &party);
    // Loads the party and chooses it; false (with the reason shown) when it cannot be loaded.
    bool chooseId(qint64 partyId);
    // Shows `party` as the choice without announcing it (a loaded quote's party).
    void showParty(const Party &party);
    // No party chosen, nothing typed.
    void clear();
    // A saved quote keeps its party: searching and adding are off, editing the party stays possible.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // Opens the party dialog for a new party, prefilled with what was typed; the saved party is chosen.
    void newParty();
    // Opens the party dialog on the chosen party.
    void editParty();
    // Runs the pending search now and shows the matches.
    void searchNow();

    QLineEdit *searchEdit() const { return m_edit; }
    PartyMatchesModel *model() const { return m_model; }
    QAbstractItemView *popup() const;
    QCompleter *completer() const { return m_completer; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_editButton; }
    QLabel *hintLabel() const { return m_hint; }

Q_SIGNALS:
    void partyChosen(const bcp::Party &party);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMatches();
    void restoreText();
    QString displayText(const Party &party) const;
    void updateButtons();

    PartyService &m_parties;
    Session m_session;
    PartyMatchesModel *m_model;
    std::optional<Party> m_party;
    bool m_locked = false;

    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_editButton = nullptr;
    QLabel *m_hint = nullptr;
    QTimer *m_pause = nullptr;
};

} // namespace bcp::ui
