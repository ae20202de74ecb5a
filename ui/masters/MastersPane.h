#pragma once
// The Masters pane: every costing master of the shop (paper prices by BF, shades, GSM rules, flutes, the
// per-ply table, sheet limits and business defaults) in one screen, checked as you type with the same rules
// the service applies, saved or reverted as a whole. Read-only for users without masters.edit.

#include "Result.h"
#include "costing/CostingMasters.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace bcp {
class Clock;
class Database;
struct Session;
} // namespace bcp

namespace bcp::ui {

class BfPriceModel;
class FluteModel;
class MastersStore;
class MastersTableModel;
class NumberEdit;
class PlyDefaultsModel;
class ShadePremiumModel;

class MastersPane : public QWidget {
    Q_OBJECT
public:
    // Loads the masters from `store` straight away. Without `editable` nothing can be changed or saved.
    MastersPane(std::unique_ptr<MastersStore> store, bool editable, QWidget *parent = nullptr);
    // The signed-in shop's masters through MastersService; editable with the masters.edit permission.
    MastersPane(Database &db, const Session &session, QWidget *parent = nullptr);
    MastersPane(Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~MastersPane() override;

    bool isEditable() const { return m_editable; }
    // There are edits that are not saved yet.
    bool isModified() const;
    // The masters as last loaded or saved, and as currently edited.
    const costing::CostingMasters &savedMasters() const { return m_saved; }
    const costing::CostingMasters &editedMasters() const { return m_edit; }
    // The line under the title: a validation or save error, a confirmation, or empty.
    QString message() const;

    // Validates and saves (also Ctrl+S); false, with the reason shown and the field marked, when refused.
    bool save();
    // Drops every unsaved edit and shows the masters as they are stored now (someone may have saved since).
    void revert();
    // Loads the masters again from the store, dropping unsaved edits.
    bool reload();

signals:
    // The store accepted new masters; calculators should cost with them from now on.
    void mastersSaved(const costing::CostingMasters &masters);

private:
    // A number field outside the tables and where it lives in the masters.
    struct Scalar {
        NumberEdit *edit;
        double &(*value)(costing::CostingMasters &);
        int decimals; // shown with this many decimals (rupees: 2); -1 = as few as the value needs
    };
    enum class Tone { Info, Good, Error };

    QWidget *buildTable(const QString &title, MastersTableModel *model, QTableView *&view, int visibleRows,
                        QPushButton **add = nullptr, QPushButton **remove = nullptr);
    QWidget *buildGsmRules();
    QWidget *buildBusiness();
    NumberEdit *scalarEdit(const QString &field, double &(*value)(costing::CostingMasters &), int decimals = -1);

    void showMasters();
    void edited();
    void scalarEdited(const Scalar &scalar);
    // The first problem that would stop a save: a blank number, then the store's rules.
    Result<void> validate() const;
    void showError(const QString &field, const QString &message);
    void clearMarks();
    void showMessage(const QString &text, Tone tone);
    void updateButtons();
    QString fieldLabel(const QString &field) const;
    void addBf();
    void removeBf();
    void addShade();
    void removeShade();

    std::unique_ptr<MastersStore> m_store;
    bool m_editable;
    bool m_loading = false;
    costing::CostingMasters m_saved;
    costing::CostingMasters m_edit;

    BfPriceModel *m_bfModel;
    ShadePremiumModel *m_shadeModel;
    FluteModel *m_fluteModel;
    PlyDefaultsModel *m_plyModel;
    QTableView *m_bfView = nullptr;
    QTableView *m_shadeView = nullptr;
    QTableView *m_fluteView = nullptr;
    QTableView *m_plyView = nullptr;
    std::vector<Scalar> m_scalars;
    QComboBox *m_gst = nullptr;
    QCheckBox *m_roundOff = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_lastSaved = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_addBf = nullptr;
    QPushButton *m_removeBf = nullptr;
    QPushButton *m_addShade = nullptr;
    QPushButton *m_removeShade = nullptr;
    QWidget *m_marked = nullptr;
};

} // namespace bcp::ui
